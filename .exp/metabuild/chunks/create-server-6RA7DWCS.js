import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SERVER_NAME,
  SERVER_VERSION,
  createServer
} from "./chunk-RSGNZER2.js";
import "./chunk-ICZFZ4LZ.js";
import "./chunk-MYBREO25.js";
import "./chunk-EOHVRDW5.js";
import "./chunk-LSFJPCPU.js";
import "./chunk-TE4ZEHU5.js";
import "./chunk-IJE3HZ4D.js";
import "./chunk-EPUQ4AKX.js";
import "./chunk-EF6MDBBV.js";
import "./chunk-3SMYAVY6.js";
import "./chunk-PFINMTQI.js";
import "./chunk-Z2TNDN4I.js";
import "./chunk-MLBF3WYN.js";
import "./chunk-2BC7E2MG.js";
import "./chunk-V5UGJZVH.js";
import "./chunk-S2BW24E3.js";
import "./chunk-7BY5DIVE.js";
import "./chunk-ADOWJJJJ.js";
import "./chunk-KO7IKWWM.js";
import "./chunk-HTE4XTY6.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-5M6LFBTC.js";
import "./chunk-QFTLS6H4.js";
import "./chunk-X76O3TIG.js";
import "./chunk-P23S5MLP.js";
import "./chunk-7U34ADOT.js";
import "./chunk-OQ4PHPP5.js";
import "./chunk-74BJ6PM3.js";
import "./chunk-TMS5DXOB.js";
import "./chunk-52YKPBLH.js";
import "./chunk-65K74YAK.js";
import "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";
export {
  SERVER_NAME,
  SERVER_VERSION,
  createServer
};
