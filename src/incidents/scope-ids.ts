// Service and team ids a caller filters by: known to team.yaml (by its id or the PagerDuty id it records), else to
// the source's directory, which is read only when team.yaml does not know an id.

import { type KnownIds, requireKnownIds, unknownIds } from "../lib/known-ids.js";
import type { CallContext } from "../ports/call-context.js";
import type { FetchContext } from "../ports/sources.js";

export interface ScopeIds {
  serviceIds?: readonly string[];
  /** The caller's field name for each list, as the error should name it. */
  serviceField?: string;
  teamIds?: readonly string[];
  teamField?: string;
}

type DirectoryContext = Pick<CallContext, "team" | "sources" | "signal" | "requests">;

export async function requireKnownServicesAndTeams(scope: ScopeIds, ctx: DirectoryContext): Promise<void> {
  const fetch: FetchContext = { signal: ctx.signal, requests: ctx.requests };
  const check = async (
    kind: "services" | "teams",
    ids: readonly string[] | undefined,
    field: string,
    fromTeamFile: readonly { id: string; pagerdutyId: string | null }[],
  ) => {
    const known: KnownIds = {
      listed: fromTeamFile.map((thing) => thing.id),
      alsoAccepted: fromTeamFile.map((thing) => thing.pagerdutyId),
    };
    if (unknownIds(ids, known).length === 0) return;
    const accepted = new Set([...known.listed, ...fromTeamFile.flatMap((thing) => thing.pagerdutyId ?? [])]);
    const directory = await ctx.sources.incidents.listDirectory(kind, fetch);
    const listed = [...known.listed, ...directory.map((entry) => entry.id).filter((id) => !accepted.has(id))];
    requireKnownIds(field, kind === "services" ? "service" : "team", ids, { ...known, listed });
  };
  await Promise.all([
    check("services", scope.serviceIds, scope.serviceField ?? "serviceIds", ctx.team.services),
    check("teams", scope.teamIds, scope.teamField ?? "teamIds", ctx.team.teams),
  ]);
}
