// What record_shadow_rotation answers: where the rotation was recorded, what was created and what was already there.
// Pure.

export function renderRotationRecording(
  mode: "workspace" | "pagerduty",
  window: { from: string; to: string },
  count: number,
  recording: { created: string[]; existing: string[] },
): string {
  const where = mode === "pagerduty" ? "PagerDuty" : "the workspace";
  const lines = [
    `## Shadow rotation ${window.from} to ${window.to}`,
    "",
    recording.created.length === 0
      ? `All ${count} pairing${count === 1 ? " was" : "s were"} already recorded in ${where}; nothing new was created.`
      : `Recorded ${count} pairing${count === 1 ? "" : "s"} in ${where}.`,
  ];
  if (recording.created.length > 0)
    lines.push("", "Created:", ...recording.created.map((item) => `- ${item}`));
  if (recording.existing.length > 0)
    lines.push("", "Already there:", ...recording.existing.map((item) => `- ${item}`));
  if (mode === "pagerduty") {
    lines.push(
      "",
      "Add each Shadow schedule to a level of the team's escalation policy, so mentees are paged alongside their mentors.",
    );
  }
  return lines.join("\n");
}
