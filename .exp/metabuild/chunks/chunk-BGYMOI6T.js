import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  requireKnownIds,
  unknownIds
} from "./chunk-Z6XIM2SB.js";

// src/lib/scope-ids.ts
async function requireKnownServicesAndTeams(scope, ctx) {
  let fetch = { signal: ctx.signal, requests: ctx.requests }, check = async (kind, ids, field, fromTeamFile) => {
    let known = {
      listed: fromTeamFile.map((thing) => thing.id),
      alsoAccepted: fromTeamFile.map((thing) => thing.pagerdutyId)
    };
    if (unknownIds(ids, known).length === 0) return;
    let accepted = /* @__PURE__ */ new Set([...known.listed, ...fromTeamFile.flatMap((thing) => thing.pagerdutyId ?? [])]), directory = await ctx.sources.incidents.listDirectory(kind, fetch), listed = [...known.listed, ...directory.map((entry) => entry.id).filter((id) => !accepted.has(id))];
    requireKnownIds(field, kind === "services" ? "service" : "team", ids, { ...known, listed });
  };
  await Promise.all([
    check("services", scope.serviceIds, scope.serviceField ?? "serviceIds", ctx.team.services),
    check("teams", scope.teamIds, scope.teamField ?? "teamIds", ctx.team.teams)
  ]);
}

export {
  requireKnownServicesAndTeams
};
