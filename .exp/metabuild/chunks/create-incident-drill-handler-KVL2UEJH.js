import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createDrill,
  handle
} from "./chunk-I262OYW6.js";
import "./chunk-HAUS6P7U.js";
import "./chunk-54GUPZEM.js";
import "./chunk-G4FESBZA.js";
import "./chunk-GMOACB7G.js";
import "./chunk-VLGA6NG5.js";
import "./chunk-IJE3HZ4D.js";
import "./chunk-V5UGJZVH.js";
import "./chunk-XVYO3GTT.js";
import "./chunk-BWXVZCPD.js";
import "./chunk-7WSIUUHN.js";
import "./chunk-HTE4XTY6.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-QOBY7TRA.js";
import "./chunk-OVEIKJ4F.js";
import "./chunk-P23S5MLP.js";
import "./chunk-GCCA2YSU.js";
import "./chunk-BZ4A7NZ4.js";
import "./chunk-HP6QBOZM.js";
import "./chunk-TMS5DXOB.js";
import "./chunk-65K74YAK.js";
import "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";
export {
  createDrill,
  handle
};
