// A role-play exercise ("Wheel of Misfortune") from a resolved incident's records: the page as the responder saw it,
// what the alerts and notes showed stage by stage up to the moment the fix began, the questions to ask, and apart
// from them the answer key (what fixed it, how fast, the commands, the decision points). The trainee's part is cut
// off before the first fixing step and checked against the key, so it never gives the fix away. Pure.
import { formatDuration, type IncidentRecords, summarizeIncident } from "../../incidents/index.js";
import { clip } from "../../lib/text.js";
import type { Alert, LogEntry, Note } from "../../model.js";
import { type ExtractedStep, extractSteps } from "../../runbooks/index.js";

/** Stages shown, and lines per stage: a 10,000-entry log still makes a drill one can run in half an hour. */
export const DRILL_LIMITS = { stages: 8, linesPerStage: 6, lineChars: 300 } as const;

const WITHHELD = "[command withheld: ask what they would run]";

export interface DrillStage {
  /** "T+6m" from the page. */
  offset: string;
  at: string;
  shows: string[];
  question: string;
}

export interface Drill {
  incident: { id: string; number: number; title: string; service: string; url: string | null };
  trainee: {
    page: {
      title: string;
      service: string;
      at: string;
      urgency: string;
      alert: string | null;
      details: string[];
    };
    stages: DrillStage[];
    questions: string[];
    runbook: string | null;
  };
  answerKey: {
    resolution: string | null;
    resolvedBy: string | null;
    timeToAcknowledge: string | null;
    timeToResolve: string | null;
    commands: { offset: string; purpose: "diagnosis" | "mitigation"; command: string }[];
    decisionPoints: { offset: string; what: string }[];
  };
}

interface Line {
  at: number;
  text: string;
  /** A new stage starts at a note, an acknowledgement or an escalation: something the trainee would react to. */
  opensStage: boolean;
}

export function buildDrill(records: IncidentRecords, runbook: string | null, now: Date): Drill {
  const { incident } = records;
  const summary = summarizeIncident(records, { detail: "brief", now });
  const entries = [...records.logEntries.items].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const notes = [...records.notes].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const steps = extractSteps(notes, entries);
  const start = Date.parse(incident.createdAt);
  const offset = (at: string | number) =>
    `T+${formatDuration(Math.max(0, ((typeof at === "number" ? at : Date.parse(at)) - start) / 1000))}`;

  const mitigations = steps.filter((step) => step.purpose === "mitigation");
  const fixAt = Math.min(
    ...mitigations.map((step) => Date.parse(step.evidence[0]!.at)),
    ...entries.filter((entry) => entry.kind === "resolve").map((entry) => Date.parse(entry.at)),
    ...resolutionTimes(summary.resolution, notes, entries),
    Number.POSITIVE_INFINITY,
  );
  const fixTexts = [
    ...mitigations.flatMap((step) => step.lines.map((line) => line.trim())).filter((line) => line.length > 3),
    ...(summary.resolution?.text.split("\n") ?? [])
      .map((line) =>
        line
          .replace(/^\d{2}:\d{2} /, "")
          .replace(/…$/, "")
          .trim()
          .slice(0, 80),
      )
      .filter((line) => line.length > 3),
  ];
  const leaks = (text: string) => fixTexts.some((fix) => text.includes(fix));

  const firstAlert = [...records.alerts.items].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
  )[0];
  const lines = traineeLines(records.alerts.items, firstAlert, entries, notes, steps, fixAt).filter(
    (line) => !leaks(line.text),
  );
  const stages = toStages(lines, offset);

  const ackAt = summary.acknowledgedAt;
  return {
    incident: {
      id: incident.id,
      number: incident.number,
      title: incident.title,
      service: incident.service.name,
      url: incident.url,
    },
    trainee: {
      page: {
        title: incident.title,
        service: incident.service.name,
        at: incident.createdAt,
        urgency: incident.urgency,
        alert: firstAlert ? firstAlert.summary : null,
        details: firstAlert ? alertDetails(firstAlert).filter((line) => !leaks(line)) : [],
      },
      stages,
      questions: [
        "You are paged. What do you do in the first five minutes: acknowledge, open what, tell whom?",
        "What do you check first, and why there?",
        runbook
          ? `Which part of ${runbook} applies, and what does it tell you to check?`
          : "There is no runbook: where would you look for how this service behaves?",
        "What would make you escalate, and to whom?",
        "What is your fix, how do you know it worked, and what do you write in the incident?",
      ],
      runbook,
    },
    answerKey: {
      resolution: summary.resolution?.text ?? null,
      resolvedBy: summary.resolvedBy?.name ?? null,
      timeToAcknowledge:
        summary.timeToAcknowledgeSeconds === null ? null : formatDuration(summary.timeToAcknowledgeSeconds),
      timeToResolve:
        summary.timeToResolveSeconds === null ? null : formatDuration(summary.timeToResolveSeconds),
      commands: steps.map((step) => ({
        offset: offset(step.evidence[0]!.at),
        purpose: step.purpose,
        command: step.lines.join("\n"),
      })),
      decisionPoints: decisionPoints(entries, steps, ackAt, offset),
    },
  };
}

/** When the note or log entry holding the resolution was written: the fix is under way by then. */
/**
 * When the last entry the resolution cites (before the resolve itself) was written: the decisive action, where the
 * trainee's part ends. Earlier cited actions stay hidden because every line holding their text is withheld.
 */
function resolutionTimes(
  resolution: { entryIds: readonly string[] } | null,
  notes: readonly Note[],
  entries: readonly LogEntry[],
): number[] {
  if (!resolution) return [];
  const cited = new Set(resolution.entryIds);
  const times = [...notes, ...entries.filter((entry) => entry.kind !== "resolve")]
    .filter((record) => cited.has(record.id))
    .map((record) => Date.parse(record.at));
  return times.length > 0 ? [Math.max(...times)] : [];
}

function traineeLines(
  alerts: readonly Alert[],
  firstAlert: Alert | undefined,
  entries: readonly LogEntry[],
  notes: readonly Note[],
  steps: readonly ExtractedStep[],
  fixAt: number,
): Line[] {
  const before = (at: string) => Date.parse(at) < fixAt;
  const lines: Line[] = [];
  for (const alert of alerts) {
    if (alert === firstAlert || !before(alert.createdAt)) continue;
    lines.push({
      at: Date.parse(alert.createdAt),
      text: `Alert: ${clip(alert.summary, DRILL_LIMITS.lineChars)}`,
      opensStage: false,
    });
  }
  const noteTexts = new Set(notes.map((note) => note.content.trim()));
  for (const entry of entries) {
    if (!before(entry.at)) continue;
    const at = Date.parse(entry.at);
    if (entry.kind === "acknowledge") {
      lines.push({ at, text: `Acknowledged by ${entry.actor?.name ?? "the responder"}.`, opensStage: true });
    } else if (entry.kind === "escalate") {
      lines.push({
        at,
        text: `Escalated${entry.escalationLevel ? ` to level ${entry.escalationLevel}` : ""}: ${clip(entry.summary, DRILL_LIMITS.lineChars)}`,
        opensStage: true,
      });
    } else if (entry.kind === "notify") {
      lines.push({ at, text: clip(entry.summary, DRILL_LIMITS.lineChars), opensStage: false });
    } else if (entry.kind === "annotate" && entry.message && !noteTexts.has(entry.message.trim())) {
      lines.push({ at, text: `Note: ${withoutCommands(entry.message, steps)}`, opensStage: true });
    }
  }
  for (const note of notes) {
    if (!before(note.at)) continue;
    const who = note.author ? `${note.author.name}: ` : "";
    lines.push({
      at: Date.parse(note.at),
      text: `Note, ${who}${withoutCommands(note.content, steps)}`,
      opensStage: true,
    });
  }
  return lines.sort((a, b) => a.at - b.at);
}

/** The note with each command in it replaced: the trainee says what they would run. */
function withoutCommands(text: string, steps: readonly ExtractedStep[]): string {
  let result = text;
  for (const step of steps)
    for (const line of step.lines) if (line.trim().length > 0) result = result.split(line).join(WITHHELD);
  return clip(result, DRILL_LIMITS.lineChars);
}

/** Consecutive identical lines become one ("…(×40)"); a stage opens at each note, acknowledgement or escalation. */
function toStages(lines: readonly Line[], offset: (at: number) => string): DrillStage[] {
  const collapsed: (Line & { count: number })[] = [];
  for (const line of lines) {
    const last = collapsed[collapsed.length - 1];
    if (last && last.text === line.text) last.count++;
    else collapsed.push({ ...line, count: 1 });
  }
  const groups: (Line & { count: number })[][] = [];
  for (const line of collapsed) {
    if (groups.length === 0 || (line.opensStage && groups.length < DRILL_LIMITS.stages)) groups.push([]);
    groups[groups.length - 1]!.push(line);
  }
  return groups.map((group) => {
    const shown = group.slice(0, DRILL_LIMITS.linesPerStage);
    const hidden = group.length - shown.length;
    return {
      offset: offset(group[0]!.at),
      at: new Date(group[0]!.at).toISOString(),
      shows: [
        ...shown.map((line) => (line.count > 1 ? `${line.text} (×${line.count})` : line.text)),
        ...(hidden > 0 ? [`…and ${hidden} more log lines like these.`] : []),
      ],
      question: "What does this tell you, and what do you do next?",
    };
  });
}

function alertDetails(alert: Alert): string[] {
  const details = alert.details;
  if (!details || typeof details !== "object") return alert.severity ? [`severity: ${alert.severity}`] : [];
  const flat: string[] = [];
  for (const [key, value] of Object.entries(details as Record<string, unknown>)) {
    if (value !== null && typeof value === "object") {
      for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) {
        if (typeof innerValue !== "object") flat.push(`${key}.${inner}: ${String(innerValue)}`);
      }
    } else flat.push(`${key}: ${String(value)}`);
  }
  return flat.slice(0, 12).map((line) => clip(line, DRILL_LIMITS.lineChars));
}

function decisionPoints(
  entries: readonly LogEntry[],
  steps: readonly ExtractedStep[],
  ackAt: string | null,
  offset: (at: string) => string,
): { offset: string; what: string }[] {
  const points: { at: string; what: string }[] = [];
  if (ackAt) points.push({ at: ackAt, what: "Acknowledged: the responder took ownership." });
  for (const entry of entries) {
    if (entry.kind === "escalate") points.push({ at: entry.at, what: `Escalated: ${entry.summary}` });
  }
  for (const step of steps) {
    const first = step.lines[0]!;
    points.push({
      at: step.evidence[0]!.at,
      what: step.purpose === "mitigation" ? `Chose the fix: ${first}` : `Checked: ${first}`,
    });
  }
  const resolve = [...entries].reverse().find((entry) => entry.kind === "resolve");
  if (resolve)
    points.push({ at: resolve.at, what: `Resolved${resolve.actor ? ` by ${resolve.actor.name}` : ""}.` });
  return points
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((point) => ({ offset: offset(point.at), what: clip(point.what, DRILL_LIMITS.lineChars) }));
}
