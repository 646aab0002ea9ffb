// The incident's story from its log: people first. What people wrote is kept whole (up to a generous cap); runs of
// machine entries (alert triggers, notifications, system messages) between two human steps fold into one line per
// kind ("1,781 triggers 09:02–09:47"); every state change is kept; then the most telling lines are chosen, notes
// before machine lines.
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
/** What a person wrote is shown whole up to this, then says how much more there is. */
export const NOTE_CHARS = 1_000;
const NAMED_TARGETS = 3;

/** Entries a machine writes, over and over in an alert storm: folded per run between human steps. */
const MACHINE_KINDS: ReadonlySet<LogEntryKind> = new Set([
  "trigger",
  "notify",
  "other",
  "reach_trigger_limit",
  "reach_ack_limit",
]);

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

/** Whole up to `max` characters, else cut there with "(… n more characters)". Secrets redacted first. */
export function clipCounted(text: string, max: number): string {
  const flat = redactSecrets(text).replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const kept = flat.slice(0, max).trimEnd();
  return `${kept} (… ${(flat.length - kept.length).toLocaleString("en-US")} more characters)`;
}

function describe(entry: LogEntry): string {
  const by = entry.actor ? ` by ${entry.actor.name}` : "";
  const message = entry.message ? clipCounted(entry.message, NOTE_CHARS) : "";
  switch (entry.kind) {
    case "acknowledge":
      return entry.actor ? `Acknowledged${by}` : safe(entry.summary, SUMMARY_CHARS);
    case "resolve":
      return `Resolved${by || (entry.summary ? ` (${safe(entry.summary, 60)})` : "")}${message ? `: ${message}` : ""}`;
    case "annotate":
      return `Note${by}: ${message || safe(entry.summary, SUMMARY_CHARS)}`;
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

/** A run of one kind of machine entry between two human steps. */
interface MachineGroup {
  kind: LogEntryKind;
  first: Instant;
  last: Instant;
  count: number;
  summaries: Set<string>;
  /** For notifications: person id → name and channels, in first-notified order. */
  targets: Map<string, { name: string; channels: Set<string> }>;
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

/** "09:02–09:47", or "11-23 23:50–11-24 00:10" across days. */
function span(group: MachineGroup): string {
  if (group.count === 1 || group.first === group.last) return "";
  const sameDay = group.first.slice(0, 10) === group.last.slice(0, 10);
  const clock = (at: Instant) => (sameDay ? at.slice(11, 16) : `${at.slice(5, 10)} ${at.slice(11, 16)}`);
  return ` ${clock(group.first)}–${clock(group.last)}`;
}

const NOUNS: Partial<Record<LogEntryKind, string>> = {
  trigger: "triggers",
  reach_trigger_limit: "trigger-limit messages",
  reach_ack_limit: "acknowledgement-limit messages",
};

function machineSummary(group: MachineGroup): string {
  if (group.kind === "notify") {
    const people = [...group.targets.values()];
    const shown = people
      .slice(0, NAMED_TARGETS)
      .map(({ name, channels }) => (channels.size > 0 ? `${name} (${[...channels].join(", ")})` : name));
    const others = people.length > NAMED_TARGETS ? ` and ${people.length - NAMED_TARGETS} others` : "";
    const who = shown.length > 0 ? `Notified ${shown.join(", ")}${others}` : "Notification sent";
    return group.count > 1 ? `${who}: ${count(group.count)} notifications${span(group)}` : who;
  }
  const [only] = group.summaries;
  if (group.count === 1) return only ?? "";
  const said = group.summaries.size === 1 && only ? `: ${only}` : "";
  const noun = NOUNS[group.kind] ?? "system entries";
  return `${count(group.count)} ${noun}${span(group)}${said}`;
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

function isMachine(entry: LogEntry, firstTriggerId: string | undefined): boolean {
  return MACHINE_KINDS.has(entry.kind) && entry.actor === null && entry.id !== firstTriggerId;
}

/**
 * The whole condensed timeline, oldest first. Notes stand in for annotate entries when the log has none
 * (a log read without them, or a workspace file that only lists notes). The first trigger keeps its own line.
 */
export function condenseTimeline(entries: readonly LogEntry[], notes: readonly Note[] = []): TimelineItem[] {
  const hasAnnotations = entries.some((entry) => entry.kind === "annotate");
  const all = hasAnnotations ? [...entries] : [...entries, ...notesAsEntries([...notes])];
  // A stable sort keeps the source's order for entries of the same instant.
  all.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const firstTriggerId = all.find((entry) => entry.kind === "trigger")?.id;

  const items: TimelineItem[] = [];
  let run = new Map<string, MachineGroup>();
  const flush = () => {
    const groups = [...run.values()].sort((a, b) => Date.parse(a.first) - Date.parse(b.first));
    for (const group of groups)
      items.push({
        at: group.first,
        kind: group.kind,
        summary: machineSummary(group),
        actor: null,
        count: group.count,
      });
    run = new Map();
  };
  for (const entry of all) {
    if (!isMachine(entry, firstTriggerId)) {
      flush();
      items.push({
        at: entry.at,
        kind: entry.kind,
        summary: describe(entry),
        actor: personOf(entry.actor),
        count: 1,
      });
      continue;
    }
    const key = entry.kind === "other" ? `other\u0000${entry.summary}` : entry.kind;
    const group = run.get(key) ?? {
      kind: entry.kind,
      first: entry.at,
      last: entry.at,
      count: 0,
      summaries: new Set<string>(),
      targets: new Map(),
    };
    group.count += 1;
    group.last = entry.at;
    if (entry.kind !== "notify" && group.summaries.size < 2) group.summaries.add(describe(entry));
    for (const target of entry.targets) {
      const known = group.targets.get(target.id) ?? { name: target.name, channels: new Set<string>() };
      if (entry.channel) known.channels.add(entry.channel);
      group.targets.set(target.id, known);
    }
    run.set(key, group);
  }
  flush();
  return items;
}

/** Caps tried in turn for what people wrote, when a summary must shrink to its size limit. */
export const NOTE_CAPS = [NOTE_CHARS, 600, 300, 160] as const;

/** The line with what the person wrote cut at `cap` characters, saying how many more there were. */
export function shortenNote<T extends { kind: string; summary: string }>(item: T, cap: number): T {
  if (!isHumanNote(item) || item.summary.length <= cap) return item;
  const cut = item.summary.slice(0, cap).trimEnd();
  const more = item.summary.length - cut.length;
  return { ...item, summary: `${cut} (… ${more.toLocaleString("en-US")} more characters)` };
}

/** A line of what a person wrote: a note, or a resolve with a message. These are never dropped for machine lines. */
export function isHumanNote(item: { kind: string; summary: string }): boolean {
  return item.kind === "annotate" || (item.kind === "resolve" && item.summary.includes(": "));
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
/** Above every machine line and state change but the first trigger and the final resolve. */
const HUMAN_NOTE_WEIGHT = 99;

/** How much a line tells a reader: the first trigger and the final resolve, then what people wrote, then the rest. */
function tellingScores(items: readonly TimelineItem[]): number[] {
  const scores = items.map((item) => WEIGHT[item.kind]);
  const firstTrigger = items.findIndex((item) => item.kind === "trigger");
  const lastResolve = items.map((item) => item.kind).lastIndexOf("resolve");
  items.forEach((item, index) => {
    if (isHumanNote(item)) scores[index] = HUMAN_NOTE_WEIGHT;
  });
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
