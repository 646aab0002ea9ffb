import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readAndAssess
} from "./chunk-HAUS6P7U.js";
import {
  runbooksForServices
} from "./chunk-54GUPZEM.js";
import {
  engineerOf
} from "./chunk-G4FESBZA.js";
import {
  loadIncidentRecords
} from "./chunk-GMOACB7G.js";
import {
  summarizeIncident
} from "./chunk-VLGA6NG5.js";
import {
  extractSteps
} from "./chunk-XVYO3GTT.js";
import {
  DAY_MS
} from "./chunk-OVEIKJ4F.js";
import {
  formatDuration
} from "./chunk-HP6QBOZM.js";
import {
  clip
} from "./chunk-TMS5DXOB.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";

// src/shadowing/drills/build-drill.ts
var DRILL_LIMITS = { stages: 8, linesPerStage: 6, lineChars: 300 }, WITHHELD = "[command withheld: ask what they would run]";
function buildDrill(records, runbook, now) {
  let { incident } = records, summary = summarizeIncident(records, { detail: "brief", now }), entries = [...records.logEntries.items].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)), notes = [...records.notes].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)), steps = extractSteps(notes, entries), start = Date.parse(incident.createdAt), offset = (at) => `T+${formatDuration(Math.max(0, ((typeof at == "number" ? at : Date.parse(at)) - start) / 1e3))}`, mitigations = steps.filter((step) => step.purpose === "mitigation"), fixAt = Math.min(
    ...mitigations.map((step) => Date.parse(step.evidence[0].at)),
    ...entries.filter((entry) => entry.kind === "resolve").map((entry) => Date.parse(entry.at)),
    ...resolutionTimes(summary.resolution, notes, entries),
    Number.POSITIVE_INFINITY
  ), fixTexts = [
    ...mitigations.flatMap((step) => step.lines.map((line) => line.trim())).filter((line) => line.length > 3),
    ...(summary.resolution?.text.split(`
`) ?? []).map(
      (line) => line.replace(/^\d{2}:\d{2} /, "").replace(/…$/, "").trim().slice(0, 80)
    ).filter((line) => line.length > 3)
  ], leaks = (text) => fixTexts.some((fix) => text.includes(fix)), firstAlert = [...records.alerts.items].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)
  )[0], lines = traineeLines(records.alerts.items, firstAlert, entries, notes, steps, fixAt).filter(
    (line) => !leaks(line.text)
  ), stages = toStages(lines, offset), ackAt = summary.acknowledgedAt;
  return {
    incident: {
      id: incident.id,
      number: incident.number,
      title: incident.title,
      service: incident.service.name,
      url: incident.url
    },
    trainee: {
      page: {
        title: incident.title,
        service: incident.service.name,
        at: incident.createdAt,
        urgency: incident.urgency,
        alert: firstAlert ? firstAlert.summary : null,
        details: firstAlert ? alertDetails(firstAlert).filter((line) => !leaks(line)) : []
      },
      stages,
      questions: [
        "You are paged. What do you do in the first five minutes: acknowledge, open what, tell whom?",
        "What do you check first, and why there?",
        runbook ? `Which part of ${runbook} applies, and what does it tell you to check?` : "There is no runbook: where would you look for how this service behaves?",
        "What would make you escalate, and to whom?",
        "What is your fix, how do you know it worked, and what do you write in the incident?"
      ],
      runbook
    },
    answerKey: {
      resolution: summary.resolution?.text ?? null,
      resolvedBy: summary.resolvedBy?.name ?? null,
      timeToAcknowledge: summary.timeToAcknowledgeSeconds === null ? null : formatDuration(summary.timeToAcknowledgeSeconds),
      timeToResolve: summary.timeToResolveSeconds === null ? null : formatDuration(summary.timeToResolveSeconds),
      commands: steps.map((step) => ({
        offset: offset(step.evidence[0].at),
        purpose: step.purpose,
        command: step.lines.join(`
`)
      })),
      decisionPoints: decisionPoints(entries, steps, ackAt, offset)
    }
  };
}
function resolutionTimes(resolution, notes, entries) {
  if (!resolution) return [];
  let cited = new Set(resolution.entryIds), times = [...notes, ...entries.filter((entry) => entry.kind !== "resolve")].filter((record) => cited.has(record.id)).map((record) => Date.parse(record.at));
  return times.length > 0 ? [Math.max(...times)] : [];
}
function traineeLines(alerts, firstAlert, entries, notes, steps, fixAt) {
  let before = (at) => Date.parse(at) < fixAt, lines = [];
  for (let alert of alerts)
    alert === firstAlert || !before(alert.createdAt) || lines.push({
      at: Date.parse(alert.createdAt),
      text: `Alert: ${clip(alert.summary, DRILL_LIMITS.lineChars)}`,
      opensStage: !1
    });
  let noteTexts = new Set(notes.map((note) => note.content.trim()));
  for (let entry of entries) {
    if (!before(entry.at)) continue;
    let at = Date.parse(entry.at);
    entry.kind === "acknowledge" ? lines.push({ at, text: `Acknowledged by ${entry.actor?.name ?? "the responder"}.`, opensStage: !0 }) : entry.kind === "escalate" ? lines.push({
      at,
      text: `Escalated${entry.escalationLevel ? ` to level ${entry.escalationLevel}` : ""}: ${clip(entry.summary, DRILL_LIMITS.lineChars)}`,
      opensStage: !0
    }) : entry.kind === "notify" ? lines.push({ at, text: clip(entry.summary, DRILL_LIMITS.lineChars), opensStage: !1 }) : entry.kind === "annotate" && entry.message && !noteTexts.has(entry.message.trim()) && lines.push({ at, text: `Note: ${withoutCommands(entry.message, steps)}`, opensStage: !0 });
  }
  for (let note of notes) {
    if (!before(note.at)) continue;
    let who = note.author ? `${note.author.name}: ` : "";
    lines.push({
      at: Date.parse(note.at),
      text: `Note, ${who}${withoutCommands(note.content, steps)}`,
      opensStage: !0
    });
  }
  return lines.sort((a, b) => a.at - b.at);
}
function withoutCommands(text, steps) {
  let result = text;
  for (let step of steps)
    for (let line of step.lines) line.trim().length > 0 && (result = result.split(line).join(WITHHELD));
  return clip(result, DRILL_LIMITS.lineChars);
}
function toStages(lines, offset) {
  let collapsed = [];
  for (let line of lines) {
    let last = collapsed[collapsed.length - 1];
    last && last.text === line.text ? last.count++ : collapsed.push({ ...line, count: 1 });
  }
  let groups = [];
  for (let line of collapsed)
    (groups.length === 0 || line.opensStage && groups.length < DRILL_LIMITS.stages) && groups.push([]), groups[groups.length - 1].push(line);
  return groups.map((group) => {
    let shown = group.slice(0, DRILL_LIMITS.linesPerStage), hidden = group.length - shown.length;
    return {
      offset: offset(group[0].at),
      at: new Date(group[0].at).toISOString(),
      shows: [
        ...shown.map((line) => line.count > 1 ? `${line.text} (\xD7${line.count})` : line.text),
        ...hidden > 0 ? [`\u2026and ${hidden} more log lines like these.`] : []
      ],
      question: "What does this tell you, and what do you do next?"
    };
  });
}
function alertDetails(alert) {
  let details = alert.details;
  if (!details || typeof details != "object") return alert.severity ? [`severity: ${alert.severity}`] : [];
  let flat = [];
  for (let [key, value] of Object.entries(details))
    if (value !== null && typeof value == "object")
      for (let [inner, innerValue] of Object.entries(value))
        typeof innerValue != "object" && flat.push(`${key}.${inner}: ${String(innerValue)}`);
    else flat.push(`${key}: ${String(value)}`);
  return flat.slice(0, 12).map((line) => clip(line, DRILL_LIMITS.lineChars));
}
function decisionPoints(entries, steps, ackAt, offset) {
  let points = [];
  ackAt && points.push({ at: ackAt, what: "Acknowledged: the responder took ownership." });
  for (let entry of entries)
    entry.kind === "escalate" && points.push({ at: entry.at, what: `Escalated: ${entry.summary}` });
  for (let step of steps) {
    let first = step.lines[0];
    points.push({
      at: step.evidence[0].at,
      what: step.purpose === "mitigation" ? `Chose the fix: ${first}` : `Checked: ${first}`
    });
  }
  let resolve = [...entries].reverse().find((entry) => entry.kind === "resolve");
  return resolve && points.push({ at: resolve.at, what: `Resolved${resolve.actor ? ` by ${resolve.actor.name}` : ""}.` }), points.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).map((point) => ({ offset: offset(point.at), what: clip(point.what, DRILL_LIMITS.lineChars) }));
}

// src/shadowing/drills/choose-incident.ts
function chooseDrillIncident(input) {
  let eligible = input.candidates.filter(
    (incident) => incident.status === "resolved" && input.learning.includes(incident.service.id) && !input.excluded.has(incident.id) && !input.excluded.has(String(incident.number))
  ), drills = (incident) => input.drillsPerService.get(incident.service.id) ?? 0;
  return eligible.sort(
    (a, b) => drills(a) - drills(b) || +(b.urgency === "high") - +(a.urgency === "high") || Date.parse(b.createdAt) - Date.parse(a.createdAt)
  ), eligible[0] ?? null;
}

// src/shadowing/render/render-drill.ts
function renderDrill(drill, menteeName) {
  let { trainee, answerKey } = drill, page = trainee.page, lines = [
    `## Incident drill for ${menteeName}: #${drill.incident.number} on ${drill.incident.service}`,
    "",
    "Run it as a game master: show the page, ask, then reveal one stage per answer. Keep the answer key to yourself.",
    "",
    "### Trainee part",
    "",
    `**The page** (${page.urgency} urgency, ${page.service}, ${page.at}): ${page.title}`
  ];
  page.alert && lines.push("", `Alert: ${page.alert}`), page.details.length > 0 && lines.push("", ...page.details.map((detail) => `- ${detail}`));
  for (let [index, stage] of trainee.stages.entries())
    lines.push(
      "",
      `#### Stage ${index + 1}, ${stage.offset}`,
      "",
      ...stage.shows.map((show) => `- ${show}`),
      "",
      `Ask: ${stage.question}`
    );
  if (lines.push("", "#### Questions", "", ...trainee.questions.map((q) => `- ${q}`)), lines.push("", `Runbook: ${trainee.runbook ?? "none for this service"}`), lines.push(
    "",
    "### Answer key (for the person running the drill)",
    "",
    `- What fixed it: ${answerKey.resolution ?? "no note says; ask the responder"}`,
    `- Resolved by: ${answerKey.resolvedBy ?? "unknown"}`,
    `- Time to acknowledge: ${answerKey.timeToAcknowledge ?? "never acknowledged"}; time to resolve: ${answerKey.timeToResolve ?? "unknown"}`
  ), answerKey.commands.length > 0) {
    lines.push("", "Commands run:", "");
    for (let command of answerKey.commands)
      lines.push(
        `- ${command.offset} (${command.purpose}):`,
        "",
        "  ```sh",
        ...command.command.split(`
`).map((l) => `  ${l}`),
        "  ```"
      );
  }
  return lines.push("", "Decision points:", "", ...answerKey.decisionPoints.map((p) => `- ${p.offset}: ${p.what}`)), drill.incident.url && lines.push("", `Incident: ${drill.incident.url}`), lines.push(
    "",
    "When it is done, add it to team.yaml drillHistory (mentee, incident, service, at) so readiness counts it."
  ), lines.join(`
`);
}

// src/shadowing/tools/create-incident-drill-handler.ts
var LOOKBACK_DAYS = 365, CANDIDATES_READ = 500, handle = async (input, ctx) => {
  let drill = await createDrill(input.mentee, input.incidentId, ctx);
  return { structured: drill.structured, markdown: drill.markdown };
};
async function createDrill(menteeId, incidentId, ctx) {
  let mentee = engineerOf(ctx.team, menteeId), chosen = incidentId === void 0 ? await chooseIncident(mentee, ctx) : incidentId.trim(), records = await loadIncidentRecords(chosen, ctx);
  if (records.incident.status !== "resolved")
    throw new UserInputError(
      `Incident ${records.incident.number} is still ${records.incident.status}; drill a resolved incident, or leave incidentId out to have one chosen.`
    );
  let runbooks = await runbooksForServices([records.incident.service.id], ctx), drill = buildDrill(records, runbooks.get(records.incident.service.id)?.path ?? null, ctx.now);
  return { structured: { mentee: mentee.id, ...drill }, markdown: renderDrill(drill, mentee.name), drill };
}
async function chooseIncident(mentee, ctx) {
  if (mentee.learning.length === 0)
    throw new UserInputError(
      `${mentee.name} has no learning goals to drill; list services under learning for ${mentee.id} in team.yaml, or pass incidentId.`
    );
  let { assessments } = await readAndAssess([mentee], ctx), excluded = /* @__PURE__ */ new Set();
  for (let service of assessments[0].readiness.services)
    for (let item of service.items)
      item.kind !== "shadow-shift" && item.kind !== "reverse-shadow-shift" && excluded.add(item.ref);
  let drills = (ctx.team.drillHistory ?? []).filter((drill) => drill.mentee === mentee.id), drillsPerService = /* @__PURE__ */ new Map();
  for (let drill of drills)
    drillsPerService.set(drill.service, (drillsPerService.get(drill.service) ?? 0) + 1);
  let candidates = await resolvedIncidents(mentee.learning, ctx), choice = chooseDrillIncident({ candidates, learning: mentee.learning, excluded, drillsPerService });
  if (!choice)
    throw new UserInputError(
      `No resolved incident on ${mentee.learning.join(", ")} in the last ${LOOKBACK_DAYS} days that ${mentee.name} has not seen or drilled; pass incidentId to drill one anyway.`
    );
  return choice.id;
}
async function resolvedIncidents(serviceIds, ctx) {
  let fetch = { signal: ctx.signal, requests: ctx.requests }, since = new Date(ctx.now.getTime() - LOOKBACK_DAYS * DAY_MS).toISOString(), found = [];
  for (let offset = 0; offset < CANDIDATES_READ; offset += 100) {
    let page = await ctx.sources.incidents.listIncidents(
      {
        since,
        until: ctx.now.toISOString(),
        statuses: ["resolved"],
        serviceIds: [...serviceIds],
        limit: 100,
        offset
      },
      fetch
    );
    if (found.push(...page.incidents), !page.more) break;
  }
  return found;
}

export {
  handle,
  createDrill
};
