import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  catalogEntry
} from "./chunk-7WSIUUHN.js";
import "./chunk-QOBY7TRA.js";
import "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/runbooks/tools/read-runbook-handler.ts
var handle = async (input, ctx) => {
  let file = await ctx.sources.runbooks.readRunbook(input.path, {
    signal: ctx.signal,
    requests: ctx.requests
  }), { title } = catalogEntry(file.path, file.version, file.content).summary;
  return {
    structured: { path: file.path, title, version: file.version, content: file.content },
    markdown: `\`${file.path}\` (version ${file.version.slice(0, 7)})

${file.content}`
  };
};
export {
  handle
};
