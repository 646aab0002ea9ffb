// create_incident_drill: a role-play exercise for a mentee from a resolved past incident on a service they are
// learning that they neither saw nor drilled (or the one given): trainee part and answer key. Reads only.
import { z } from "zod";
import { loadIncidentRecords } from "../../incidents/index.js";
import { DAY_MS } from "../../lib/dates.js";
import { UserInputError } from "../../lib/errors.js";
import type { Engineer, Incident } from "../../model.js";
import type { CallContext } from "../../ports/call-context.js";
import { defineTool } from "../../ports/tool.js";
import { engineerOf } from "../readiness/oncall-readiness-tool.js";
import { readAndAssess } from "../readiness/readiness-records.js";
import { runbooksForServices } from "../service-runbooks.js";
import { buildDrill } from "./build-drill.js";
import { chooseDrillIncident } from "./choose-incident.js";
import { renderDrill } from "./drill-text.js";

/** How far back a drill is looked for, and how many resolved incidents are read to choose from. */
const LOOKBACK_DAYS = 365;
const CANDIDATES_READ = 500;

const str = () => z.string();

export const createIncidentDrillTool = defineTool({
  name: "create_incident_drill",
  title: "Create incident drill",
  description:
    "A role-play drill for a mentee from a resolved past incident on their learning services they neither saw nor drilled (or incidentId): the opening page, stages revealed in order (T+n), questions, the runbook, and a separate answer key (fix, times, commands, decision points). The trainee part never shows the fix.",
  input: z.object({
    mentee: z.string().min(1).max(100).describe("Engineer id"),
    incidentId: z.string().min(1).max(100).optional().describe("Incident id or number; default: chosen"),
  }),
  output: z.object({
    mentee: str(),
    incident: z.object({
      id: str(),
      number: z.number(),
      title: str(),
      service: str(),
      url: str().nullable(),
    }),
    trainee: z.object({
      page: z.object({
        title: str(),
        service: str(),
        at: str(),
        urgency: str(),
        alert: str().nullable(),
        details: z.array(str()),
      }),
      stages: z.array(z.object({ offset: str(), at: str(), shows: z.array(str()), question: str() })),
      questions: z.array(str()),
      runbook: str().nullable(),
    }),
    answerKey: z.object({
      resolution: str().nullable(),
      resolvedBy: str().nullable(),
      timeToAcknowledge: str().nullable(),
      timeToResolve: str().nullable(),
      commands: z.array(
        z.object({ offset: str(), purpose: z.enum(["diagnosis", "mitigation"]), command: str() }),
      ),
      decisionPoints: z.array(z.object({ offset: str(), what: str() })),
    }),
  }),
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "runbooks"],
  async handler(input, ctx) {
    const drill = await createDrill(input.mentee, input.incidentId, ctx);
    return { structured: drill.structured, markdown: drill.markdown };
  },
});

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
