// record_incident_drill: the mentee and incident checked (the incident gives the service the drill counts for), then
// the drill written through the drill port, which keeps it once per mentee, incident and day.
import { parseInstant } from "../../lib/dates.js";
import { UserInputError } from "../../lib/errors.js";
import type { DrillRecord } from "../../model.js";
import type { ToolHandler } from "../../ports/tool.js";
import { engineerOf, knownEngineer } from "./engineers.js";
import type { recordDrillInput, recordDrillOutput } from "./record-incident-drill-tool.js";

export const handle: ToolHandler<typeof recordDrillInput, typeof recordDrillOutput> = async (input, ctx) => {
  const mentee = engineerOf(ctx.team, input.mentee.trim());
  const runBy = input.runBy === undefined ? null : knownEngineer(ctx.team, input.runBy.trim(), "runBy");
  const at = input.at === undefined ? ctx.now : parseInstant(input.at.trim());
  if (typeof at === "string") throw new UserInputError(`at: ${at}.`);
  if (at.getTime() > ctx.now.getTime()) {
    throw new UserInputError("at is in the future; record a drill once it has been run.");
  }
  const fetch = { signal: ctx.signal, requests: ctx.requests };
  const incident = await ctx.sources.incidents.getIncident(input.incidentId.trim(), fetch);
  const service = ctx.team.services.find((known) => known.id === incident.service.id);
  if (!service) {
    throw new UserInputError(
      `Incident ${incident.number} is on ${incident.service.name}, which is not a service in team.yaml; add it under services to record drills on it.`,
    );
  }
  const drill: DrillRecord = {
    mentee: mentee.id,
    incident: String(incident.number),
    service: service.id,
    at: new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString(),
    runBy: runBy?.id ?? null,
    notes: input.notes?.replace(/\s+/g, " ").trim() || null,
  };
  const { created, existing } = await ctx.sources.drills.recordDrill(
    { drill, incidentKeys: [incident.id, String(incident.number)], timeZone: mentee.timeZone },
    fetch,
  );
  const kept = existing ?? drill;
  const when = `${kept.at.slice(0, 16).replace("T", " ")} UTC`;
  return {
    structured: { mentee: mentee.id, incident: kept.incident, service: service.id, at: kept.at, created },
    markdown: created
      ? `Recorded ${mentee.name}'s drill of incident #${incident.number} (${service.name}) at ${when} in team.yaml drillHistory; oncall_readiness counts it now.`
      : `${mentee.name}'s drill of incident #${incident.number} that day (${when}) is already in team.yaml drillHistory; nothing was added.`,
  };
};
