// create_incident_drill: the incident chosen for the mentee (or the one given) read and made into a drill; also the
// drill the incident-drill prompt runs.
import { loadIncidentRecords } from "../../incidents/index.js";
import { DAY_MS } from "../../lib/dates.js";
import { UserInputError } from "../../lib/errors.js";
import type { Engineer, Incident } from "../../model.js";
import type { CallContext } from "../../ports/call-context.js";
import type { ToolHandler } from "../../ports/tool.js";
import { buildDrill } from "../drills/build-drill.js";
import { chooseDrillIncident } from "../drills/choose-incident.js";
import { readAndAssess } from "../readiness/readiness-records.js";
import { renderDrill } from "../render/render-drill.js";
import type { drillInput, drillOutput } from "./create-incident-drill-tool.js";
import { engineerOf } from "./engineers.js";
import { runbooksForServices } from "./service-runbooks.js";

/** How far back a drill is looked for, and how many resolved incidents are read to choose from. */
const LOOKBACK_DAYS = 365;
const CANDIDATES_READ = 500;

export const handle: ToolHandler<typeof drillInput, typeof drillOutput> = async (input, ctx) => {
  const drill = await createDrill(input.mentee, input.incidentId, ctx);
  return { structured: drill.structured, markdown: drill.markdown };
};

export async function createDrill(menteeId: string, incidentId: string | undefined, ctx: CallContext) {
  const mentee = engineerOf(ctx.team, menteeId);
  const chosen = incidentId === undefined ? await chooseIncident(mentee, ctx) : incidentId.trim();
  const records = await loadIncidentRecords(chosen, ctx);
  if (records.incident.status !== "resolved") {
    throw new UserInputError(
      `Incident ${records.incident.number} is still ${records.incident.status}; drill a resolved incident, or leave incidentId out to have one chosen.`,
    );
  }
  const runbooks = await runbooksForServices([records.incident.service.id], ctx);
  const drill = buildDrill(records, runbooks.get(records.incident.service.id)?.path ?? null, ctx.now);
  return { structured: { mentee: mentee.id, ...drill }, markdown: renderDrill(drill, mentee.name), drill };
}

async function chooseIncident(mentee: Engineer, ctx: CallContext): Promise<string> {
  if (mentee.learning.length === 0) {
    throw new UserInputError(
      `${mentee.name} has no learning goals to drill; list services under learning for ${mentee.id} in team.yaml, or pass incidentId.`,
    );
  }
  const { assessments } = await readAndAssess([mentee], ctx);
  const excluded = new Set<string>();
  for (const service of assessments[0]!.readiness.services) {
    for (const item of service.items)
      if (item.kind !== "shadow-shift" && item.kind !== "reverse-shadow-shift") excluded.add(item.ref);
  }
  const drills = (ctx.team.drillHistory ?? []).filter((drill) => drill.mentee === mentee.id);
  const drillsPerService = new Map<string, number>();
  for (const drill of drills)
    drillsPerService.set(drill.service, (drillsPerService.get(drill.service) ?? 0) + 1);
  const candidates = await resolvedIncidents(mentee.learning, ctx);
  const choice = chooseDrillIncident({ candidates, learning: mentee.learning, excluded, drillsPerService });
  if (!choice) {
    throw new UserInputError(
      `No resolved incident on ${mentee.learning.join(", ")} in the last ${LOOKBACK_DAYS} days that ${mentee.name} has not seen or drilled; pass incidentId to drill one anyway.`,
    );
  }
  return choice.id;
}

async function resolvedIncidents(serviceIds: readonly string[], ctx: CallContext): Promise<Incident[]> {
  const fetch = { signal: ctx.signal, requests: ctx.requests };
  const since = new Date(ctx.now.getTime() - LOOKBACK_DAYS * DAY_MS).toISOString();
  const found: Incident[] = [];
  for (let offset = 0; offset < CANDIDATES_READ; offset += 100) {
    const page = await ctx.sources.incidents.listIncidents(
      {
        since,
        until: ctx.now.toISOString(),
        statuses: ["resolved"],
        serviceIds: [...serviceIds],
        limit: 100,
        offset,
      },
      fetch,
    );
    found.push(...page.incidents);
    if (!page.more) break;
  }
  return found;
}
