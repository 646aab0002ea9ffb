// The one-on-one prompt's facts for a mentee: progress since a date, what they saw, strengths in the records, learning
// goals not yet covered, a suggested stretch and one thing to recognise. Pure.
import type { MenteeAssessment } from "../readiness/assess-team.js";
import type { EvidenceItem } from "../readiness/evidence.js";
import { localDay, type MilestoneNames } from "../readiness/milestones.js";
import { STAGE_WORDS } from "../readiness/readiness.js";

export interface OneOnOneFacts {
  mentee: { id: string; name: string; timeZone: string };
  since: Date;
  assessment: MenteeAssessment;
  names: MilestoneNames;
}

export function renderOneOnOnePrompt(facts: OneOnOneFacts): string {
  const { mentee, assessment, names } = facts;
  const { readiness, milestones } = assessment;
  const day = (at: string) => localDay(at, mentee.timeZone);
  const items = readiness.services.flatMap((service) =>
    service.items.map((item) => ({ ...item, service: service.service })),
  );
  const recent = items
    .filter((item) => Date.parse(item.at) >= facts.since.getTime())
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const handled = items.filter((item) => item.kind === "incident-handled");
  const uncovered = readiness.services.filter(
    (s) => s.learning && !s.items.some((i) => i.kind.endsWith("shift")),
  );
  const leastDrilled = readiness.services
    .filter((s) => s.learning)
    .sort((a, b) => count(a.items, "drill") - count(b.items, "drill"))[0];
  const stretch =
    readiness.ready && readiness.nextStage
      ? `Move to ${STAGE_WORDS[readiness.nextStage]}: ${readiness.nextStep}`
      : leastDrilled && count(leastDrilled.items, "drill") === 0
        ? `A drill on ${names.service(leastDrilled.service)} (create_incident_drill, then the incident-drill prompt).`
        : readiness.nextStep;
  const recognise = [...milestones].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
  const line = (item: EvidenceItem & { service: string }) => `- ${day(item.at)}: ${describe(item, names)}`;
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
    ...(recent.length === 0 ? ["- Nothing recorded in this time."] : recent.map(line)),
    "",
    "### Strengths in the records",
    "",
    ...(handled.length === 0
      ? ["- No incident handled on a reverse-shadow shift yet."]
      : handled.map((item) => `- Handled #${item.ref} ${item.detail} on ${day(item.at)}.`)),
    `- Drills done: ${count(items, "drill")}; shadow shifts: ${count(items, "shadow-shift")}; incidents seen: ${count(items, "incident-seen")}.`,
    "- Runbook changes proposed from their notes are not tracked here; ask.",
    "",
    "### Learning goals not yet covered by a shift",
    "",
    ...(uncovered.length === 0
      ? ["- None: every learning goal has had a shift."]
      : uncovered.map((s) => `- ${names.service(s.service)}`)),
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
    ...(milestones.length === 0 ? ["- None yet."] : milestones.map((m) => `- ${m.text}`)),
  ].join("\n");
}

function count(items: readonly EvidenceItem[], kind: EvidenceItem["kind"]): number {
  return items.filter((item) => item.kind === kind).length;
}

function describe(item: EvidenceItem, names: MilestoneNames): string {
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
