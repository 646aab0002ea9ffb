import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  handle,
  incidentSummaryFor
} from "./chunk-KEAFSGRX.js";
import "./chunk-GMOACB7G.js";
import "./chunk-5YST2SB2.js";
import "./chunk-HN7GKGSP.js";
import "./chunk-VLGA6NG5.js";
import "./chunk-IJE3HZ4D.js";
import "./chunk-V5UGJZVH.js";
import "./chunk-ADOWJJJJ.js";
import "./chunk-5M6LFBTC.js";
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
  handle,
  incidentSummaryFor
};
