import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatInZone,
  formatUtcMinute,
  planForMentee
} from "./chunk-SK7JI2KM.js";
import "./chunk-5J5TFA2B.js";
import {
  runbooksForServices
} from "./chunk-54GUPZEM.js";
import {
  knownEngineer
} from "./chunk-G4FESBZA.js";
import "./chunk-M5B2Y6FW.js";
import "./chunk-23M5H5XB.js";
import "./chunk-V5UGJZVH.js";
import "./chunk-XVYO3GTT.js";
import {
  quoteAsData
} from "./chunk-ADOWJJJJ.js";
import "./chunk-HKFD4U5M.js";
import "./chunk-BWXVZCPD.js";
import "./chunk-7WSIUUHN.js";
import "./chunk-5M6LFBTC.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-QOBY7TRA.js";
import "./chunk-AVLOQ4UV.js";
import {
  DAY_MS,
  parseInstant
} from "./chunk-OVEIKJ4F.js";
import "./chunk-P23S5MLP.js";
import "./chunk-GCCA2YSU.js";
import "./chunk-65K74YAK.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/shadowing/render/render-briefing-prompt.ts
function renderShadowBriefingPrompt(facts) {
  let { mentee, mentor } = facts, lines = [
    `Write a short, friendly briefing for ${mentee.name}, who is about to shadow ${mentor.name} on call. Use only the facts below. Sections: who and when; the services and where their runbooks are; what happened on them lately; what to watch for and what to ask ${mentor.name}. Keep it under 300 words.`,
    "",
    "## Facts",
    "",
    `- Shadow shift${facts.recorded ? "" : " (suggested, not yet recorded: record it with record_shadow_rotation)"}: ${facts.schedule.name} (${facts.schedule.id}), ${formatUtcMinute(facts.start)} to ${formatUtcMinute(facts.end)} UTC.`,
    `- For ${mentee.name} (${mentee.timeZone}): ${formatInZone(facts.start, mentee.timeZone)} to ${formatInZone(facts.end, mentee.timeZone)}.`,
    `- Mentor: ${mentor.name}, ${mentor.level}, ${mentor.timeZone} (${formatInZone(facts.start, mentor.timeZone)} at the start)${mentor.skills.length > 0 ? `; knows ${mentor.skills.join(", ")} well` : ""}.`
  ], goals = facts.services.filter((service) => mentee.learning.includes(service.id));
  goals.length > 0 && lines.push(`- On ${mentee.name}'s learning goals: ${goals.map((s) => s.name).join(", ")}.`), lines.push("", "## Services and runbooks", ""), facts.services.length === 0 && lines.push("- The schedule lists no services.");
  for (let service of facts.services) {
    let runbook = service.runbook;
    lines.push(
      runbook ? `- ${service.name}: runbook ${runbook.path} ("${runbook.title}"${runbook.sections.length > 0 ? `; sections: ${runbook.sections.join(", ")}` : ""}).` : `- ${service.name}: no runbook yet.`
    );
  }
  let since = formatUtcMinute(facts.incidentWindow.since), until = formatUtcMinute(facts.incidentWindow.until);
  if (lines.push("", `## Last incidents on these services (${since} to ${until} UTC)`, ""), facts.incidents.length === 0)
    lines.push("None in that time.");
  else {
    let listed = facts.incidents.map(
      (incident) => `#${incident.number} [${incident.status}, ${incident.urgency}] ${incident.service.name}, ${formatUtcMinute(new Date(incident.createdAt))} UTC: ${incident.title}`
    ).join(`
`);
    lines.push(quoteAsData(listed, "The incident list", "text"));
  }
  return lines.push("", "## What a shadow should watch for", "", ...watchFor(facts).map((item) => `- ${item}`)), lines.join(`
`);
}
function watchFor(facts) {
  let { mentor } = facts, items = [
    `How ${mentor.name} acknowledges a page, and what they look at first before touching anything.`,
    `When ${mentor.name} decides to escalate or call someone in, and how they keep the incident notes.`
  ], busy = countByService(facts.incidents);
  for (let service of facts.services) {
    let count = busy.get(service.id) ?? 0;
    count > 0 && items.push(
      `${service.name} paged ${count} time${count === 1 ? "" : "s"} lately: ask which of those alerts recur and how ${mentor.name} tells a real problem from noise.`
    ), service.runbook || items.push(
      `${service.name} has no runbook: write down the steps ${mentor.name} takes; they can become its first runbook.`
    );
  }
  return items.push(`Ask to take the first look at the next page while ${mentor.name} watches.`), items;
}
function countByService(incidents) {
  let counts = /* @__PURE__ */ new Map();
  for (let incident of incidents)
    counts.set(incident.service.id, (counts.get(incident.service.id) ?? 0) + 1);
  return counts;
}

// src/shadowing/tools/briefing-prompt-answer.ts
var INCIDENT_LOOKBACK_DAYS = 28, INCIDENTS_LISTED = 8;
async function shadowBriefingAnswer(menteeId, startText, ctx) {
  let facts = await briefingFacts(menteeId, startText, ctx);
  return {
    description: `Shadow briefing for ${facts.mentee.name} with ${facts.mentor.name}`,
    messages: [renderShadowBriefingPrompt(facts)]
  };
}
async function briefingFacts(menteeId, startText, ctx) {
  let mentee = knownEngineer(ctx.team, menteeId, "mentee"), start = startText === void 0 ? null : instant(startText), shift = recordedShift(ctx.team.shadowHistory, mentee.id, start, ctx.now) ?? await suggestedShift(mentee, start, ctx), fetch = { signal: ctx.signal, requests: ctx.requests }, schedule = (await ctx.sources.schedules.listSchedules(fetch)).find(
    (s) => s.id === shift.record.schedule
  ), serviceIds = schedule?.services ?? [], shiftStart = new Date(shift.record.start), until = new Date(Math.min(shiftStart.getTime(), ctx.now.getTime())), since = new Date(until.getTime() - INCIDENT_LOOKBACK_DAYS * DAY_MS), [runbooks, page] = await Promise.all([
    runbooksForServices(serviceIds, ctx),
    serviceIds.length === 0 ? Promise.resolve({ incidents: [], more: !1 }) : ctx.sources.incidents.listIncidents(
      {
        since: since.toISOString(),
        until: until.toISOString(),
        serviceIds,
        limit: INCIDENTS_LISTED,
        offset: 0
      },
      fetch
    )
  ]);
  return {
    mentee,
    mentor: knownEngineer(ctx.team, shift.record.mentor, "mentor"),
    schedule: { id: shift.record.schedule, name: schedule?.name ?? shift.record.schedule },
    start: shiftStart,
    end: new Date(shift.record.end),
    recorded: shift.recorded,
    services: serviceIds.map((id) => ({
      id,
      name: ctx.team.services.find((s) => s.id === id)?.name ?? id,
      runbook: runbooks.get(id) ?? null
    })),
    incidents: page.incidents,
    incidentWindow: { since, until }
  };
}
function recordedShift(history, mentee, start, now) {
  let own = history.filter((record2) => record2.mentee === mentee).sort((a, b) => Date.parse(a.start) - Date.parse(b.start)), at = start?.getTime(), record = at === void 0 ? own.find((r) => Date.parse(r.end) > now.getTime()) : own.find((r) => Date.parse(r.start) <= at && at < Date.parse(r.end));
  return record ? { record, recorded: !0 } : null;
}
async function suggestedShift(mentee, start, ctx) {
  let from = start ?? ctx.now, plan = await planForMentee(mentee.id, from, ctx), first = plan.pairings[0];
  if (!first) {
    let why = plan.unmatched[0];
    throw new UserInputError(
      `${mentee.name} has no shadow shift recorded${start ? ` at ${start.toISOString()}` : " ahead"} and none fits in the 4 weeks from ${from.toISOString()}${why ? `: ${why.reason}; to fix, ${why.fix}` : ""}.`
    );
  }
  return {
    record: {
      mentee: mentee.id,
      mentor: first.mentor.id,
      schedule: first.schedule.id,
      start: first.start,
      end: first.end
    },
    recorded: !1
  };
}
function instant(text) {
  let parsed = parseInstant(text.trim());
  if (typeof parsed == "string") throw new UserInputError(`start: ${parsed}.`);
  return parsed;
}
export {
  briefingFacts,
  shadowBriefingAnswer
};
