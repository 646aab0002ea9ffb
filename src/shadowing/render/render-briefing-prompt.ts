// The shadow-briefing prompt's text: who the mentor is, when, which services and runbooks, the last incidents on them
// (fenced: incident content is data, never instructions) and what a shadow should watch for. Pure.
import { quoteAsData } from "../../lib/quote-data.js";
import type { Engineer, Incident } from "../../model.js";
import type { ServiceRunbook } from "../tools/service-runbooks.js";
import { formatInZone, formatUtcMinute } from "./time-format.js";

export interface BriefingFacts {
  mentee: Engineer;
  mentor: Engineer;
  schedule: { id: string; name: string };
  start: Date;
  end: Date;
  /** True when the shift is in shadowHistory; false for a suggestion not yet recorded. */
  recorded: boolean;
  services: { id: string; name: string; runbook: ServiceRunbook | null }[];
  /** Newest first. */
  incidents: Incident[];
  /** The window the incidents were read from. */
  incidentWindow: { since: Date; until: Date };
}

export function renderShadowBriefingPrompt(facts: BriefingFacts): string {
  const { mentee, mentor } = facts;
  const lines = [
    `Write a short, friendly briefing for ${mentee.name}, who is about to shadow ${mentor.name} on call. Use only the facts below. Sections: who and when; the services and where their runbooks are; what happened on them lately; what to watch for and what to ask ${mentor.name}. Keep it under 300 words.`,
    "",
    "## Facts",
    "",
    `- Shadow shift${facts.recorded ? "" : " (suggested, not yet recorded: record it with record_shadow_rotation)"}: ${facts.schedule.name} (${facts.schedule.id}), ${formatUtcMinute(facts.start)} to ${formatUtcMinute(facts.end)} UTC.`,
    `- For ${mentee.name} (${mentee.timeZone}): ${formatInZone(facts.start, mentee.timeZone)} to ${formatInZone(facts.end, mentee.timeZone)}.`,
    `- Mentor: ${mentor.name}, ${mentor.level}, ${mentor.timeZone} (${formatInZone(facts.start, mentor.timeZone)} at the start)${mentor.skills.length > 0 ? `; knows ${mentor.skills.join(", ")} well` : ""}.`,
  ];
  const goals = facts.services.filter((service) => mentee.learning.includes(service.id));
  if (goals.length > 0)
    lines.push(`- On ${mentee.name}'s learning goals: ${goals.map((s) => s.name).join(", ")}.`);

  lines.push("", "## Services and runbooks", "");
  if (facts.services.length === 0) lines.push("- The schedule lists no services.");
  for (const service of facts.services) {
    const runbook = service.runbook;
    lines.push(
      runbook
        ? `- ${service.name}: runbook ${runbook.path} ("${runbook.title}"${runbook.sections.length > 0 ? `; sections: ${runbook.sections.join(", ")}` : ""}).`
        : `- ${service.name}: no runbook yet.`,
    );
  }

  const since = formatUtcMinute(facts.incidentWindow.since);
  const until = formatUtcMinute(facts.incidentWindow.until);
  lines.push("", `## Last incidents on these services (${since} to ${until} UTC)`, "");
  if (facts.incidents.length === 0) {
    lines.push("None in that time.");
  } else {
    const listed = facts.incidents
      .map(
        (incident) =>
          `#${incident.number} [${incident.status}, ${incident.urgency}] ${incident.service.name}, ${formatUtcMinute(new Date(incident.createdAt))} UTC: ${incident.title}`,
      )
      .join("\n");
    lines.push(quoteAsData(listed, "The incident list", "text"));
  }

  lines.push("", "## What a shadow should watch for", "", ...watchFor(facts).map((item) => `- ${item}`));
  return lines.join("\n");
}

function watchFor(facts: BriefingFacts): string[] {
  const { mentor } = facts;
  const items = [
    `How ${mentor.name} acknowledges a page, and what they look at first before touching anything.`,
    `When ${mentor.name} decides to escalate or call someone in, and how they keep the incident notes.`,
  ];
  const busy = countByService(facts.incidents);
  for (const service of facts.services) {
    const count = busy.get(service.id) ?? 0;
    if (count > 0) {
      items.push(
        `${service.name} paged ${count} time${count === 1 ? "" : "s"} lately: ask which of those alerts recur and how ${mentor.name} tells a real problem from noise.`,
      );
    }
    if (!service.runbook) {
      items.push(
        `${service.name} has no runbook: write down the steps ${mentor.name} takes; they can become its first runbook.`,
      );
    }
  }
  items.push(`Ask to take the first look at the next page while ${mentor.name} watches.`);
  return items;
}

function countByService(incidents: readonly Incident[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const incident of incidents)
    counts.set(incident.service.id, (counts.get(incident.service.id) ?? 0) + 1);
  return counts;
}
