import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  handle,
  incidentSummaryFor
} from "./chunk-ZTZBBHBX.js";
import "./chunk-EOHVRDW5.js";
import "./chunk-KDTCVLJR.js";
import "./chunk-LSFJPCPU.js";
import "./chunk-TE4ZEHU5.js";
import "./chunk-IJE3HZ4D.js";
import "./chunk-V5UGJZVH.js";
import "./chunk-S2BW24E3.js";
import "./chunk-ADOWJJJJ.js";
import "./chunk-5M6LFBTC.js";
import "./chunk-P23S5MLP.js";
import "./chunk-7U34ADOT.js";
import "./chunk-OQ4PHPP5.js";
import "./chunk-DLRI5EVG.js";
import "./chunk-QGACH7S2.js";
import "./chunk-74BJ6PM3.js";
import "./chunk-TMS5DXOB.js";
import "./chunk-52YKPBLH.js";
import "./chunk-65K74YAK.js";
import "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";
export {
  handle,
  incidentSummaryFor
};
