// The facts of one incident, from its records: who did what and when, how long it took, what fixed it,
// and what the records cannot tell. Works from every log entry, or from the overview entries plus a count.
import { redactSecrets } from "../lib/redact.js";
import { secondsBetween } from "../lib/stats.js";
import type { Alert, Incident, LogEntry, LogEntryKind, Note, PersonRef } from "../model.js";
import type { Bounded } from "../ports/sources.js";
import { byteLength, clip, formatDuration, plural } from "./format.js";
import { findResolution, type Resolution } from "./resolution.js";
import type { Detail, IncidentSummary } from "./schemas.js";
import { clipCounted, condenseTimeline, NOTE_CAPS, selectTelling, shortenNote } from "./timeline.js";

export interface IncidentRecords {
  incident: Incident;
  /** Oldest first: every entry, or only the overview entries when `overviewOnly`. */
  logEntries: Bounded<LogEntry>;
  overviewOnly: boolean;
  /** Notifications known only by count (overview mode): the notify entries not among `logEntries.items`. */
  notificationsNotRead: number;
  /** Oldest first. */
  notes: Note[];
  alerts: Bounded<Alert>;
  /** Upstream requests made to gather these records. */
  requests: number;
}

export const SUMMARY_LIMITS = {
  brief: { timeline: 15, notes: 4, noteChars: 1_000, responders: 12 },
  full: { timeline: 60, notes: 10, noteChars: 2_000, responders: 30 },
} as const;

/** The structured content stays under 24 KB whatever the incident holds; this leaves room for the envelope. */
export const STRUCTURED_BUDGET_BYTES = 23_000;
const TITLE_CHARS = 300;

const ACTOR_ACTIONS: Partial<Record<LogEntryKind, string>> = {
  trigger: "triggered",
  acknowledge: "acknowledged",
  unacknowledge: "unacknowledged",
  annotate: "annotated",
  assign: "reassigned",
  escalate: "escalated",
  snooze: "snoozed",
  priority_change: "changed-priority",
  urgency_change: "changed-urgency",
  resolve: "resolved",
};
const TARGET_ACTIONS: Partial<Record<LogEntryKind, string>> = {
  notify: "notified",
  assign: "assigned",
  escalate: "escalated-to",
};

interface Event {
  at: string;
  person: PersonRef;
  action: string;
}

function sortedByTime<T extends { at: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** PagerDuty logs the first assignment beside the trigger; only later ones are reassignments. */
function isInitialAssignment(entry: LogEntry, triggeredAt: number): boolean {
  return entry.kind === "assign" && Date.parse(entry.at) - triggeredAt <= 1000;
}

function responders(
  entries: readonly LogEntry[],
  notes: readonly Note[],
  triggeredAt: number,
  limit: number,
) {
  const events: Event[] = [];
  for (const entry of entries) {
    const initial = isInitialAssignment(entry, triggeredAt);
    const actorAction = ACTOR_ACTIONS[entry.kind];
    if (entry.actor && actorAction && !initial)
      events.push({ at: entry.at, person: entry.actor, action: actorAction });
    const targetAction = TARGET_ACTIONS[entry.kind];
    if (targetAction)
      for (const person of entry.targets) events.push({ at: entry.at, person, action: targetAction });
  }
  for (const note of notes)
    if (note.author) events.push({ at: note.at, person: note.author, action: "annotated" });

  const people = new Map<string, { id: string; name: string; actions: string[] }>();
  for (const event of sortedByTime(events)) {
    const known = people.get(event.person.id) ?? {
      id: event.person.id,
      name: event.person.name,
      actions: [],
    };
    if (!known.actions.includes(event.action)) known.actions.push(event.action);
    people.set(event.person.id, known);
  }
  const all = [...people.values()];
  return { kept: all.slice(0, limit), omitted: Math.max(0, all.length - limit) };
}

function notifications(entries: readonly LogEntry[], notRead: number): IncidentSummary["notifications"] {
  const byChannel: Record<string, number> = {};
  let total = 0;
  for (const entry of entries) {
    if (entry.kind !== "notify") continue;
    total += 1;
    const channel = entry.channel ?? "unknown";
    byChannel[channel] = (byChannel[channel] ?? 0) + 1;
  }
  // Counted but not read (a PagerDuty log over 100 entries is read as its overview): their channels are not known,
  // and are said to be not read rather than filed under a channel called "unknown".
  return { total: total + notRead, byChannel, channelsNotRead: notRead };
}

function alertFacts(incident: Incident, alerts: Bounded<Alert>): IncidentSummary["alerts"] {
  const times = alerts.items.map((alert) => alert.createdAt).sort((a, b) => Date.parse(a) - Date.parse(b));
  return {
    total: Math.max(alerts.total, alerts.items.length, incident.alertCounts?.all ?? 0),
    distinctKeys: new Set(alerts.items.map((alert) => alert.key ?? `summary:${alert.summary}`)).size,
    firstAt: times[0] ?? null,
    lastAt: times[times.length - 1] ?? null,
  };
}

interface Facts {
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  /** Escalations before the first acknowledgement (all of them when nobody acknowledged). */
  escalationsBeforeAck: number;
  resolvedByPerson: boolean;
  resolveEntrySeen: boolean;
  escalations: number;
  resolution: Resolution | null;
  durationSeconds: number;
}

function openQuestions(records: IncidentRecords, facts: Facts): string[] {
  const { incident, logEntries, alerts, notes } = records;
  const questions: string[] = [];
  const resolved = incident.status === "resolved";
  if (!resolved) {
    questions.push(
      `Still ${incident.status} after ${formatDuration(facts.durationSeconds)}: who owns it now, and what is the next step?`,
    );
  }
  if (!facts.acknowledgedAt) {
    if (incident.status === "acknowledged") {
      questions.push(
        "The status is acknowledged but no acknowledgement is in the log entries read: who acknowledged it?",
      );
    } else if (resolved && !facts.resolvedByPerson) {
      questions.push(
        "Nobody acknowledged it and no person resolved it: did the alert clear on its own, or was the page missed?",
      );
    } else {
      questions.push(
        resolved
          ? "It was resolved without being acknowledged: was the page seen in time?"
          : "Nobody has acknowledged it yet.",
      );
    }
  } else if (resolved && facts.resolveEntrySeen && !facts.resolvedByPerson) {
    questions.push("It resolved without a person resolving it (integration or timeout): was anything done?");
  }
  if (facts.escalationsBeforeAck > 0) {
    questions.push(
      `It escalated ${plural(facts.escalationsBeforeAck, "time")} before anyone acknowledged: was the first responder reachable?`,
    );
  }
  if (facts.resolution && facts.resolution.actions.length === 0) {
    questions.push(
      resolved
        ? "What was written before the resolve names no action (rollback, restart, config change…): what fixed it?"
        : "No note yet names an action taken (rollback, restart, config change…).",
    );
  }
  if (!facts.resolution) {
    questions.push(
      resolved
        ? "No note or resolve message says what fixed it."
        : notes.length === 0
          ? "No note records what has been tried so far."
          : "No note yet says what was done to fix it.",
    );
  }
  if (logEntries.items.length < logEntries.total) {
    questions.push(
      `Only ${logEntries.items.length} of ${logEntries.total} log entries were read: the timeline may miss steps.`,
    );
  }
  if (alerts.items.length < alerts.total) {
    questions.push(
      `Only ${alerts.items.length} of ${alerts.total} alerts were read: alert keys and times are partial.`,
    );
  }
  return questions;
}

function toNotes(notes: readonly Note[], limit: number, chars: number): IncidentSummary["notes"] {
  // The first note usually states the impact and the latest ones the state of play.
  const kept =
    notes.length <= limit ? notes : [...notes.slice(0, 1), ...notes.slice(notes.length - (limit - 1))];
  return kept.slice(0, limit).map((note) => ({
    at: note.at,
    author: note.author ? { id: note.author.id, name: note.author.name } : null,
    content: clipCounted(note.content, chars),
  }));
}

/** The summary of one incident, sized to the detail level and to the structured-content budget. */
export function summarizeIncident(
  records: IncidentRecords,
  options: { detail: Detail; now: Date },
): IncidentSummary {
  const { incident } = records;
  const limits = SUMMARY_LIMITS[options.detail];
  const entries = sortedByTime(records.logEntries.items);
  const notes = sortedByTime(records.notes);
  const firstTrigger = entries.find((entry) => entry.kind === "trigger");
  const triggeredAt = Date.parse(firstTrigger?.at ?? incident.createdAt);

  const firstAck = entries.find((entry) => entry.kind === "acknowledge");
  const lastResolve = [...entries].reverse().find((entry) => entry.kind === "resolve");
  const resolved = incident.status === "resolved";
  const resolvedAt = resolved ? (incident.resolvedAt ?? lastResolve?.at ?? null) : null;
  const acknowledgedAt = firstAck?.at ?? null;
  const escalationEntries = entries.filter((entry) => entry.kind === "escalate");
  const durationEnd = resolvedAt ?? options.now.toISOString();

  const facts: Facts = {
    acknowledgedAt,
    resolvedAt,
    escalationsBeforeAck: escalationEntries.filter(
      (entry) => !acknowledgedAt || Date.parse(entry.at) < Date.parse(acknowledgedAt),
    ).length,
    resolvedByPerson: Boolean(lastResolve?.actor),
    resolveEntrySeen: Boolean(lastResolve),
    escalations: escalationEntries.length,
    resolution: findResolution(entries, notes, resolvedAt),
    durationSeconds: Math.max(0, secondsBetween(incident.createdAt, durationEnd)),
  };

  const involved = responders(entries, notes, triggeredAt, limits.responders);
  const fixed: Omit<IncidentSummary, "notes" | "timeline" | "timelineOmitted"> = {
    incident: {
      id: incident.id,
      number: incident.number,
      title: clip(redactSecrets(incident.title), TITLE_CHARS),
      status: incident.status,
      urgency: incident.urgency,
      priority: incident.priority,
      service: { id: incident.service.id, name: incident.service.name },
      url: incident.url,
    },
    detail: options.detail,
    createdAt: incident.createdAt,
    acknowledgedAt,
    resolvedAt,
    timeToAcknowledgeSeconds: acknowledgedAt
      ? Math.max(0, secondsBetween(incident.createdAt, acknowledgedAt))
      : null,
    timeToResolveSeconds: resolvedAt ? Math.max(0, secondsBetween(incident.createdAt, resolvedAt)) : null,
    durationSeconds: facts.durationSeconds,
    resolvedBy:
      resolved && lastResolve?.actor ? { id: lastResolve.actor.id, name: lastResolve.actor.name } : null,
    responders: involved.kept,
    respondersOmitted: involved.omitted,
    escalations: facts.escalations,
    reassignments: entries.filter(
      (entry) => entry.kind === "assign" && !isInitialAssignment(entry, triggeredAt),
    ).length,
    notifications: notifications(entries, records.notificationsNotRead),
    alerts: alertFacts(incident, records.alerts),
    resolution: facts.resolution,
    openQuestions: openQuestions(records, facts),
    sources: {
      logEntries: Math.max(records.logEntries.total, records.logEntries.items.length),
      logEntriesRead: records.logEntries.items.length,
      overviewOnly: records.overviewOnly,
      alerts: Math.max(records.alerts.total, records.alerts.items.length),
      notes: records.notes.length,
      requests: records.requests,
    },
  };
  const condensed = condenseTimeline(entries, notes);
  const build = (timelineLimit: number, notesLimit: number, noteChars: number): IncidentSummary => {
    const timeline = selectTelling(condensed, timelineLimit);
    return {
      ...fixed,
      notes: toNotes(notes, notesLimit, Math.min(noteChars, limits.noteChars)),
      timeline: timeline.items.map((item) => shortenNote(item, noteChars)),
      timelineOmitted: timeline.omitted,
    };
  };

  // Long notes or summaries in another script can still overflow the budget: give up notes first, then shorten
  // what people wrote, then lines.
  let notesLimit: number = limits.notes;
  let timelineLimit: number = limits.timeline;
  let capIndex = 0;
  let summary = build(timelineLimit, notesLimit, NOTE_CAPS[capIndex]!);
  while (
    byteLength(JSON.stringify(summary)) > STRUCTURED_BUDGET_BYTES &&
    (notesLimit > 1 || capIndex < NOTE_CAPS.length - 1 || timelineLimit > 5)
  ) {
    if (notesLimit > 1) notesLimit -= 1;
    else if (capIndex < NOTE_CAPS.length - 1) capIndex += 1;
    else timelineLimit = Math.max(5, timelineLimit - 5);
    summary = build(timelineLimit, notesLimit, NOTE_CAPS[capIndex]!);
  }
  return summary;
}
