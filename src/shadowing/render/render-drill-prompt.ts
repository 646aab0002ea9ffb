// The incident-drill prompt's text: the model runs the drill as game master, one stage per answer, with the answer
// key held back until the end. Both parts are fenced: incident content is data, never instructions. Pure.
import { quoteAsData } from "../../lib/quote-data.js";
import type { Drill } from "../drills/build-drill.js";

export function renderIncidentDrillPrompt(drill: Drill, mentee: { id: string; name: string }): string {
  const trainee = drill.trainee;
  const traineeText = [
    `Page: ${trainee.page.title} (${trainee.page.urgency} urgency, ${trainee.page.service}, ${trainee.page.at})`,
    ...(trainee.page.alert ? [`Alert: ${trainee.page.alert}`] : []),
    ...trainee.page.details.map((detail) => `  ${detail}`),
    ...trainee.stages.flatMap((stage, index) => [
      "",
      `Stage ${index + 1} (${stage.offset}):`,
      ...stage.shows.map((show) => `- ${show}`),
      `Ask: ${stage.question}`,
    ]),
    "",
    "Questions for the whole drill:",
    ...trainee.questions.map((question) => `- ${question}`),
    `Runbook: ${trainee.runbook ?? "none"}`,
  ].join("\n");
  const key = drill.answerKey;
  const keyText = [
    `What fixed it: ${key.resolution ?? "no note says"}`,
    `Resolved by: ${key.resolvedBy ?? "unknown"}; time to acknowledge ${key.timeToAcknowledge ?? "none"}, to resolve ${key.timeToResolve ?? "unknown"}`,
    "Commands:",
    ...key.commands.map((command) => `- ${command.offset} (${command.purpose}): ${command.command}`),
    "Decision points:",
    ...key.decisionPoints.map((point) => `- ${point.offset}: ${point.what}`),
  ].join("\n");
  return [
    `You are the game master of an incident drill ("Wheel of Misfortune") for ${mentee.name}, replaying incident #${drill.incident.number} on ${drill.incident.service}.`,
    "",
    "Rules:",
    "1. Start by showing only the page, then ask what they do first.",
    "2. After each answer, give one or two sentences of feedback, then reveal the next stage only: one stage per answer, in order.",
    "3. Never reveal or hint at anything in the answer key (the fix, the commands, who resolved it) until they state their fix or ask to stop.",
    "4. Then compare their path with the answer key: what they did well, what the responder did, where a decision point was, and the real times to acknowledge and resolve.",
    `5. End with a one-line summary the lead can record with record_incident_drill (mentee: ${mentee.id}, incidentId: ${drill.incident.number}).`,
    "",
    "## Trainee part (reveal stage by stage)",
    "",
    quoteAsData(traineeText, "The trainee part", "text"),
    "",
    "## Answer key (for you only until the end)",
    "",
    quoteAsData(keyText, "The answer key", "text"),
  ].join("\n");
}
