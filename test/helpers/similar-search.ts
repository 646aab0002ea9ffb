// Searches for similar incidents as the tests and the bench run them: a search context with "now" pinned to the demo's
// asOf, over a workspace or the fake PagerDuty, and the demo's labelled recurring incidents
// (test/fixtures/similar-incident-groups.json) ranked and dated for retrievalQuality.
import { readFileSync } from "node:fs";
import { parseConfig } from "../../src/config-parse.js";
import type { LabelledGroup } from "../../src/incidents/similar/evaluate.js";
import { findSimilarIncidents, type SimilarContext } from "../../src/incidents/similar/search.js";
import type { AppContext } from "../../src/server/app-context.js";
import { createCallContext } from "../../src/server/call-context.js";
import { createSources } from "../../src/sources/select.js";
import type { FakePagerDuty } from "../../tools/fake-pagerduty/server.js";
import { REPO_ROOT } from "./paths.js";

export const SIMILAR_GROUPS_FILE = `${REPO_ROOT}test/fixtures/similar-incident-groups.json`;
/** The demo's team.yaml asOf: "now" for every search here, so the figures do not move with the clock. */
export const DEMO_AS_OF = new Date("2026-11-24T12:00:00Z");

export function readLabelledGroups(): LabelledGroup[] {
  return JSON.parse(readFileSync(SIMILAR_GROUPS_FILE, "utf8")) as LabelledGroup[];
}

/** A search context over the workspace, or over PagerDuty at `pagerdutyUrl`, with now pinned to the demo's asOf. */
export async function similarContext(
  workspaceDir: string,
  pagerduty: Pick<FakePagerDuty, "url" | "token"> | null,
): Promise<SimilarContext> {
  // The sources' clock too (PagerDuty's windows end at it), so the requests made do not move with the real date.
  const env: Record<string, string> = {
    ONCALL_WORKSPACE: workspaceDir,
    ONCALL_NOW: DEMO_AS_OF.toISOString(),
  };
  if (pagerduty)
    Object.assign(env, { PAGERDUTY_API_TOKEN: pagerduty.token, PAGERDUTY_API_URL: pagerduty.url });
  const config = parseConfig(env, [], REPO_ROOT);
  const { sources } = await createSources(config);
  const app: AppContext = { config, sources, log: { info: () => {}, warn: () => {} } };
  const ctx = await createCallContext(app, { signal: new AbortController().signal });
  return { ...ctx, now: DEMO_AS_OF };
}

/** The match ids of every labelled incident, best first. */
export async function rankLabelled(
  ctx: SimilarContext,
  groups: readonly LabelledGroup[],
  limit = 5,
): Promise<Map<string, string[]>> {
  const ranked = new Map<string, string[]>();
  for (const id of groups.flatMap((group) => group.incidentIds)) {
    const result = await findSimilarIncidents(ctx, { incidentId: id }, { limit });
    ranked.set(
      id,
      result.matches.map((match) => match.incident.id),
    );
  }
  return ranked;
}

/** When each labelled incident started (epoch ms): a search from an incident only finds earlier ones. */
export async function startedAtOf(
  ctx: SimilarContext,
  groups: readonly LabelledGroup[],
): Promise<Map<string, number>> {
  const started = new Map<string, number>();
  for (const id of groups.flatMap((group) => group.incidentIds))
    started.set(id, Date.parse((await ctx.sources.incidents.getIncident(id)).createdAt));
  return started;
}
