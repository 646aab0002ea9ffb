import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createDrill
} from "./chunk-I262OYW6.js";
import {
  STAGE_WORDS,
  localDay,
  readAndAssess
} from "./chunk-HAUS6P7U.js";
import "./chunk-54GUPZEM.js";
import {
  engineerOf
} from "./chunk-G4FESBZA.js";
import "./chunk-GMOACB7G.js";
import "./chunk-VLGA6NG5.js";
import "./chunk-IJE3HZ4D.js";
import "./chunk-V5UGJZVH.js";
import "./chunk-XVYO3GTT.js";
import {
  quoteAsData
} from "./chunk-ADOWJJJJ.js";
import "./chunk-BWXVZCPD.js";
import "./chunk-7WSIUUHN.js";
import "./chunk-HTE4XTY6.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-QOBY7TRA.js";
import {
  DAY_MS,
  parseInstant
} from "./chunk-OVEIKJ4F.js";
import "./chunk-P23S5MLP.js";
import "./chunk-GCCA2YSU.js";
import "./chunk-BZ4A7NZ4.js";
import "./chunk-HP6QBOZM.js";
import "./chunk-TMS5DXOB.js";
import "./chunk-65K74YAK.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/shadowing/render/render-drill-prompt.ts
function renderIncidentDrillPrompt(drill, mentee) {
  let trainee = drill.trainee, traineeText = [
    `Page: ${trainee.page.title} (${trainee.page.urgency} urgency, ${trainee.page.service}, ${trainee.page.at})`,
    ...trainee.page.alert ? [`Alert: ${trainee.page.alert}`] : [],
    ...trainee.page.details.map((detail) => `  ${detail}`),
    ...trainee.stages.flatMap((stage, index) => [
      "",
      `Stage ${index + 1} (${stage.offset}):`,
      ...stage.shows.map((show) => `- ${show}`),
      `Ask: ${stage.question}`
    ]),
    "",
    "Questions for the whole drill:",
    ...trainee.questions.map((question) => `- ${question}`),
    `Runbook: ${trainee.runbook ?? "none"}`
  ].join(`
`), key = drill.answerKey, keyText = [
    `What fixed it: ${key.resolution ?? "no note says"}`,
    `Resolved by: ${key.resolvedBy ?? "unknown"}; time to acknowledge ${key.timeToAcknowledge ?? "none"}, to resolve ${key.timeToResolve ?? "unknown"}`,
    "Commands:",
    ...key.commands.map((command) => `- ${command.offset} (${command.purpose}): ${command.command}`),
    "Decision points:",
    ...key.decisionPoints.map((point) => `- ${point.offset}: ${point.what}`)
  ].join(`
`);
  return [
    `You are the game master of an incident drill ("Wheel of Misfortune") for ${mentee.name}, replaying incident #${drill.incident.number} on ${drill.incident.service}.`,
    "",
    "Rules:",
    "1. Start by showing only the page, then ask what they do first.",
    "2. After each answer, give one or two sentences of feedback, then reveal the next stage only: one stage per answer, in order.",
    "3. Never reveal or hint at anything in the answer key (the fix, the commands, who resolved it) until they state their fix or ask to stop.",
    "4. Then compare their path with the answer key: what they did well, what the responder did, where a decision point was, and the real times to acknowledge and resolve.",
    `5. End with a one-line summary the lead can add to team.yaml drillHistory (mentee: ${mentee.id}, incident: ${drill.incident.number}).`,
    "",
    "## Trainee part (reveal stage by stage)",
    "",
    quoteAsData(traineeText, "The trainee part", "text"),
    "",
    "## Answer key (for you only until the end)",
    "",
    quoteAsData(keyText, "The answer key", "text")
  ].join(`
`);
}

// src/shadowing/render/render-one-on-one-prompt.ts
function renderOneOnOnePrompt(facts) {
  let { mentee, assessment, names } = facts, { readiness, milestones } = assessment, day = (at) => localDay(at, mentee.timeZone), items = readiness.services.flatMap(
    (service) => service.items.map((item) => ({ ...item, service: service.service }))
  ), recent = items.filter((item) => Date.parse(item.at) >= facts.since.getTime()).sort((a, b) => Date.parse(a.at) - Date.parse(b.at)), handled = items.filter((item) => item.kind === "incident-handled"), uncovered = readiness.services.filter(
    (s) => s.learning && !s.items.some((i) => i.kind.endsWith("shift"))
  ), leastDrilled = readiness.services.filter((s) => s.learning).sort((a, b) => count(a.items, "drill") - count(b.items, "drill"))[0], stretch = readiness.ready && readiness.nextStage ? `Move to ${STAGE_WORDS[readiness.nextStage]}: ${readiness.nextStep}` : leastDrilled && count(leastDrilled.items, "drill") === 0 ? `A drill on ${names.service(leastDrilled.service)} (create_incident_drill, then the incident-drill prompt).` : readiness.nextStep, recognise = [...milestones].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0], line = (item) => `- ${day(item.at)}: ${describe(item, names)}`;
  return [
    `Draft the agenda for a 30-minute one-on-one between a lead and ${mentee.name}. Use only the facts below; be warm and specific. Sections: Progress since ${day(facts.since.toISOString())}; What they saw; Strengths shown; Learning goals not yet covered; Suggested stretch; One thing to recognise (quote the sentence given, ready to paste in the team channel); Questions to ask them (aspirations, what felt hard, what support they want).`,
    "",
    "## Facts",
    "",
    `- Stage: ${STAGE_WORDS[readiness.stage]}${readiness.nextStage ? `, next ${STAGE_WORDS[readiness.nextStage]}` : ""}; ${readiness.ready ? "ready to move on" : "not yet ready to move on"}.`,
    `- Next step from the records: ${readiness.nextStep}`,
    "",
    `### Since ${day(facts.since.toISOString())}`,
    "",
    ...recent.length === 0 ? ["- Nothing recorded in this time."] : recent.map(line),
    "",
    "### Strengths in the records",
    "",
    ...handled.length === 0 ? ["- No incident handled on a reverse-shadow shift yet."] : handled.map((item) => `- Handled #${item.ref} ${item.detail} on ${day(item.at)}.`),
    `- Drills done: ${count(items, "drill")}; shadow shifts: ${count(items, "shadow-shift")}; incidents seen: ${count(items, "incident-seen")}.`,
    "- Runbook changes proposed from their notes are not tracked here; ask.",
    "",
    "### Learning goals not yet covered by a shift",
    "",
    ...uncovered.length === 0 ? ["- None: every learning goal has had a shift."] : uncovered.map((s) => `- ${names.service(s.service)}`),
    "",
    "### Suggested stretch",
    "",
    `- ${stretch}`,
    "",
    "### One thing to recognise",
    "",
    recognise ? `- ${recognise.text}` : "- No milestone yet; recognise the effort of starting.",
    "",
    "### Milestones so far",
    "",
    ...milestones.length === 0 ? ["- None yet."] : milestones.map((m) => `- ${m.text}`)
  ].join(`
`);
}
function count(items, kind) {
  return items.filter((item) => item.kind === kind).length;
}
function describe(item, names) {
  switch (item.kind) {
    case "shadow-shift":
      return `shadowed ${names.engineer(item.ref)} on ${names.schedule(item.detail)}`;
    case "reverse-shadow-shift":
      return `carried the pager on ${names.schedule(item.detail)}, ${names.engineer(item.ref)} backing up`;
    case "incident-seen":
      return `saw #${item.ref} ${item.detail}`;
    case "incident-handled":
      return `handled #${item.ref} ${item.detail}`;
    case "drill":
      return `drilled incident ${item.ref}`;
  }
}

// src/shadowing/tools/path-prompt-answers.ts
var ONE_ON_ONE_DAYS = 14;
async function incidentDrillAnswer(menteeId, incidentId, ctx) {
  let { drill } = await createDrill(menteeId, incidentId, ctx), mentee = engineerOf(ctx.team, menteeId);
  return {
    description: `Incident drill for ${mentee.name}: #${drill.incident.number}`,
    messages: [renderIncidentDrillPrompt(drill, mentee)]
  };
}
async function oneOnOneAnswer(menteeId, sinceText, ctx) {
  let mentee = engineerOf(ctx.team, menteeId), since = new Date(ctx.now.getTime() - ONE_ON_ONE_DAYS * DAY_MS);
  if (sinceText !== void 0) {
    let parsed = parseInstant(sinceText.trim());
    if (typeof parsed == "string") throw new UserInputError(`since: ${parsed}.`);
    since = parsed;
  }
  let { assessments, names } = await readAndAssess([mentee], ctx);
  return {
    description: `One-on-one agenda for ${mentee.name}`,
    messages: [renderOneOnOnePrompt({ mentee, since, assessment: assessments[0], names })]
  };
}
export {
  ONE_ON_ONE_DAYS,
  incidentDrillAnswer,
  oneOnOneAnswer
};
