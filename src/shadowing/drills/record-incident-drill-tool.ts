// record_incident_drill: adds a finished drill to team.yaml drillHistory, so readiness counts it. Idempotent.
import { z } from "zod";
import { DAY_MS, parseInstant } from "../../lib/dates.js";
import { UserInputError } from "../../lib/errors.js";
import { defineTool } from "../../lib/tool.js";
import type { DrillRecord } from "../../model.js";
import { engineerOf } from "../readiness/oncall-readiness-tool.js";

export const recordIncidentDrillTool = defineTool({
  name: "record_incident_drill",
  title: "Record incident drill",
  description:
    "Records a finished drill (from create_incident_drill) in team.yaml drillHistory: mentee, incident, its service, when, who ran it, notes. oncall_readiness counts it. Recording the same drill again adds nothing.",
  input: z.object({
    mentee: z.string().min(1).max(100).describe("Engineer id"),
    incidentId: z.string().min(1).max(100).describe("Incident id or number drilled"),
    at: z.string().max(40).optional().describe("When it was run, ISO 8601; default today 00:00 UTC"),
    runBy: z.string().min(1).max(100).optional().describe("Engineer id of who ran it"),
    notes: z.string().max(500).optional().describe("How it went, one line"),
  }),
  output: z.object({
    mentee: z.string(),
    incident: z.string(),
    service: z.string(),
    at: z.string(),
    created: z.boolean(),
  }),
  writes: true,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
  async handler(input, ctx) {
    const mentee = engineerOf(ctx.team, input.mentee);
    if (input.runBy !== undefined) engineerOf(ctx.team, input.runBy);
    // Today's date rather than the instant: a retry of the same call records the same drill, not a second one.
    const at =
      input.at === undefined
        ? new Date(Math.floor(ctx.now.getTime() / DAY_MS) * DAY_MS)
        : parseInstant(input.at.trim());
    if (typeof at === "string") throw new UserInputError(`at: ${at}.`);
    if (at.getTime() > ctx.now.getTime()) {
      throw new UserInputError("at is in the future; record a drill once it has been run.");
    }
    const record = ctx.sources.team.recordDrill;
    if (ctx.sources.incidents.kind === "pagerduty") {
      throw new UserInputError(
        "With PagerDuty configured this server writes only to PagerDuty, not to team.yaml; add the drill to team.yaml drillHistory by hand (mentee, incident, service, at).",
      );
    }
    if (!record)
      throw new UserInputError(
        "This server's team file cannot be written; add the drill to team.yaml drillHistory by hand.",
      );
    const incident = await ctx.sources.incidents.getIncident(input.incidentId.trim(), {
      signal: ctx.signal,
      requests: ctx.requests,
    });
    if (!ctx.team.services.some((service) => service.id === incident.service.id)) {
      throw new UserInputError(
        `Incident ${incident.number} is on ${incident.service.name}, which is not a service in team.yaml; add it under services to record drills on it.`,
      );
    }
    const drill: DrillRecord = {
      mentee: mentee.id,
      incident: String(incident.number),
      service: incident.service.id,
      at: at.toISOString(),
      runBy: input.runBy ?? null,
      notes: input.notes?.replace(/\s+/g, " ").trim() || null,
    };
    const { created } = await record.call(ctx.sources.team, drill, {
      signal: ctx.signal,
      requests: ctx.requests,
    });
    const when = drill.at.slice(0, 16).replace("T", " ");
    return {
      structured: {
        mentee: drill.mentee,
        incident: drill.incident,
        service: drill.service,
        at: drill.at,
        created,
      },
      markdown: created
        ? `Recorded ${mentee.name}'s drill of incident #${incident.number} (${incident.service.name}) at ${when} UTC in team.yaml drillHistory; oncall_readiness counts it now.`
        : `${mentee.name}'s drill of incident #${incident.number} at ${when} UTC was already in team.yaml drillHistory; nothing was added.`,
    };
  },
});
