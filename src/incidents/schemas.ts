// Input and output schemas of summarize_incident and summarize_oncall_period, and the types the pure logic fills in.
// Kept flat: every nested object is built fresh by a function, so the JSON Schema has no $ref to resolve.
import { z } from "zod";
import { instantField } from "../lib/dates.js";
import { idField } from "../lib/input-coercion.js";
import { SIMILAR_LIMITS, similarSummarySchema } from "./similar/schema.js";

const instant = (what: string) => z.string().describe(`${what} (ISO 8601, UTC)`);
const nullableInstant = (what: string) => z.string().nullable().describe(`${what} (ISO 8601, UTC), or null`);
const seconds = (what: string) =>
  z.number().int().nullable().describe(`${what} in seconds, or null when unknown`);
const count = (what: string) => z.number().int().min(0).describe(what);

const person = (what: string) =>
  z
    .object({
      id: z.string().describe("Engineer id from team.yaml, else the PagerDuty user id"),
      name: z.string().describe("Display name"),
    })
    .describe(what);

const service = () =>
  z
    .object({
      id: z.string().describe("Service id from team.yaml, else the PagerDuty service id"),
      name: z.string().describe("Service name"),
    })
    .describe("The service the incident belongs to");

const incidentRef = () =>
  z
    .object({
      id: z.string().describe("PagerDuty incident id"),
      number: z.number().int().describe("Incident number"),
      title: z.string().describe("Incident title"),
      status: z.enum(["triggered", "acknowledged", "resolved"]).describe("Current status"),
      urgency: z.enum(["high", "low"]).describe("Urgency"),
      service: service(),
      createdAt: instant("When it triggered"),
      url: z.string().nullable().describe("Link to the incident, or null"),
    })
    .describe("An incident");

export const detailSchema = z
  .enum(["brief", "full"])
  .describe("brief: 15 timeline lines; full: 60, and more notes");

export const summarizeIncidentInput = z.object({
  incidentId: idField(z.string().trim().min(1).max(64).describe("Id (Q2K4GW9LZ1F0XW) or number")),
  detail: detailSchema.default("brief"),
  narrative: z.boolean().optional().describe("Also ask the client's model for a paragraph (needs sampling)"),
});

export const summarizeOncallPeriodInput = z.object({
  since: instantField("Default 7 days before until.").optional(),
  until: instantField("Exclusive; default now.").optional(),
  scheduleId: idField(
    z.string().min(1).max(100).describe("Only this schedule's people, services"),
  ).optional(),
  serviceIds: z
    .array(idField(z.string().min(1).max(100)))
    .max(50)
    .optional()
    .describe("Only these services"),
  teamIds: z
    .array(idField(z.string().min(1).max(100)))
    .max(50)
    .optional()
    .describe("Only these teams"),
  detail: z.enum(["brief", "full"]).default("brief").describe("brief: for Slack; full: all"),
});

export const incidentSummarySchema = z.object({
  incident: z
    .object({
      id: z.string().describe("PagerDuty incident id"),
      number: z.number().int().describe("Incident number"),
      title: z.string().describe("Incident title (secrets redacted)"),
      status: z.enum(["triggered", "acknowledged", "resolved"]).describe("Current status"),
      urgency: z.enum(["high", "low"]).describe("Urgency"),
      priority: z.string().nullable().describe("Priority name such as P1, or null"),
      service: service(),
      url: z.string().nullable().describe("Link to the incident, or null"),
    })
    .describe("The incident summarised"),
  detail: detailSchema,
  createdAt: instant("When it triggered"),
  acknowledgedAt: nullableInstant("First acknowledgement"),
  resolvedAt: nullableInstant("When it resolved"),
  timeToAcknowledgeSeconds: seconds("Trigger to first acknowledgement"),
  timeToResolveSeconds: seconds("Trigger to resolution"),
  durationSeconds: z.number().int().describe("Trigger to resolution, or to now while still open, in seconds"),
  resolvedBy: person("Who resolved it").nullable().describe("Who resolved it; null when no person did"),
  responders: z
    .array(
      z
        .object({
          id: z.string().describe("Engineer id from team.yaml, else the PagerDuty user id"),
          name: z.string().describe("Display name"),
          actions: z
            .array(z.string())
            .describe(
              "What they did, in order: notified, acknowledged, unacknowledged, annotated, reassigned, assigned, escalated, escalated-to, snoozed, changed-priority, changed-urgency, resolved",
            ),
        })
        .describe("A person involved"),
    )
    .describe("People who were paged or acted, in order of first involvement (bounded)"),
  respondersOmitted: count("People involved but left out of responders to stay within the size limit"),
  escalations: count("Escalation log entries"),
  reassignments: count("Reassignments after the initial assignment"),
  notifications: z
    .object({
      total: count("Notifications sent"),
      byChannel: z
        .record(z.string(), z.number().int())
        .describe("Count per channel (sms, phone, email, push…) of the notifications read"),
      channelsNotRead: count(
        "Notifications counted but not read, so of no known channel: PagerDuty logs over 100 entries are read as their overview",
      ),
    })
    .describe("Pages sent to people"),
  alerts: z
    .object({
      total: count("Alerts grouped into the incident"),
      distinctKeys: count("Distinct alert keys among the alerts read"),
      firstAt: nullableInstant("First alert"),
      lastAt: nullableInstant("Last alert"),
    })
    .describe("Alerts grouped into the incident"),
  notes: z
    .array(
      z
        .object({
          at: instant("When written"),
          author: person("Author").nullable().describe("Author, or null when unknown"),
          content: z.string().describe("Note text, secrets redacted, clipped"),
        })
        .describe("A note"),
    )
    .describe("Notes, oldest first; bounded (sources.notes has the total)"),
  timeline: z
    .array(
      z
        .object({
          at: instant("When"),
          kind: z.string().describe("trigger, acknowledge, notify, escalate, assign, annotate, resolve…"),
          summary: z.string().describe("One line, secrets redacted"),
          actor: person("Who acted").nullable().describe("Who acted; null for the system or an integration"),
          count: z.number().int().min(1).describe("Log entries folded into this line"),
        })
        .describe("A timeline line"),
    )
    .describe("Condensed timeline, oldest first: notifications folded, the most telling entries kept"),
  timelineOmitted: count("Condensed timeline lines left out to stay within the detail limit"),
  resolution: z
    .object({
      text: z
        .string()
        .describe("What people wrote about the fix up to the resolve, one entry a line, redacted"),
      entryIds: z.array(z.string()).describe("Ids of the log entries and notes it comes from"),
      actions: z
        .array(
          z
            .object({
              kind: z
                .string()
                .describe(
                  "rollback, restart, failover, restore, config, scale, migrate, messages, fix, disable, cleanup, script, command",
                ),
              text: z.string().describe("The words naming it"),
            })
            .describe("An action named in the text"),
        )
        .describe("Actions named; empty when the text names none"),
    })
    .nullable()
    .describe(
      "What fixed it, from notes, annotations and the resolve message; null when nobody wrote anything",
    ),
  openQuestions: z.array(z.string()).describe("What the records cannot tell"),
  sources: z
    .object({
      logEntries: count("Log entries that exist"),
      logEntriesRead: count("Log entries read"),
      overviewOnly: z
        .boolean()
        .describe("True when only overview entries were read and notifications were counted"),
      alerts: count("Alerts that exist"),
      notes: count("Notes that exist"),
      requests: count("Upstream requests made"),
    })
    .describe("What the summary was built from"),
  similar: similarSummarySchema
    .nullable()
    .optional()
    .describe("Past incidents like this one, best first; null when the search failed"),
});

export type IncidentSummary = z.infer<typeof incidentSummarySchema>;
export type Detail = z.infer<typeof detailSchema>;

const durationStats = (what: string) =>
  z
    .object({
      medianSeconds: seconds("Median"),
      p90Seconds: seconds("90th percentile (nearest rank)"),
      measured: count("Incidents the figures are computed over"),
    })
    .describe(what);

const handledIncident = () =>
  incidentRef()
    .extend({
      acknowledgedAt: nullableInstant("First acknowledgement"),
      acknowledgedBy: person("Who acknowledged first").nullable().describe("Who acknowledged first, or null"),
      timeToAcknowledgeSeconds: seconds("Trigger to first acknowledgement"),
      resolvedAt: nullableInstant("Resolution"),
      timeToResolveSeconds: seconds("Trigger to resolution"),
      resolvedBy: person("Who resolved it").nullable().describe("Who resolved it, or null"),
    })
    .describe("An incident of the period and how it was handled");

const openIncident = () =>
  incidentRef()
    .extend({
      statusAtEnd: z.enum(["triggered", "acknowledged"]).describe("Its status when the period ended"),
      acknowledgedAt: nullableInstant("First acknowledgement, if before the period ended"),
      ageSeconds: count("How long it had been open when the period ended, in seconds"),
      owners: z.array(person("Assignee")).describe("Its assignees"),
      startedBefore: z.boolean().describe("Triggered before the period began"),
    })
    .describe("Work open when the period ended");

export const oncallDigestSchema = z.object({
  window: z
    .object({ since: instant("Start, inclusive"), until: instant("End, exclusive") })
    .describe("The period covered"),
  totals: z
    .object({
      incidents: count("Incidents that triggered in the window"),
      highUrgency: count("High-urgency incidents"),
      lowUrgency: count("Low-urgency incidents"),
      afterHours: count(
        "Incidents that paged the on-call person outside their working hours, in their time zone",
      ),
      afterHoursUnknown: count("Incidents whose on-call person or working hours are unknown"),
      stillOpen: count("Incidents open when the period ended, whenever they triggered"),
      resolved: count(
        "Incidents resolved in the window, whenever they triggered (those from before it included)",
      ),
      resolvedFromBefore: count("Incidents that triggered before the window and were resolved in it"),
    })
    .describe("Counts"),
  timeToAcknowledge: durationStats("Trigger to first acknowledgement, over acknowledged incidents"),
  timeToResolve: durationStats("Trigger to resolution, over resolved incidents"),
  byService: z
    .array(
      z
        .object({
          service: service(),
          incidents: count("Incidents"),
          highUrgency: count("High-urgency incidents"),
          medianTimeToResolveSeconds: seconds("Median time to resolve"),
        })
        .describe("One service"),
    )
    .describe("Services by incident count, busiest first"),
  recurring: z
    .array(
      z
        .object({
          pattern: z.string().describe("The title with numbers, ids and hosts replaced by placeholders"),
          matchedBy: z
            .enum(["alert-key", "title"])
            .describe("Grouped by the same alert key, or by the normalised title"),
          alertKey: z.string().nullable().describe("The shared alert key, when matched by it"),
          service: service(),
          count: count("Times it fired in the window"),
          incidentIds: z.array(z.string()).describe("Incident ids, oldest first (bounded)"),
        })
        .describe("A pattern that fired again and again"),
    )
    .describe("Recurring alerts: the toil worth fixing, most frequent first"),
  incidents: z
    .array(handledIncident())
    .describe("Incidents that triggered in the window, newest first, each with how it was handled (bounded)"),
  resolvedFromBefore: z
    .array(handledIncident())
    .describe(
      "Incidents that triggered before the window and were resolved in it, oldest first, with how they were handled (bounded)",
    ),
  stillOpen: z
    .array(openIncident())
    .describe("Incidents open when the period ended, whenever they triggered, oldest first (bounded)"),
  afterHoursPages: z
    .array(
      z
        .object({
          incident: incidentRef(),
          onCall: person("The person paged"),
          localTime: z
            .string()
            .describe("Local wall-clock time of the page, YYYY-MM-DDTHH:MM:SS, in their zone"),
          timeZone: z.string().describe("Their IANA time zone"),
        })
        .describe("An after-hours page"),
    )
    .describe("Pages outside the on-call person's working hours, oldest first (bounded)"),
  onCall: z
    .array(
      z
        .object({
          user: person("On-call person"),
          schedule: z
            .object({ id: z.string().describe("Schedule id"), name: z.string().describe("Schedule name") })
            .describe("The schedule"),
          start: instant("Start of the shift within the window"),
          end: instant("End of the shift within the window"),
        })
        .describe("An on-call shift"),
    )
    .describe("Who was on call, by schedule then start (bounded)"),
  highlights: z.array(z.string()).describe("The few things a lead should know, one sentence each"),
});

export type OncallDigest = z.infer<typeof oncallDigestSchema>;
export type IncidentRefOut = z.infer<ReturnType<typeof incidentRef>>;
export type HandledIncidentOut = z.infer<ReturnType<typeof handledIncident>>;
export type OpenIncidentOut = z.infer<ReturnType<typeof openIncident>>;

/** The summary with the narrative the client's model wrote, when one was asked for (null when none could be). */
export const incidentSummaryWithNarrativeSchema = incidentSummarySchema.extend({
  narrative: z
    .string()
    .nullable()
    .optional()
    .describe("Paragraph written by the client's model from the facts; null when it could not be asked"),
});

// What tools/list advertises. Every tool's schemas share one size budget (clients choke on large listings), so the
// advertised schemas name each top-level field and sketch nested ones in a line; the detailed schemas above stay
// the reference the tests hold the structured content to (their top-level keys must match these).
const sketch = (fields: string) => z.unknown().describe(fields);
const sketchList = (fields: string) => z.array(z.unknown()).describe(fields);
const text = z.string();
const maybeText = z.string().nullable();
const maybeNumber = z.number().nullable();

export const summarizeIncidentOutput = z
  .object({
    incident: sketch("{id, number, title, status, urgency, priority, service{id,name}, url}"),
    detail: z.enum(["brief", "full"]),
    createdAt: text,
    acknowledgedAt: maybeText,
    resolvedAt: maybeText,
    timeToAcknowledgeSeconds: maybeNumber,
    timeToResolveSeconds: maybeNumber,
    durationSeconds: z.number(),
    resolvedBy: sketch("{id, name} or null"),
    responders: sketchList("[{id, name, actions[]}]"),
    respondersOmitted: z.number(),
    escalations: z.number(),
    reassignments: z.number(),
    notifications: sketch("{total, byChannel, channelsNotRead}"),
    alerts: sketch("{total, distinctKeys, firstAt, lastAt}"),
    notes: sketchList("[{at, author, content}]"),
    timeline: sketchList("[{at, kind, summary, actor, count}]"),
    timelineOmitted: z.number(),
    resolution: sketch("{text, entryIds, actions} or null"),
    openQuestions: z.array(text),
    sources: sketch("{logEntries, logEntriesRead, overviewOnly, alerts, notes, requests}"),
    similar: sketchList("[{id, number, title, score, resolution}]").nullable(),
    narrative: maybeText,
  })
  .partial();

export const summarizeOncallPeriodOutput = z
  .object({
    window: sketch("{since, until}"),
    totals: sketch("{incidents, high/lowUrgency, afterHours(Unknown), stillOpen, resolved(FromBefore)}"),
    timeToAcknowledge: sketch("{medianSeconds, p90Seconds, measured}"),
    timeToResolve: sketch("{medianSeconds, p90Seconds, measured}"),
    byService: sketchList("[{service, incidents, highUrgency, medianTimeToResolveSeconds}]"),
    recurring: sketchList("[{pattern, matchedBy, alertKey, service, count, incidentIds}]"),
    incidents: sketchList("[incident, acknowledged/resolved At, By, timeTo…Seconds]"),
    resolvedFromBefore: sketchList("as incidents"),
    stillOpen: sketchList("[incident, statusAtEnd, acknowledgedAt, ageSeconds, owners, startedBefore]"),
    afterHoursPages: sketchList("[{incident, onCall, localTime, timeZone}]"),
    onCall: sketchList("[{user, schedule, start, end}]"),
    highlights: z.array(text),
  })
  .partial();

const listedPersonSchema = z.object({ id: z.string(), name: z.string() });

export const incidentListItemSchema = z.object({
  id: z.string().describe("PagerDuty incident id"),
  number: z.number().int(),
  title: z.string(),
  status: z.enum(["triggered", "acknowledged", "resolved"]),
  urgency: z.enum(["high", "low"]),
  service: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  assignees: z.array(listedPersonSchema),
});

export const listIncidentsInput = z.object({
  since: instantField("Start (inclusive); default 30 days before until.").optional(),
  until: instantField("End (exclusive); default now.").optional(),
  statuses: z
    .array(z.enum(["triggered", "acknowledged", "resolved"]))
    .max(3)
    .optional()
    .describe("Only incidents in these statuses."),
  serviceIds: z
    .array(idField(z.string().min(1).max(100)))
    .max(50)
    .optional()
    .describe("Only incidents of these service ids."),
  urgency: z.enum(["high", "low"]).optional(),
  limit: z.number().int().min(1).max(100).default(20).describe("Incidents per page, 1 to 100."),
  cursor: z.string().max(500).optional().describe("nextCursor from a previous call with the same filters."),
});

export const listIncidentsOutput = z.object({
  incidents: z.array(incidentListItemSchema),
  nextCursor: z.string().nullable().describe("Pass as cursor to get the next page; null on the last page."),
});

/** PagerDuty refuses longer notes. */
export const NOTE_MAX_CHARS = 25_000;

export const addIncidentNoteInput = z.object({
  incidentId: summarizeIncidentInput.shape.incidentId,
  content: z.string().max(NOTE_MAX_CHARS).describe("The note text"),
});

export const addIncidentNoteOutput = z.object({
  incidentId: z.string(),
  incidentNumber: z.number(),
  noteId: z.string(),
  at: z.string(),
  author: z.string().nullable(),
  mode: z.enum(["workspace", "pagerduty"]),
});

export const findSimilarInput = z.object({
  incidentId: idField(z.string().trim().min(1).max(64).describe("Id or number; or give query")).optional(),
  query: z.string().trim().min(1).max(500).optional().describe("Symptoms in words"),
  serviceIds: z
    .array(idField(z.string().min(1).max(100)))
    .max(50)
    .optional()
    .describe("Only these services"),
  since: instantField("Default 2 years before until.").optional(),
  until: instantField("Default now.").optional(),
  limit: z.number().int().min(1).max(SIMILAR_LIMITS.maxLimit).default(SIMILAR_LIMITS.defaultLimit),
});
