import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SERVER_NAME,
  SERVER_VERSION,
  createServer
} from "./chunk-WMMSH4SF.js";
import "./chunk-SIRGLJNJ.js";
import "./chunk-C377UVKX.js";
import "./chunk-7FF2M64B.js";
import "./chunk-5J5TFA2B.js";
import "./chunk-HN7GKGSP.js";
import "./chunk-EPUQ4AKX.js";
import "./chunk-23M5H5XB.js";
import "./chunk-J4D3K4CF.js";
import "./chunk-HKFD4U5M.js";
import "./chunk-KO7IKWWM.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-AVLOQ4UV.js";
import "./chunk-OVEIKJ4F.js";
import "./chunk-P23S5MLP.js";
import "./chunk-GCCA2YSU.js";
import "./chunk-HP6QBOZM.js";
import "./chunk-TMS5DXOB.js";
import "./chunk-65K74YAK.js";
import "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";
export {
  SERVER_NAME,
  SERVER_VERSION,
  createServer
};
