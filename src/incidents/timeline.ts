// The incident's story from its log: repeated notifications folded into one line, every state change kept,
// then cut to the most telling entries when there are too many to read.
import { redactSecrets } from "../lib/redact.js";
import type { Instant, LogEntry, LogEntryKind, Note, PersonRef } from "../model.js";
import { clip } from "./format.js";

export interface TimelineItem {
  at: Instant;
  kind: LogEntryKind;
  summary: string;
  actor: { id: string; name: string } | null;
  /** How many log entries this line stands for (folded notifications, repeated system messages). */
  count: number;
}

const SUMMARY_CHARS = 140;
const NOTE_EXCERPT_CHARS = 100;
const NAMED_TARGETS = 3;

/** Kinds that repeat without telling anything new when consecutive and identical. */
const REPEATABLE: ReadonlySet<LogEntryKind> = new Set(["other", "reach_trigger_limit", "reach_ack_limit"]);

function personOf(ref: PersonRef | null): { id: string; name: string } | null {
  return ref ? { id: ref.id, name: ref.name } : null;
}

function names(people: PersonRef[]): string {
  const unique = [...new Map(people.map((person) => [person.id, person.name])).values()];
  if (unique.length <= NAMED_TARGETS) return unique.join(", ");
  return `${unique.slice(0, NAMED_TARGETS).join(", ")} and ${unique.length - NAMED_TARGETS} others`;
}

/** Secrets are redacted before clipping, so a cut can never leave half a secret unrecognised. */
function safe(text: string, max: number): string {
  return clip(redactSecrets(text), max);
}

function describe(entry: LogEntry): string {
  const by = entry.actor ? ` by ${entry.actor.name}` : "";
  const message = entry.message ? safe(entry.message, NOTE_EXCERPT_CHARS) : "";
  switch (entry.kind) {
    case "acknowledge":
      return entry.actor ? `Acknowledged${by}` : safe(entry.summary, SUMMARY_CHARS);
    case "resolve":
      return `Resolved${by || (entry.summary ? ` (${safe(entry.summary, 60)})` : "")}${message ? `: ${message}` : ""}`;
    case "annotate":
      return `Note${by}: ${message || safe(entry.summary, NOTE_EXCERPT_CHARS)}`;
    case "escalate": {
      const level = entry.escalationLevel !== null ? ` to level ${entry.escalationLevel}` : "";
      const to = entry.targets.length > 0 ? ` (${names(entry.targets)})` : "";
      return `Escalated${level}${to}${by}`;
    }
    case "assign":
      return entry.targets.length > 0
        ? `Assigned to ${names(entry.targets)}${by}`
        : safe(entry.summary, SUMMARY_CHARS);
    default:
      return safe(entry.summary, SUMMARY_CHARS);
  }
}

interface NotifyGroup {
  at: Instant;
  count: number;
  /** Person id → name and channels, in first-notified order. */
  targets: Map<string, { name: string; channels: Set<string> }>;
}

function notifySummary(group: NotifyGroup): string {
  const people = [...group.targets.values()];
  const shown = people
    .slice(0, NAMED_TARGETS)
    .map(({ name, channels }) => (channels.size > 0 ? `${name} (${[...channels].join(", ")})` : name));
  const others = people.length > NAMED_TARGETS ? ` and ${people.length - NAMED_TARGETS} others` : "";
  const who = shown.length > 0 ? `Notified ${shown.join(", ")}${others}` : "Notification sent";
  return group.count > 1 ? `${who}: ${group.count} notifications` : who;
}

function notesAsEntries(notes: Note[]): LogEntry[] {
  return notes.map((note) => ({
    id: note.id,
    incidentId: note.incidentId,
    kind: "annotate",
    rawType: "note",
    at: note.at,
    summary: "Note added",
    actor: note.author,
    targets: [],
    channel: null,
    message: note.content,
    escalationLevel: null,
  }));
}

/**
 * The whole condensed timeline, oldest first. Notes stand in for annotate entries when the log has none
 * (a log read without them, or a workspace file that only lists notes).
 */
export function condenseTimeline(entries: readonly LogEntry[], notes: readonly Note[] = []): TimelineItem[] {
  const hasAnnotations = entries.some((entry) => entry.kind === "annotate");
  const all = hasAnnotations ? [...entries] : [...entries, ...notesAsEntries([...notes])];
  // A stable sort keeps the source's order for entries of the same instant.
  all.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  const items: TimelineItem[] = [];
  let group: NotifyGroup | null = null;
  const flush = () => {
    if (group)
      items.push({
        at: group.at,
        kind: "notify",
        summary: notifySummary(group),
        actor: null,
        count: group.count,
      });
    group = null;
  };
  for (const entry of all) {
    if (entry.kind === "notify") {
      group ??= { at: entry.at, count: 0, targets: new Map() };
      group.count += 1;
      for (const target of entry.targets) {
        const known = group.targets.get(target.id) ?? { name: target.name, channels: new Set<string>() };
        if (entry.channel) known.channels.add(entry.channel);
        group.targets.set(target.id, known);
      }
      continue;
    }
    flush();
    const summary = describe(entry);
    const previous = items[items.length - 1];
    if (
      previous &&
      REPEATABLE.has(entry.kind) &&
      previous.kind === entry.kind &&
      previous.summary === summary
    ) {
      previous.count += 1;
      continue;
    }
    items.push({ at: entry.at, kind: entry.kind, summary, actor: personOf(entry.actor), count: 1 });
  }
  flush();
  return items;
}

const WEIGHT: Record<LogEntryKind, number> = {
  trigger: 80,
  resolve: 85,
  escalate: 75,
  assign: 70,
  annotate: 65,
  unacknowledge: 60,
  priority_change: 55,
  urgency_change: 55,
  snooze: 50,
  acknowledge: 40,
  reach_trigger_limit: 30,
  reach_ack_limit: 30,
  notify: 20,
  other: 10,
};
const INITIAL_ASSIGNMENT_WEIGHT = 30;

/** How much a line tells a reader: the first trigger, the first acknowledgement and the final resolve most. */
function tellingScores(items: readonly TimelineItem[]): number[] {
  const scores = items.map((item) => WEIGHT[item.kind]);
  const firstTrigger = items.findIndex((item) => item.kind === "trigger");
  const lastResolve = items.map((item) => item.kind).lastIndexOf("resolve");
  for (const index of [firstTrigger, lastResolve]) if (index >= 0) scores[index] = 100;
  const firstAck = items.findIndex((item) => item.kind === "acknowledge");
  if (firstAck >= 0) scores[firstAck] = 95;
  // The assignment logged beside the trigger only repeats the escalation policy's first level.
  const triggeredAt = items[firstTrigger]?.at;
  items.forEach((item, index) => {
    if (item.kind === "assign" && item.at === triggeredAt) scores[index] = INITIAL_ASSIGNMENT_WEIGHT;
  });
  return scores;
}

/** `count` items spread evenly from first to last, so a long run of equal lines is sampled, not cut. */
function evenlySpaced<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  if (count <= 1) return items.slice(0, count);
  return Array.from({ length: count }, (_, k) => items[Math.round((k * (items.length - 1)) / (count - 1))]!);
}

/** At most `limit` lines, the most telling ones, still oldest first; `omitted` says how many were left out. */
export function selectTelling(
  items: readonly TimelineItem[],
  limit: number,
): { items: TimelineItem[]; omitted: number } {
  if (items.length <= limit) return { items: [...items], omitted: 0 };
  const scores = tellingScores(items);
  const chosen: number[] = [];
  for (const tier of [...new Set(scores)].sort((a, b) => b - a)) {
    const room = limit - chosen.length;
    if (room <= 0) break;
    const members = scores.flatMap((score, index) => (score === tier ? [index] : []));
    chosen.push(...evenlySpaced(members, room));
  }
  chosen.sort((a, b) => a - b);
  return { items: chosen.map((index) => items[index]!), omitted: items.length - chosen.length };
}
