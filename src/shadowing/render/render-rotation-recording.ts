// What record_shadow_rotation answers: where the rotation was recorded (or undone), what was created, removed or
// already there, and, for each reverse shadow in PagerDuty, who is paged first, in a sentence. Pure.
import type { PagingChange } from "../../ports/sources.js";

const UNDO_HINT = "Undo: record_shadow_rotation with undo: true and the same window and pairings.";

export function renderRotationRecording(
  mode: "workspace" | "pagerduty",
  window: { from: string; to: string },
  count: number,
  recording: { created: string[]; existing: string[] },
  pagedFirst: readonly string[] = [],
): string {
  const where = mode === "pagerduty" ? "PagerDuty" : "the workspace";
  const lines = [
    `## Shadow rotation ${window.from} to ${window.to}`,
    "",
    recording.created.length === 0
      ? `All ${count} pairing${count === 1 ? " was" : "s were"} already recorded in ${where}; nothing new was created.`
      : `Recorded ${count} pairing${count === 1 ? "" : "s"} in ${where}.`,
  ];
  if (pagedFirst.length > 0) lines.push("", "### Who is paged first", "", ...pagedFirst.map((s) => `- ${s}`));
  if (recording.created.length > 0)
    lines.push("", "Created:", ...recording.created.map((item) => `- ${item}`));
  if (recording.existing.length > 0)
    lines.push("", "Already there:", ...recording.existing.map((item) => `- ${item}`));
  if (mode === "pagerduty") {
    lines.push(
      "",
      `Add each Shadow schedule to a level of the team's escalation policy, so mentees are paged alongside their mentors${pagedFirst.length > 0 ? ", and mentors alongside the mentees in reverse shadow" : ""}.`,
    );
  }
  return lines.join("\n");
}

export function renderRotationUndo(
  mode: "workspace" | "pagerduty",
  window: { from: string; to: string },
  count: number,
  removal: { removed: string[]; notRemoved: string[] },
  pagedFirst: readonly string[] = [],
): string {
  const where = mode === "pagerduty" ? "PagerDuty" : "the workspace";
  const lines = [
    `## Shadow rotation ${window.from} to ${window.to}: undone`,
    "",
    removal.removed.length === 0
      ? `Nothing recorded for the ${count} pairing${count === 1 ? "" : "s"} was left to remove from ${where}.`
      : `Removed what was recorded for the ${count} pairing${count === 1 ? "" : "s"} from ${where}${removal.notRemoved.length > 0 ? ", but for what is under Not removed" : ""}.`,
  ];
  if (pagedFirst.length > 0) lines.push("", "### Who is paged first", "", ...pagedFirst.map((s) => `- ${s}`));
  if (removal.removed.length > 0) lines.push("", "Removed:", ...removal.removed.map((item) => `- ${item}`));
  if (removal.notRemoved.length > 0)
    lines.push("", "Not removed:", ...removal.notRemoved.map((item) => `- ${item}`));
  return lines.join("\n");
}

/** One plain sentence per reverse shadow: who is paged first on the shadowed schedule, and what changed it. */
export function pagedFirstSentences(
  changes: readonly PagingChange[],
  nameOf: (engineerId: string) => string,
): string[] {
  return changes.map((change) => {
    const mentee = nameOf(change.shadow.mentee);
    const mentor = nameOf(change.shadow.mentor);
    const start = compact(change.shadow.start);
    const end = compact(change.shadow.end);
    const on = `on ${change.scheduleName}`;
    const backup = change.backupOverrideId
      ? `; ${mentor}'s backup on the Shadow schedule: ${change.backupOverrideId}`
      : "";
    const overrides = `(PagerDuty override ${change.overrideId ?? "not returned"}${backup})`;
    switch (change.state) {
      case "made":
        return `This changes who is paged first: from ${start} to ${end} ${mentee} is paged first ${on} instead of ${mentor} ${overrides}. ${UNDO_HINT}`;
      case "already":
        return `Already changed, nothing new: from ${start} to ${end} ${mentee} is paged first ${on} instead of ${mentor} ${overrides}. ${UNDO_HINT}`;
      case "removed":
        return `${mentor} is paged first again ${on} from ${start} to ${end}, not ${mentee}: override ${change.overrideId} is deleted.`;
      case "ended":
        return `${mentor} is paged first again ${on} from now to ${end}: override ${change.overrideId} had started, so PagerDuty ended it now (${mentee} was paged first until then).`;
      case "past":
        return `Nothing changed ${on} from ${start} to ${end}: that reverse shadow is over, and PagerDuty keeps past overrides (${change.overrideId}).`;
      case "absent":
        break;
    }
    return `Nothing changed ${on} from ${start} to ${end}: no override put ${mentee} first there, so whoever the schedule has on call is paged first.`;
  });
}

/** "2026-12-01T17:00:00.000Z" → "2026-12-01T17:00Z". */
function compact(instant: string): string {
  return new Date(instant).toISOString().replace(":00.000Z", "Z").replace(".000Z", "Z");
}
