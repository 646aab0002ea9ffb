// Dated milestones on the path to on call, in sentences a lead can paste into a team channel. Pure.
import type { Stage } from "../../model.js";
import type { EvidenceItem, ServiceEvidence } from "./evidence.js";

export type MilestoneKind =
  | "first-shadow-shift"
  | "first-incident-seen"
  | "first-drill"
  | "first-reverse-shadow"
  | "first-runbook-change"
  | "ready-for-reverse-shadow"
  | "ready-for-on-call";

export interface Milestone {
  kind: MilestoneKind;
  at: string;
  text: string;
}

export interface MilestoneNames {
  engineer(id: string): string;
  service(id: string): string;
  schedule(id: string): string;
}

export interface MilestoneInput {
  mentee: { name: string; timeZone: string; stage: Stage };
  evidence: readonly ServiceEvidence[];
  /** Runbook lines citing incidents the mentee responded to or wrote notes on, dated by the incident, oldest first. */
  runbookChanges: readonly { at: string; runbook: string; incident: string }[];
  /** When the mentee met the gates of the shadow stage, and of reverse shadow, when they did. */
  readyForReverseShadow: string | null;
  readyForOnCall: string | null;
  names: MilestoneNames;
}

/** Oldest first; each kind at most once. */
export function milestones(input: MilestoneInput): Milestone[] {
  const { mentee, names } = input;
  const day = (at: string) => localDay(at, mentee.timeZone);
  const first = (kind: EvidenceItem["kind"]) => {
    let found: { item: EvidenceItem; service: string } | null = null;
    for (const service of input.evidence) {
      for (const item of service.items) {
        if (item.kind === kind && (!found || item.at < found.item.at))
          found = { item, service: service.service };
      }
    }
    return found;
  };
  const result: Milestone[] = [];
  const shadow = first("shadow-shift");
  if (shadow) {
    result.push({
      kind: "first-shadow-shift",
      at: shadow.item.at,
      text: `${mentee.name} shadowed their first on-call shift, with ${names.engineer(shadow.item.ref)} on ${names.schedule(shadow.item.detail)}, on ${day(shadow.item.at)}.`,
    });
  }
  const seen = first("incident-seen");
  if (seen) {
    result.push({
      kind: "first-incident-seen",
      at: seen.item.at,
      text: `${mentee.name} saw their first real incident on ${names.service(seen.service)}, #${seen.item.ref} ${seen.item.detail}, on ${day(seen.item.at)}.`,
    });
  }
  const drill = first("drill");
  if (drill) {
    result.push({
      kind: "first-drill",
      at: drill.item.at,
      text: `${mentee.name} worked through their first incident drill (${names.service(drill.service)}, incident ${drill.item.ref}) on ${day(drill.item.at)}.`,
    });
  }
  const reverse = first("reverse-shadow-shift");
  if (reverse) {
    result.push({
      kind: "first-reverse-shadow",
      at: reverse.item.at,
      text: `${mentee.name} carried the pager for the first time on ${day(reverse.item.at)}, with ${names.engineer(reverse.item.ref)} backing them up.`,
    });
  }
  const change = input.runbookChanges[0];
  if (change) {
    result.push({
      kind: "first-runbook-change",
      at: change.at,
      text: `${mentee.name}'s first runbook change from their notes: ${change.runbook} cites incident ${change.incident} of ${day(change.at)}, which they worked on.`,
    });
  }
  if (input.readyForReverseShadow) {
    result.push({
      kind: "ready-for-reverse-shadow",
      at: input.readyForReverseShadow,
      text: `${mentee.name} had all the evidence for reverse shadow on ${day(input.readyForReverseShadow)}: shifts shadowed, incidents seen and drills done on every service they are learning.`,
    });
  }
  if (input.readyForOnCall) {
    result.push({
      kind: "ready-for-on-call",
      at: input.readyForOnCall,
      text: `${mentee.name} was ready for on call on ${day(input.readyForOnCall)}, having carried the pager on every service they are learning.`,
    });
  }
  return result.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "5 Nov 2026", the day in the mentee's own zone. */
export function localDay(instant: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // Building a formatter costs far more than using one: one per zone.
    format = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}
