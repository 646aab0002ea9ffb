import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clip
} from "./chunk-TMS5DXOB.js";
import {
  redactSecrets
} from "./chunk-65K74YAK.js";

// src/incidents/timeline.ts
var SUMMARY_CHARS = 140, NOTE_CHARS = 1e3, NAMED_TARGETS = 3, MACHINE_KINDS = /* @__PURE__ */ new Set([
  "trigger",
  "notify",
  "other",
  "reach_trigger_limit",
  "reach_ack_limit"
]);
function personOf(ref) {
  return ref ? { id: ref.id, name: ref.name } : null;
}
function names(people) {
  let unique = [...new Map(people.map((person) => [person.id, person.name])).values()];
  return unique.length <= NAMED_TARGETS ? unique.join(", ") : `${unique.slice(0, NAMED_TARGETS).join(", ")} and ${unique.length - NAMED_TARGETS} others`;
}
function safe(text, max) {
  return clip(redactSecrets(text), max);
}
function clipCounted(text, max) {
  let flat = redactSecrets(text).replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  let kept = flat.slice(0, max).trimEnd();
  return `${kept} (\u2026 ${(flat.length - kept.length).toLocaleString("en-US")} more characters)`;
}
function describe(entry) {
  let by = entry.actor ? ` by ${entry.actor.name}` : "", message = entry.message ? clipCounted(entry.message, NOTE_CHARS) : "";
  switch (entry.kind) {
    case "acknowledge":
      return entry.actor ? `Acknowledged${by}` : safe(entry.summary, SUMMARY_CHARS);
    case "resolve":
      return `Resolved${by || (entry.summary ? ` (${safe(entry.summary, 60)})` : "")}${message ? `: ${message}` : ""}`;
    case "annotate":
      return `Note${by}: ${message || safe(entry.summary, SUMMARY_CHARS)}`;
    case "escalate": {
      let level = entry.escalationLevel !== null ? ` to level ${entry.escalationLevel}` : "", to = entry.targets.length > 0 ? ` (${names(entry.targets)})` : "";
      return `Escalated${level}${to}${by}`;
    }
    case "assign":
      return entry.targets.length > 0 ? `Assigned to ${names(entry.targets)}${by}` : safe(entry.summary, SUMMARY_CHARS);
    default:
      return safe(entry.summary, SUMMARY_CHARS);
  }
}
function count(n) {
  return n.toLocaleString("en-US");
}
function span(group) {
  if (group.count === 1 || group.first === group.last) return "";
  let sameDay = group.first.slice(0, 10) === group.last.slice(0, 10), clock = (at) => sameDay ? at.slice(11, 16) : `${at.slice(5, 10)} ${at.slice(11, 16)}`;
  return ` ${clock(group.first)}\u2013${clock(group.last)}`;
}
var NOUNS = {
  trigger: "triggers",
  reach_trigger_limit: "trigger-limit messages",
  reach_ack_limit: "acknowledgement-limit messages"
};
function machineSummary(group) {
  if (group.kind === "notify") {
    let people = [...group.targets.values()], shown = people.slice(0, NAMED_TARGETS).map(({ name, channels }) => channels.size > 0 ? `${name} (${[...channels].join(", ")})` : name), others = people.length > NAMED_TARGETS ? ` and ${people.length - NAMED_TARGETS} others` : "", who = shown.length > 0 ? `Notified ${shown.join(", ")}${others}` : "Notification sent";
    return group.count > 1 ? `${who}: ${count(group.count)} notifications${span(group)}` : who;
  }
  let [only] = group.summaries;
  if (group.count === 1) return only ?? "";
  let said = group.summaries.size === 1 && only ? `: ${only}` : "", noun = NOUNS[group.kind] ?? "system entries";
  return `${count(group.count)} ${noun}${span(group)}${said}`;
}
function notesAsEntries(notes) {
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
    escalationLevel: null
  }));
}
function isMachine(entry, firstTriggerId) {
  return MACHINE_KINDS.has(entry.kind) && entry.actor === null && entry.id !== firstTriggerId;
}
function condenseTimeline(entries, notes = []) {
  let all = entries.some((entry) => entry.kind === "annotate") ? [...entries] : [...entries, ...notesAsEntries([...notes])];
  all.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let firstTriggerId = all.find((entry) => entry.kind === "trigger")?.id, items = [], run = /* @__PURE__ */ new Map(), flush = () => {
    let groups = [...run.values()].sort((a, b) => Date.parse(a.first) - Date.parse(b.first));
    for (let group of groups)
      items.push({
        at: group.first,
        kind: group.kind,
        summary: machineSummary(group),
        actor: null,
        count: group.count
      });
    run = /* @__PURE__ */ new Map();
  };
  for (let entry of all) {
    if (!isMachine(entry, firstTriggerId)) {
      flush(), items.push({
        at: entry.at,
        kind: entry.kind,
        summary: describe(entry),
        actor: personOf(entry.actor),
        count: 1
      });
      continue;
    }
    let key = entry.kind === "other" ? `other\0${entry.summary}` : entry.kind, group = run.get(key) ?? {
      kind: entry.kind,
      first: entry.at,
      last: entry.at,
      count: 0,
      summaries: /* @__PURE__ */ new Set(),
      targets: /* @__PURE__ */ new Map()
    };
    group.count += 1, group.last = entry.at, entry.kind !== "notify" && group.summaries.size < 2 && group.summaries.add(describe(entry));
    for (let target of entry.targets) {
      let known = group.targets.get(target.id) ?? { name: target.name, channels: /* @__PURE__ */ new Set() };
      entry.channel && known.channels.add(entry.channel), group.targets.set(target.id, known);
    }
    run.set(key, group);
  }
  return flush(), items;
}
var NOTE_CAPS = [NOTE_CHARS, 600, 300, 160];
function shortenNote(item, cap) {
  if (!isHumanNote(item) || item.summary.length <= cap) return item;
  let cut = item.summary.slice(0, cap).trimEnd(), more = item.summary.length - cut.length;
  return { ...item, summary: `${cut} (\u2026 ${more.toLocaleString("en-US")} more characters)` };
}
function isHumanNote(item) {
  return item.kind === "annotate" || item.kind === "resolve" && item.summary.includes(": ");
}
var WEIGHT = {
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
  other: 10
}, INITIAL_ASSIGNMENT_WEIGHT = 30, HUMAN_NOTE_WEIGHT = 99;
function tellingScores(items) {
  let scores = items.map((item) => WEIGHT[item.kind]), firstTrigger = items.findIndex((item) => item.kind === "trigger"), lastResolve = items.map((item) => item.kind).lastIndexOf("resolve");
  items.forEach((item, index) => {
    isHumanNote(item) && (scores[index] = HUMAN_NOTE_WEIGHT);
  });
  for (let index of [firstTrigger, lastResolve]) index >= 0 && (scores[index] = 100);
  let firstAck = items.findIndex((item) => item.kind === "acknowledge");
  firstAck >= 0 && (scores[firstAck] = 95);
  let triggeredAt = items[firstTrigger]?.at;
  return items.forEach((item, index) => {
    item.kind === "assign" && item.at === triggeredAt && (scores[index] = INITIAL_ASSIGNMENT_WEIGHT);
  }), scores;
}
function evenlySpaced(items, count2) {
  return count2 >= items.length ? [...items] : count2 <= 1 ? items.slice(0, count2) : Array.from({ length: count2 }, (_, k) => items[Math.round(k * (items.length - 1) / (count2 - 1))]);
}
function selectTelling(items, limit) {
  if (items.length <= limit) return { items: [...items], omitted: 0 };
  let scores = tellingScores(items), chosen = [];
  for (let tier of [...new Set(scores)].sort((a, b) => b - a)) {
    let room = limit - chosen.length;
    if (room <= 0) break;
    let members = scores.flatMap((score, index) => score === tier ? [index] : []);
    chosen.push(...evenlySpaced(members, room));
  }
  return chosen.sort((a, b) => a - b), { items: chosen.map((index) => items[index]), omitted: items.length - chosen.length };
}

export {
  clipCounted,
  condenseTimeline,
  NOTE_CAPS,
  shortenNote,
  isHumanNote,
  selectTelling
};
