// "First runbook change from their notes": a runbook whose Markdown cites, on a history line or a step (a list item
// or a table row, outside code), an incident the mentee responded to (assigned, or acting in its log) or wrote a
// note on. Neither source says when or by whom a runbook line was written, so the change is dated by the incident it
// cites: the nearest honest date the records give. Only the incidents runbooks cite are read, newest first, bounded.
import { NotFoundError } from "../../lib/errors.js";
import type { Incident } from "../../model.js";
import type { CallContext } from "../../ports/call-context.js";
import { readRunbookCatalog } from "../../runbooks/index.js";

export interface RunbookChange {
  /** The cited incident's creation time. */
  at: string;
  runbook: string;
  /** "#1203". */
  incident: string;
}

/** At most this many cited incidents are read (the highest numbers: the newest). */
export const CITED_INCIDENTS_READ = 50;

/** Incident numbers cited on list items and table rows outside fenced code, in order of first citation. */
export function incidentCitations(markdown: string): number[] {
  const found = new Set<number>();
  let fence: string | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const fenceMark = /^\s{0,3}(```+|~~~+)/.exec(line)?.[1];
    if (fenceMark) {
      if (fence === null) fence = fenceMark[0]!;
      else if (fenceMark[0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    if (!/^\s*(?:[-*+]\s|\d+[.)]\s|\|)/.test(line)) continue;
    for (const match of line.matchAll(/(?<![\w&/])#(\d{1,9})(?!\d)/g)) found.add(Number(match[1]));
  }
  return [...found];
}

/** Per mentee id, the runbook changes citing incidents they took part in, oldest first. */
export async function readRunbookChanges(
  mentees: readonly { id: string }[],
  ctx: CallContext,
): Promise<Map<string, RunbookChange[]>> {
  const fetch = { signal: ctx.signal, requests: ctx.requests };
  const catalog = await readRunbookCatalog(ctx);
  const citedBy = new Map<number, string[]>();
  for (const entry of catalog) {
    for (const number of incidentCitations(entry.content)) {
      const paths = citedBy.get(number) ?? [];
      paths.push(entry.path);
      citedBy.set(number, paths);
    }
  }
  const ids = new Set(mentees.map((mentee) => mentee.id));
  const result = new Map<string, RunbookChange[]>();
  const numbers = [...citedBy.keys()].sort((a, b) => b - a).slice(0, CITED_INCIDENTS_READ);
  for (const number of numbers) {
    let incident: Incident;
    try {
      incident = await ctx.sources.incidents.getIncident(String(number), fetch);
    } catch (error) {
      if (error instanceof NotFoundError) continue;
      throw error;
    }
    const people = new Set(incident.assignees.map((person) => person.id));
    const [notes, log] = await Promise.all([
      ctx.sources.incidents.listNotes(incident.id, fetch),
      ctx.sources.incidents.listLogEntries(incident.id, { overview: true }, fetch),
    ]);
    for (const note of notes) if (note.author) people.add(note.author.id);
    for (const entry of log.items) if (entry.actor) people.add(entry.actor.id);
    for (const id of people) {
      if (!ids.has(id)) continue;
      const list = result.get(id) ?? [];
      for (const runbook of citedBy.get(number)!)
        list.push({
          at: new Date(incident.createdAt).toISOString(),
          runbook,
          incident: `#${incident.number}`,
        });
      result.set(id, list);
    }
  }
  for (const list of result.values())
    list.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.runbook.localeCompare(b.runbook));
  return result;
}
