// Builds the whole demo workspace in memory: path → file content. Pure and deterministic: fixed seeds,
// no clock, no file system; generate.ts writes the result.
import type { IncidentFile } from "./incident-builder.js";
import { ONE_OFF_INCIDENTS } from "./one-off-incidents.js";
import { IdMint, Random } from "./prng.js";
import { workspaceReadme } from "./readme.js";
import { RECURRING_INCIDENTS } from "./recurring-incidents.js";
import { RUNBOOKS } from "./runbooks.js";
import { playStorm, STORM_AT, STORM_SLUG } from "./storm-incident.js";
import { AS_OF, ENGINEERS, HISTORY_START, SERVICES } from "./team.js";
import { renderTeamYaml } from "./team-yaml.js";
import { type IncidentPlan, playIncident } from "./timeline.js";
import { toilIncidents } from "./toil-incidents.js";

const FIRST_INCIDENT_NUMBER = 1201;

export interface DemoWorkspace {
  /** Paths relative to the workspace folder, forward slashes. */
  files: Map<string, string>;
  /** test/fixtures/similar-incident-groups.json: incidents that share a cause, for similar-incident search. */
  similarIncidentGroups: string;
}

type Planned = { slug: string; at: string; plan: IncidentPlan | null };

export function buildDemoWorkspace(): DemoWorkspace {
  const ids = new IdMint(new Random(20261124));
  ids.reserve([...ENGINEERS.map((e) => e.pagerdutyId), ...SERVICES.map((s) => s.pagerdutyId)]);
  const random = new Random(424242);
  const asOf = new Date(AS_OF);

  const planned: Planned[] = [
    ...[...RECURRING_INCIDENTS, ...ONE_OFF_INCIDENTS, ...toilIncidents(new Random(7), asOf)].map((plan) => ({
      slug: plan.slug,
      at: plan.at,
      plan,
    })),
    { slug: STORM_SLUG, at: STORM_AT, plan: null },
  ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());

  const files = new Map<string, string>();
  files.set("team.yaml", renderTeamYaml());

  const groups = new Map<string, string[]>();
  const facts = { incidents: planned.length, open: 0, longestLog: 0 };
  planned.forEach(({ slug, at, plan }, index) => {
    if (at < HISTORY_START || at >= AS_OF)
      throw new Error(`Incident ${slug} at ${at} is outside the history.`);
    const number = FIRST_INCIDENT_NUMBER + index;
    const context = { ids, random, asOf };
    const file: IncidentFile = plan ? playIncident(plan, number, context) : playStorm(number, context);
    files.set(`incidents/${number}-${slug}.json`, `${JSON.stringify(file, null, 2)}\n`);
    if (file.incident["status"] !== "resolved") facts.open++;
    facts.longestLog = Math.max(facts.longestLog, file.log_entries.length);
    if (plan?.cause) groups.set(plan.cause, [...(groups.get(plan.cause) ?? []), String(file.incident["id"])]);
  });

  files.set("README.md", workspaceReadme(facts));
  for (const runbook of RUNBOOKS) files.set(`runbooks/${runbook.path}`, runbook.content);

  const similar = [...groups].map(([cause, incidentIds]) => ({ cause, incidentIds }));
  return { files, similarIncidentGroups: `${JSON.stringify(similar, null, 2)}\n` };
}
