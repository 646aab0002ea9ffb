// Working arguments for any tool, built from its input schema and the names in the workspace: the required fields
// only, each filled by what its name says it holds. Tools added later are covered without editing this file, as
// long as their field names say what they are; when they do not, OVERRIDES takes a fixed argument set.
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import type { Sources } from "../../../src/ports/sources.js";
import type { JsonSchema } from "./input-oracle.js";

export interface WorkspaceFacts {
  incidentId: string;
  engineerId: string;
  menteeId: string;
  /** Mentees at the shadow stage: a reverse shadow is refused in PagerDuty mode, where the write checks run. */
  shadowMenteeIds: string[];
  mentorId: string;
  scheduleId: string;
  serviceId: string;
  teamId: string;
  runbookPath: string;
  /** "Now" in the workspace (team.yaml asOf), as a date. */
  today: string;
  weekAgo: string;
  inTwoWeeks: string;
}

/** Fixed arguments for tools whose field names do not say what they hold. Keyed by tool name. */
const OVERRIDES: Record<string, (facts: WorkspaceFacts) => Record<string, unknown>> = {
  // Either pairings or a plan is needed, and the schema cannot say "one of the two".
  record_shadow_rotation: (facts) => ({
    plan: { from: facts.today, to: facts.inTwoWeeks, mentees: facts.shadowMenteeIds },
  }),
  // at given, not left to the clock: two calls must name the same day to be the same drill.
  record_incident_drill: (facts) => ({
    mentee: facts.menteeId,
    incidentId: facts.incidentId,
    at: facts.today,
  }),
};

export async function workspaceFacts(sources: Sources): Promise<WorkspaceFacts> {
  const team = await sources.team.load();
  // A resolved incident: an open one's age grows with the clock, so two answers about it would differ.
  const incidents = await sources.incidents.listIncidents({ limit: 1, offset: 0, statuses: ["resolved"] });
  const runbooks = await sources.runbooks.listRunbooks().catch(() => []);
  const now = new Date(team.asOf ?? Date.now());
  const day = (offsetDays: number) =>
    new Date(now.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const first = <T>(items: T[], what: string): T => {
    if (items[0] === undefined) throw new Error(`The workspace under test has no ${what}.`);
    return items[0];
  };
  return {
    incidentId: first(incidents.incidents, "resolved incident").id,
    engineerId: first(team.engineers, "engineer").id,
    menteeId: first(
      team.engineers.filter((engineer) => engineer.mentee),
      "mentee",
    ).id,
    shadowMenteeIds: team.engineers
      .filter((engineer) => engineer.mentee && (engineer.stage ?? "shadow") === "shadow")
      .map((engineer) => engineer.id),
    mentorId: first(
      team.engineers.filter((engineer) => engineer.mentor),
      "mentor",
    ).id,
    scheduleId: first(team.schedules, "schedule").id,
    serviceId: first(team.services, "service").id,
    teamId: team.teams[0]?.id ?? "",
    runbookPath: first(runbooks, "runbook").path,
    today: day(0),
    weekAgo: day(-7),
    inTwoWeeks: day(14),
  };
}

// since/until name a past window to look back on; from/to a window to plan ahead.
const BY_NAME: [RegExp, (facts: WorkspaceFacts) => string][] = [
  [/^from$/, (facts) => facts.today],
  [/^to$/, (facts) => facts.inTwoWeeks],
  [/incident/i, (facts) => facts.incidentId],
  [/mentee|junior|shadow/i, (facts) => facts.menteeId],
  [/mentor/i, (facts) => facts.mentorId],
  [/engineer|user|person|who|member/i, (facts) => facts.engineerId],
  [/schedule|rotation/i, (facts) => facts.scheduleId],
  [/service/i, (facts) => facts.serviceId],
  [/team/i, (facts) => facts.teamId],
  [/path|runbook|file/i, (facts) => facts.runbookPath],
  [/since|from|start|begin/i, (facts) => facts.weekAgo],
  [/until|to$|end|through/i, (facts) => facts.today],
  [/date|day|week|when|at$/i, (facts) => facts.today],
  [/branch/i, () => "oncall-mentor/hardening-sample"],
  [/query|search|text|keyword|q$/i, () => "payments"],
  [/content|note|body|message|summary|title|comment|description/i, () => "Hardening sample text."],
];

function sampleValue(name: string, schema: JsonSchema, facts: WorkspaceFacts): unknown {
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const branch = schema.anyOf?.find((option) => option.type !== "null") ?? schema.oneOf?.[0];
  if (branch) return sampleValue(name, branch, facts);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "array":
      return [sampleValue(name.replace(/s$/, ""), schema.items ?? {}, facts)];
    case "object":
      return sampleObject(schema, facts);
    case "number":
    case "integer":
      return schema.minimum ?? (schema.exclusiveMinimum === undefined ? 1 : schema.exclusiveMinimum + 1);
    case "boolean":
      return false;
    default: {
      const match = BY_NAME.find(([pattern]) => pattern.test(name));
      return match ? match[1](facts) : "sample";
    }
  }
}

/**
 * Optional fields filled too: window bounds (without them a window ends at the clock's "now", and answers drift),
 * and an incident, which tools that take "an incident or a query" need one of.
 */
const ALWAYS_FILLED = /^(since|until|from|to|incidentId)$/;

function sampleObject(schema: JsonSchema, facts: WorkspaceFacts): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const names = Object.keys(schema.properties ?? {}).filter(
    (name) => schema.required?.includes(name) || ALWAYS_FILLED.test(name),
  );
  for (const name of names) result[name] = sampleValue(name, schema.properties?.[name] ?? {}, facts);
  return result;
}

/** Arguments that should make `tool` answer on the workspace the facts come from. */
export function sampleArguments(tool: Tool, facts: WorkspaceFacts): Record<string, unknown> {
  const override = OVERRIDES[tool.name];
  return override ? override(facts) : sampleObject(tool.inputSchema as JsonSchema, facts);
}
