// What a view needs beyond the tool's structured answer, computed here so the page only draws: names, zones and
// working hours of the people in a rotation, which note fixed an incident. Sent in the result's _meta, which hosts
// hand to the view and not to the model; clients without the extension ignore it.

import { workingIntervals } from "../lib/working-hours.js";
import type { CallContext } from "../ports/call-context.js";

export interface RotationViewContext {
  people: Record<string, { name: string; timeZone: string }>;
  /** Per mentee, their working hours over the window as UTC [start, end) pairs. */
  workingHours: Record<string, [string, string][]>;
  schedules: Record<string, string>;
  /** record_shadow_rotation is registered: the view offers to record. */
  canRecord: boolean;
}

export interface IncidentViewContext {
  /** Index in `notes` of the note the resolution was taken from, or null. */
  fixNote: number | null;
  /** The resolution was taken from the resolve entry's message. */
  fixInResolve: boolean;
}

interface PlanAnswer {
  window: { from: string; to: string };
  pairings: { mentee: string; mentor: string; schedule: string }[];
  unmatched: { mentee: string }[];
}

interface IncidentAnswer {
  /** What people wrote about the fix, one entry a line. */
  resolution: { text: string } | null;
  notes: { content: string }[] | null;
  timeline: { kind: string; summary: string }[];
}

export function rotationViewContext(
  plan: PlanAnswer,
  ctx: Pick<CallContext, "team" | "writesEnabled">,
): RotationViewContext {
  const mentees = new Set([...plan.pairings, ...plan.unmatched].map((entry) => entry.mentee));
  const ids = new Set([...mentees, ...plan.pairings.map((pairing) => pairing.mentor)]);
  const from = new Date(plan.window.from);
  const to = new Date(plan.window.to);
  const people: RotationViewContext["people"] = {};
  const workingHours: RotationViewContext["workingHours"] = {};
  for (const engineer of ctx.team.engineers) {
    if (!ids.has(engineer.id)) continue;
    people[engineer.id] = { name: engineer.name, timeZone: engineer.timeZone };
    if (mentees.has(engineer.id))
      workingHours[engineer.id] = workingIntervals(engineer.workingHours, engineer.timeZone, from, to).map(
        (span) => [span.start.toISOString(), span.end.toISOString()],
      );
  }
  const used = new Set(plan.pairings.map((pairing) => pairing.schedule));
  const schedules = Object.fromEntries(
    ctx.team.schedules.filter((schedule) => used.has(schedule.id)).map((s) => [s.id, s.name]),
  );
  return { people, workingHours, schedules, canRecord: ctx.writesEnabled };
}

/** Two clips of one text (whitespace aside): equal, or one was cut (its ellipsis) where the other goes on. */
function sameClippedText(a: string, b: string): boolean {
  const [x, y] = [a, b].map((text) => text.replace(/\s+/g, " ").trim());
  if (x === y) return true;
  const cut = (text: string) => (text.endsWith("…") ? text.slice(0, -1).trimEnd() : null);
  const [cutX, cutY] = [cut(x!), cut(y!)];
  return (
    (cutX !== null && cutX.length > 0 && (cutY ?? y!).startsWith(cutX)) ||
    (cutY !== null && cutY.length > 0 && (cutX ?? x!).startsWith(cutY))
  );
}

/**
 * Where the summary's resolution came from: the last note among its entries, or the resolve line, which reads
 * "Resolved by …: <message>". The resolution's lines, the notes and that message are clipped separately from the
 * same texts.
 */
export function incidentViewContext(summary: IncidentAnswer): IncidentViewContext {
  if (summary.resolution === null) return { fixNote: null, fixInResolve: false };
  // One entry a line, each after the time it was written ("23:14 All pods healthy…").
  const lines = summary.resolution.text
    .split("\n")
    .map((line) => line.replace(/^\d{2}:\d{2} /, ""))
    .filter((line) => line.trim() !== "");
  const fromFix = (text: string) => lines.some((line) => sameClippedText(text, line));
  const index = (summary.notes ?? []).findLastIndex((note) => fromFix(note.content));
  const inResolve = summary.timeline.some(
    (item) =>
      item.kind === "resolve" &&
      [...item.summary.matchAll(/: /g)].some((match) => fromFix(item.summary.slice(match.index + 2))),
  );
  return { fixNote: index >= 0 ? index : null, fixInResolve: inResolve };
}

/** The view's extra data for a tool's answer, or null when its view needs none (or the tool has no view). */
export function viewContextFor(
  toolName: string,
  structured: unknown,
  ctx: Pick<CallContext, "team" | "writesEnabled">,
): RotationViewContext | IncidentViewContext | null {
  if (toolName === "suggest_shadow_pairings") return rotationViewContext(structured as PlanAnswer, ctx);
  if (toolName === "summarize_incident") return incidentViewContext(structured as IncidentAnswer);
  return null;
}
