import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PERIOD_DEFAULT_DAYS,
  PERIOD_MAX_DAYS,
  handle,
  oncallDigestFor
} from "./chunk-2R4Z3F3S.js";
import "./chunk-BGYMOI6T.js";
import "./chunk-IJE3HZ4D.js";
import "./chunk-2BC7E2MG.js";
import "./chunk-V5UGJZVH.js";
import "./chunk-S2BW24E3.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-5M6LFBTC.js";
import "./chunk-X76O3TIG.js";
import "./chunk-P23S5MLP.js";
import "./chunk-7U34ADOT.js";
import "./chunk-DLRI5EVG.js";
import "./chunk-QGACH7S2.js";
import "./chunk-74BJ6PM3.js";
import "./chunk-TMS5DXOB.js";
import "./chunk-65K74YAK.js";
import "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";
export {
  PERIOD_DEFAULT_DAYS,
  PERIOD_MAX_DAYS,
  handle,
  oncallDigestFor
};
