import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PERIOD_DEFAULT_DAYS,
  PERIOD_MAX_DAYS,
  handle,
  oncallDigestFor
} from "./chunk-C7CCYVBW.js";
import "./chunk-2RE4KR5W.js";
import "./chunk-IJE3HZ4D.js";
import "./chunk-23M5H5XB.js";
import "./chunk-V5UGJZVH.js";
import "./chunk-5M6LFBTC.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-AVLOQ4UV.js";
import "./chunk-OVEIKJ4F.js";
import "./chunk-P23S5MLP.js";
import "./chunk-GCCA2YSU.js";
import "./chunk-VLXTTZSX.js";
import "./chunk-UDNMDLIJ.js";
import "./chunk-BZ4A7NZ4.js";
import "./chunk-HP6QBOZM.js";
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
