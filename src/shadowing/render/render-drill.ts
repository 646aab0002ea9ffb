// A drill as the person running it reads it: the trainee's part first (to reveal one stage at a time), then the
// answer key, clearly apart. Pure.
import type { Drill } from "../drills/build-drill.js";

export function renderDrill(drill: Drill, menteeName: string): string {
  const { trainee, answerKey } = drill;
  const page = trainee.page;
  const lines = [
    `## Incident drill for ${menteeName}: #${drill.incident.number} on ${drill.incident.service}`,
    "",
    "Run it as a game master: show the page, ask, then reveal one stage per answer. Keep the answer key to yourself.",
    "",
    "### Trainee part",
    "",
    `**The page** (${page.urgency} urgency, ${page.service}, ${page.at}): ${page.title}`,
  ];
  if (page.alert) lines.push("", `Alert: ${page.alert}`);
  if (page.details.length > 0) lines.push("", ...page.details.map((detail) => `- ${detail}`));
  for (const [index, stage] of trainee.stages.entries()) {
    lines.push(
      "",
      `#### Stage ${index + 1}, ${stage.offset}`,
      "",
      ...stage.shows.map((show) => `- ${show}`),
      "",
      `Ask: ${stage.question}`,
    );
  }
  lines.push("", "#### Questions", "", ...trainee.questions.map((q) => `- ${q}`));
  lines.push("", `Runbook: ${trainee.runbook ?? "none for this service"}`);
  lines.push(
    "",
    "### Answer key (for the person running the drill)",
    "",
    `- What fixed it: ${answerKey.resolution ?? "no note says; ask the responder"}`,
    `- Resolved by: ${answerKey.resolvedBy ?? "unknown"}`,
    `- Time to acknowledge: ${answerKey.timeToAcknowledge ?? "never acknowledged"}; time to resolve: ${answerKey.timeToResolve ?? "unknown"}`,
  );
  if (answerKey.commands.length > 0) {
    lines.push("", "Commands run:", "");
    for (const command of answerKey.commands) {
      lines.push(
        `- ${command.offset} (${command.purpose}):`,
        "",
        "  ```sh",
        ...command.command.split("\n").map((l) => `  ${l}`),
        "  ```",
      );
    }
  }
  lines.push("", "Decision points:", "", ...answerKey.decisionPoints.map((p) => `- ${p.offset}: ${p.what}`));
  if (drill.incident.url) lines.push("", `Incident: ${drill.incident.url}`);
  lines.push(
    "",
    "When it is done, record it with record_incident_drill (or add it to team.yaml drillHistory) so readiness counts it.",
  );
  return lines.join("\n");
}
