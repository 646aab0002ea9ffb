import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  secondsBetween
} from "./chunk-V5UGJZVH.js";
import {
  NOTE_CAPS,
  clipCounted,
  condenseTimeline,
  selectTelling,
  shortenNote
} from "./chunk-BZ4A7NZ4.js";
import {
  formatDuration
} from "./chunk-HP6QBOZM.js";
import {
  byteLength,
  clip,
  plural
} from "./chunk-TMS5DXOB.js";
import {
  redactSecrets
} from "./chunk-65K74YAK.js";

// src/incidents/fix-lexicon.ts
var UNITS = "(?:nodes?|replicas?|instances?|servers?|workers?|pods?|machines?|hosts?|shards?|brokers?|vms?)", PHRASES = [
  {
    kind: "rollback",
    pattern: /\b(?:roll(?:ed|ing|s)?[ -]?back|rollbacks?|revert(?:ed|ing|s)?|rollout undo|undid|downgrad(?:e|ed|ing))\b/gi
  },
  {
    kind: "restart",
    pattern: /\b(?:re-?start(?:ed|ing|s)?|re-?boot(?:ed|ing|s)?|bounc(?:e|ed|ing)|recycl(?:e|ed|ing)|power[- ]cycl(?:e|ed|ing)|kill(?:ed|ing)? (?:the |all |stuck )?(?:pods?|process(?:es)?|jobs?|queries|connections))\b/gi
  },
  {
    kind: "failover",
    pattern: /\b(?:fail(?:ed|ing|s)?[ -]?over|failovers?|promot(?:e|ed|ing) (?:the |a )?(?:replica|standby|secondary)|switch(?:ed)?[ -]?over)\b/gi
  },
  {
    kind: "restore",
    pattern: /\b(?:restor(?:e|ed|ing|es)|recover(?:ed|ing)? (?:it |them |the \w+ )?from|from (?:a |the )?(?:\w+ )?(?:backups?|snapshots?))\b/gi
  },
  {
    kind: "scale",
    pattern: new RegExp(
      String.raw`\b(?:scal(?:e|ed|ing)(?: \w+)? (?:up|out|down|in)\b|(?:add(?:ed|ing)?|bring(?:ing)? up|brought up|sp[au]n up|spinning up|provision(?:ed|ing)?) (?:\d[\d,]*|an?|another) (?:more |new |extra )?${UNITS}\b|\d[\d,]* ${UNITS} with [\w ]{0,20}?\d+ ?[GT]B(?: \w+)?|resiz(?:e|ed|ing)\b|(?:more|extra|additional) (?:capacity|read replicas|replicas|disk space)|node ?pool)`,
      "gi"
    )
  },
  {
    kind: "migrate",
    pattern: /\b(?:migrat(?:e|ed|ing|ion)|mov(?:e|ed|ing) (?:the )?(?:traffic|capacity|load|shard|database)|drain(?:ed|ing)? (?:the )?(?:old )?(?:nodes?|hosts?|servers?))\b/gi
  },
  {
    kind: "messages",
    pattern: /\b(?:skip(?:ped|ping)? (?:the |an? |\d+ )?(?:bad |poison )?(?:offsets?|messages?|records?|events?|batch(?:es)?|partitions?)|replay(?:ed|ing|s)?|re-?process(?:ed|ing)?|re-?queu(?:e|ed|ing)|re-?deliver(?:ed|ing)?|dead[- ]letter(?:ed)?|purg(?:e|ed|ing)(?: the)? queue|(?:processed|processing|drained|draining) (?:the )?backlog)\b/gi
  },
  {
    kind: "fix",
    pattern: /\b(?:hot-?fix(?:ed|es)?|patch(?:ed|ing)\b|deploy(?:ed|ing)? (?:a |the )?(?:code )?fix|roll(?:ed)? out (?:a |the )?fix|fix (?:was )?(?:deployed|rolled out)|replaced (?:the |it with )?[\w ]{0,30}?(?:function|code|regex|expression))/gi
  },
  {
    kind: "disable",
    pattern: /\b(?:disabl(?:e|ed|ing)|turn(?:ed)? off|kill switch|global(?:ly)? kill|block(?:ed|ing)? (?:the |all )?(?:\w+ )?(?:ips?|traffic|requests|users|spammers|accounts|addresses|ranges?)|rate[- ]limit(?:ed|ing)|paus(?:e|ed|ing) (?:the )?\w+)\b/gi
  },
  {
    kind: "cleanup",
    pattern: /\b(?:vacuum(?:ed|ing)?(?: freeze)?|re-?index(?:ed|ing)?|truncat(?:e|ed|ing)|drop(?:ped)? (?:the )?table|(?:delet|remov)(?:e|ed|ing) (?:the|an?|all|stray|stuck|bad|offending|malformed|old) [\w-]+(?: \w+)?)\b/gi
  }
], SETTING = String.raw`[A-Za-z][\w-]*(?:[_.][\w-]+)+`, VALUE = String.raw`[\w.%/-]*\d[\w.%/,-]*|true|false|on|off`, CONFIG_PATTERNS = [
  // "Raised the connection pool to 200", "lowered max_connections from 8000 to 2000".
  new RegExp(
    String.raw`\b(?:rais|lower|increas|decreas|bump|chang|reduc|doubl|halv)(?:e|ed|es|ing)? (?:the )?(?:[\w.-]+ ){1,4}?(?:from (?:${VALUE}) )?to (?:${VALUE})`,
    "gi"
  ),
  new RegExp(String.raw`\b(${SETTING})\s*(?:=|:=|to)\s*\`?(${VALUE})\`?`, "g"),
  new RegExp(String.raw`\b(${SETTING})\s+from\s+(${VALUE})\s+to\s+(${VALUE})`, "g"),
  new RegExp(String.raw`\bset\s+\`?([A-Za-z][\w.-]*)\`?\s+(?:to|=)\s+\`?(${VALUE})\`?`, "gi")
], SCRIPT = /(?:^|[\s(`'"])((?:\.{1,2}\/|\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:sh|bash|py|rb|pl|ps1|sql|js|ts|go))\b/g, BACKTICKED = /`([^`\n]{3,160})`/g, FENCED_BLOCK = /```[\w-]*\n([\s\S]*?)```/g, SHELL_LINE = /^\s*\$\s+(\S[^\n]{1,160})$/gm;
function configActions(text) {
  let found = [];
  for (let pattern of CONFIG_PATTERNS)
    for (let match of text.matchAll(pattern))
      found.push({ kind: "config", text: match[0].replaceAll("`", "") });
  return found;
}
function commandActions(text) {
  let found = [];
  for (let match of text.matchAll(SCRIPT)) found.push({ kind: "script", text: match[1] });
  let command = (line) => {
    let body = line.replace(/\s#.*$/, "").trim();
    /^[\w./-]+\s+\S/.test(body) && !body.includes(": ") && found.push({ kind: "command", text: body });
  };
  for (let match of text.matchAll(FENCED_BLOCK)) for (let line of match[1].split(`
`)) command(line);
  for (let match of text.replace(FENCED_BLOCK, " ").matchAll(BACKTICKED)) command(match[1]);
  for (let match of text.matchAll(SHELL_LINE)) found.push({ kind: "command", text: match[1].trim() });
  return found;
}
function recogniseActions(text) {
  let safe = redactSecrets(text), found = [];
  for (let { kind, pattern } of PHRASES)
    for (let match of safe.matchAll(pattern)) found.push({ kind, text: match[0] });
  found.push(...configActions(safe), ...commandActions(safe));
  let seen = /* @__PURE__ */ new Set();
  return found.filter((action) => {
    let key = `${action.kind}\0${action.text.toLowerCase()}`;
    return seen.has(key) ? !1 : (seen.add(key), !0);
  });
}

// src/incidents/resolution.ts
var RESOLUTION_ENTRIES = 4, RESOLUTION_CHARS = 1e3, ACTIONS_KEPT = 12, ENTRY_CHARS_READ = 8e3;
function humanWritten(entries, notes) {
  let written = [], seen = /* @__PURE__ */ new Set(), add = (id, at, text, isResolveMessage) => {
    let trimmed = text?.slice(0, ENTRY_CHARS_READ).trim();
    if (!trimmed) return;
    let key = trimmed.replace(/\s+/g, " ");
    seen.has(key) || (seen.add(key), written.push({ id, at, text: trimmed, isResolveMessage }));
  };
  for (let entry of entries)
    entry.kind === "annotate" ? add(entry.id, entry.at, entry.message, !1) : entry.kind === "resolve" ? add(entry.id, entry.at, entry.message, !0) : entry.actor && entry.message && entry.kind !== "notify" && add(entry.id, entry.at, entry.message, !1);
  for (let note of notes) add(note.id, note.at, note.content, !1);
  return written.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
function clipEnd(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}\u2026`;
}
function findResolution(entries, notes, resolvedAt) {
  let end = resolvedAt === null ? Number.POSITIVE_INFINITY : Date.parse(resolvedAt), before = humanWritten(entries, notes).filter((item) => Date.parse(item.at) <= end);
  if (before.length === 0) return null;
  let withActions = before.map((item) => ({ item, actions: recogniseActions(item.text) })), acting = withActions.filter(({ actions }) => actions.length > 0).slice(-RESOLUTION_ENTRIES), resolveMessage = withActions.filter(({ item }) => item.isResolveMessage).pop(), chosen = acting.length > 0 ? [.../* @__PURE__ */ new Set([...acting, ...resolveMessage ? [resolveMessage] : []])] : [resolveMessage ?? withActions[withActions.length - 1]];
  chosen.sort((a, b) => Date.parse(a.item.at) - Date.parse(b.item.at));
  let lines = chosen.map(
    ({ item }) => `${item.at.slice(11, 16)} ${redactSecrets(item.text).replace(/\s+/g, " ")}`
  );
  return {
    text: clipEnd(lines.join(`
`), RESOLUTION_CHARS),
    entryIds: chosen.map(({ item }) => item.id),
    actions: chosen.flatMap(({ actions }) => actions).slice(0, ACTIONS_KEPT)
  };
}

// src/incidents/summarize.ts
var SUMMARY_LIMITS = {
  brief: { timeline: 15, notes: 4, noteChars: 1e3, responders: 12 },
  full: { timeline: 60, notes: 10, noteChars: 2e3, responders: 30 }
}, STRUCTURED_BUDGET_BYTES = 23e3, TITLE_CHARS = 300, ACTOR_ACTIONS = {
  trigger: "triggered",
  acknowledge: "acknowledged",
  unacknowledge: "unacknowledged",
  annotate: "annotated",
  assign: "reassigned",
  escalate: "escalated",
  snooze: "snoozed",
  priority_change: "changed-priority",
  urgency_change: "changed-urgency",
  resolve: "resolved"
}, TARGET_ACTIONS = {
  notify: "notified",
  assign: "assigned",
  escalate: "escalated-to"
};
function sortedByTime(items) {
  return [...items].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
function isInitialAssignment(entry, triggeredAt) {
  return entry.kind === "assign" && Date.parse(entry.at) - triggeredAt <= 1e3;
}
function responders(entries, notes, triggeredAt, limit) {
  let events = [];
  for (let entry of entries) {
    let initial = isInitialAssignment(entry, triggeredAt), actorAction = ACTOR_ACTIONS[entry.kind];
    entry.actor && actorAction && !initial && events.push({ at: entry.at, person: entry.actor, action: actorAction });
    let targetAction = TARGET_ACTIONS[entry.kind];
    if (targetAction)
      for (let person of entry.targets) events.push({ at: entry.at, person, action: targetAction });
  }
  for (let note of notes)
    note.author && events.push({ at: note.at, person: note.author, action: "annotated" });
  let people = /* @__PURE__ */ new Map();
  for (let event of sortedByTime(events)) {
    let known = people.get(event.person.id) ?? {
      id: event.person.id,
      name: event.person.name,
      actions: []
    };
    known.actions.includes(event.action) || known.actions.push(event.action), people.set(event.person.id, known);
  }
  let all = [...people.values()];
  return { kept: all.slice(0, limit), omitted: Math.max(0, all.length - limit) };
}
function notifications(entries, notRead) {
  let byChannel = {}, total = 0;
  for (let entry of entries) {
    if (entry.kind !== "notify") continue;
    total += 1;
    let channel = entry.channel ?? "unknown";
    byChannel[channel] = (byChannel[channel] ?? 0) + 1;
  }
  return notRead > 0 && (byChannel.unknown = (byChannel.unknown ?? 0) + notRead), { total: total + notRead, byChannel };
}
function alertFacts(incident, alerts) {
  let times = alerts.items.map((alert) => alert.createdAt).sort((a, b) => Date.parse(a) - Date.parse(b));
  return {
    total: Math.max(alerts.total, alerts.items.length, incident.alertCounts?.all ?? 0),
    distinctKeys: new Set(alerts.items.map((alert) => alert.key ?? `summary:${alert.summary}`)).size,
    firstAt: times[0] ?? null,
    lastAt: times[times.length - 1] ?? null
  };
}
function openQuestions(records, facts) {
  let { incident, logEntries, alerts, notes } = records, questions = [], resolved = incident.status === "resolved";
  return resolved || questions.push(
    `Still ${incident.status} after ${formatDuration(facts.durationSeconds)}: who owns it now, and what is the next step?`
  ), facts.acknowledgedAt ? resolved && facts.resolveEntrySeen && !facts.resolvedByPerson && questions.push("It resolved without a person resolving it (integration or timeout): was anything done?") : incident.status === "acknowledged" ? questions.push(
    "The status is acknowledged but no acknowledgement is in the log entries read: who acknowledged it?"
  ) : resolved && !facts.resolvedByPerson ? questions.push(
    "Nobody acknowledged it and no person resolved it: did the alert clear on its own, or was the page missed?"
  ) : questions.push(
    resolved ? "It was resolved without being acknowledged: was the page seen in time?" : "Nobody has acknowledged it yet."
  ), facts.escalationsBeforeAck > 0 && questions.push(
    `It escalated ${plural(facts.escalationsBeforeAck, "time")} before anyone acknowledged: was the first responder reachable?`
  ), facts.resolution && facts.resolution.actions.length === 0 && questions.push(
    resolved ? "What was written before the resolve names no action (rollback, restart, config change\u2026): what fixed it?" : "No note yet names an action taken (rollback, restart, config change\u2026)."
  ), facts.resolution || questions.push(
    resolved ? "No note or resolve message says what fixed it." : notes.length === 0 ? "No note records what has been tried so far." : "No note yet says what was done to fix it."
  ), logEntries.items.length < logEntries.total && questions.push(
    `Only ${logEntries.items.length} of ${logEntries.total} log entries were read: the timeline may miss steps.`
  ), alerts.items.length < alerts.total && questions.push(
    `Only ${alerts.items.length} of ${alerts.total} alerts were read: alert keys and times are partial.`
  ), questions;
}
function toNotes(notes, limit, chars) {
  return (notes.length <= limit ? notes : [...notes.slice(0, 1), ...notes.slice(notes.length - (limit - 1))]).slice(0, limit).map((note) => ({
    at: note.at,
    author: note.author ? { id: note.author.id, name: note.author.name } : null,
    content: clipCounted(note.content, chars)
  }));
}
function summarizeIncident(records, options) {
  let { incident } = records, limits = SUMMARY_LIMITS[options.detail], entries = sortedByTime(records.logEntries.items), notes = sortedByTime(records.notes), firstTrigger = entries.find((entry) => entry.kind === "trigger"), triggeredAt = Date.parse(firstTrigger?.at ?? incident.createdAt), firstAck = entries.find((entry) => entry.kind === "acknowledge"), lastResolve = [...entries].reverse().find((entry) => entry.kind === "resolve"), resolved = incident.status === "resolved", resolvedAt = resolved ? incident.resolvedAt ?? lastResolve?.at ?? null : null, acknowledgedAt = firstAck?.at ?? null, escalationEntries = entries.filter((entry) => entry.kind === "escalate"), durationEnd = resolvedAt ?? options.now.toISOString(), facts = {
    acknowledgedAt,
    resolvedAt,
    escalationsBeforeAck: escalationEntries.filter(
      (entry) => !acknowledgedAt || Date.parse(entry.at) < Date.parse(acknowledgedAt)
    ).length,
    resolvedByPerson: !!lastResolve?.actor,
    resolveEntrySeen: !!lastResolve,
    escalations: escalationEntries.length,
    resolution: findResolution(entries, notes, resolvedAt),
    durationSeconds: Math.max(0, secondsBetween(incident.createdAt, durationEnd))
  }, involved = responders(entries, notes, triggeredAt, limits.responders), fixed = {
    incident: {
      id: incident.id,
      number: incident.number,
      title: clip(redactSecrets(incident.title), TITLE_CHARS),
      status: incident.status,
      urgency: incident.urgency,
      priority: incident.priority,
      service: { id: incident.service.id, name: incident.service.name },
      url: incident.url
    },
    detail: options.detail,
    createdAt: incident.createdAt,
    acknowledgedAt,
    resolvedAt,
    timeToAcknowledgeSeconds: acknowledgedAt ? Math.max(0, secondsBetween(incident.createdAt, acknowledgedAt)) : null,
    timeToResolveSeconds: resolvedAt ? Math.max(0, secondsBetween(incident.createdAt, resolvedAt)) : null,
    durationSeconds: facts.durationSeconds,
    resolvedBy: resolved && lastResolve?.actor ? { id: lastResolve.actor.id, name: lastResolve.actor.name } : null,
    responders: involved.kept,
    respondersOmitted: involved.omitted,
    escalations: facts.escalations,
    reassignments: entries.filter(
      (entry) => entry.kind === "assign" && !isInitialAssignment(entry, triggeredAt)
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
      requests: records.requests
    }
  }, condensed = condenseTimeline(entries, notes), build = (timelineLimit2, notesLimit2, noteChars) => {
    let timeline = selectTelling(condensed, timelineLimit2);
    return {
      ...fixed,
      notes: toNotes(notes, notesLimit2, Math.min(noteChars, limits.noteChars)),
      timeline: timeline.items.map((item) => shortenNote(item, noteChars)),
      timelineOmitted: timeline.omitted
    };
  }, notesLimit = limits.notes, timelineLimit = limits.timeline, capIndex = 0, summary = build(timelineLimit, notesLimit, NOTE_CAPS[capIndex]);
  for (; byteLength(JSON.stringify(summary)) > STRUCTURED_BUDGET_BYTES && (notesLimit > 1 || capIndex < NOTE_CAPS.length - 1 || timelineLimit > 5); )
    notesLimit > 1 ? notesLimit -= 1 : capIndex < NOTE_CAPS.length - 1 ? capIndex += 1 : timelineLimit = Math.max(5, timelineLimit - 5), summary = build(timelineLimit, notesLimit, NOTE_CAPS[capIndex]);
  return summary;
}

export {
  summarizeIncident
};
