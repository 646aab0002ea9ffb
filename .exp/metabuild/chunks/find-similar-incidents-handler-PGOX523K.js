import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findSimilarIncidents
} from "./chunk-KDTCVLJR.js";
import "./chunk-LSFJPCPU.js";
import "./chunk-TE4ZEHU5.js";
import {
  requireKnownServicesAndTeams
} from "./chunk-BGYMOI6T.js";
import "./chunk-V5UGJZVH.js";
import "./chunk-S2BW24E3.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-5M6LFBTC.js";
import "./chunk-P23S5MLP.js";
import "./chunk-7U34ADOT.js";
import {
  renderSimilar
} from "./chunk-QGACH7S2.js";
import "./chunk-74BJ6PM3.js";
import "./chunk-TMS5DXOB.js";
import "./chunk-65K74YAK.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/incidents/find-similar-incidents-handler.ts
function targetOf(input) {
  if (input.incidentId !== void 0 && input.query !== void 0)
    throw new UserInputError("Give incidentId or query, not both: drop one of them.");
  if (input.incidentId !== void 0) return { incidentId: input.incidentId };
  if (input.query !== void 0) return { query: input.query };
  throw new UserInputError(
    "Give incidentId (an incident id or number) or query (the symptom in words, e.g. `checkout 5xx after deploy`)."
  );
}
var handle = async (input, ctx) => {
  await requireKnownServicesAndTeams({ serviceIds: input.serviceIds }, ctx);
  let result = await findSimilarIncidents(ctx, targetOf(input), {
    serviceIds: input.serviceIds,
    since: input.since,
    until: input.until,
    limit: input.limit
  });
  return {
    structured: { matches: result.matches, searched: result.searched, runbooks: result.runbooks.state },
    markdown: renderSimilar(result)
  };
};
export {
  handle
};
