// IncidentSource over incidents/*.json: files are read once, on first use, and normalised against the
// current team file (joins follow team.yaml edits without re-reading the incidents).
import { NotFoundError, UserInputError, WorkspaceError } from "../../lib/errors.js";
import type { Alert, LogEntry, Note, TeamDirectory } from "../../model.js";
import type {
  Bounded,
  DirectoryEntry,
  FetchContext,
  IncidentPage,
  IncidentQuery,
  IncidentSource,
  LogEntryQuery,
  NoteWritten,
  TeamSource,
} from "../../ports/sources.js";
import { isOverviewEntry, teamJoins } from "../pagerduty-records.js";
import {
  appendToIncidentFile,
  type IncidentRecord,
  newPagerDutyId,
  normaliseIncidentFile,
  type RawIncidentFile,
  readIncidentFiles,
} from "./incident-files.js";
import { instantMillis, selectIncidents } from "./incident-query.js";

/** Who workspace notes are written as: the server itself, not a person. */
const NOTE_AUTHOR = { id: "oncall-mentor-mcp", type: "bot_user_reference", summary: "oncall-mentor-mcp" };

export class WorkspaceIncidentSource implements IncidentSource {
  readonly cheapReads = true;
  readonly noteRefusal = null;
  private rawFiles: Promise<RawIncidentFile[]> | null = null;
  private normalised: { team: TeamDirectory; records: IncidentRecord[] } | null = null;

  constructor(
    private readonly workspaceDir: string,
    private readonly team: TeamSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async records(ctx?: FetchContext): Promise<IncidentRecord[]> {
    ctx?.signal?.throwIfAborted();
    const team = await this.team.load(ctx);
    this.rawFiles ??= readIncidentFiles(this.workspaceDir).catch((error: unknown) => {
      this.rawFiles = null;
      throw error;
    });
    const files = await this.rawFiles;
    if (this.normalised?.team !== team) {
      const joins = teamJoins(team);
      const records = files.map((file) => normaliseIncidentFile(file, joins));
      requireUniqueIds(records);
      this.normalised = { team, records };
    }
    return this.normalised.records;
  }

  private async find(idOrNumber: string, ctx?: FetchContext): Promise<IncidentRecord> {
    const records = await this.records(ctx);
    const wanted = idOrNumber.trim();
    const found = /^\d+$/.test(wanted)
      ? records.find((r) => r.incident.number === Number(wanted) || r.incident.id === wanted)
      : records.find((r) => r.incident.id === wanted);
    if (!found)
      throw new NotFoundError(`No incident ${idOrNumber} in the workspace; list_incidents shows the ids.`);
    return found;
  }

  async listIncidents(query: IncidentQuery, ctx?: FetchContext): Promise<IncidentPage> {
    const records = await this.records(ctx);
    return selectIncidents(records, query, await this.team.load(ctx));
  }

  async getIncident(idOrNumber: string, ctx?: FetchContext) {
    return (await this.find(idOrNumber, ctx)).incident;
  }

  async listLogEntries(
    incidentId: string,
    query: LogEntryQuery = {},
    ctx?: FetchContext,
  ): Promise<Bounded<LogEntry>> {
    const record = await this.find(incidentId, ctx);
    const entries = query.overview ? record.logEntries.filter(isOverviewEntry) : record.logEntries;
    return bounded(entries, query.limit);
  }

  async listLogEntriesInWindow(
    since: string,
    until: string,
    query: { overview?: boolean } = {},
    ctx?: FetchContext,
  ): Promise<LogEntry[]> {
    const from = instantMillis("since", since);
    const to = instantMillis("until", until);
    const records = await this.records(ctx);
    return records
      .flatMap((r) => r.logEntries)
      .filter((entry) => {
        const at = Date.parse(entry.at);
        return at >= from && at < to && (!query.overview || isOverviewEntry(entry));
      })
      .sort((a, b) => a.at.localeCompare(b.at));
  }

  async listNotes(incidentId: string, ctx?: FetchContext): Promise<Note[]> {
    return (await this.find(incidentId, ctx)).notes;
  }

  async listAlerts(
    incidentId: string,
    query: { limit?: number } = {},
    ctx?: FetchContext,
  ): Promise<Bounded<Alert>> {
    return bounded((await this.find(incidentId, ctx)).alerts, query.limit);
  }

  /** The services and teams the incident files name, by their team.yaml id and by the id in the file. */
  async listDirectory(kind: "services" | "teams", ctx?: FetchContext): Promise<DirectoryEntry[]> {
    const entries = new Map<string, string>();
    for (const { incident, rawServiceId, rawTeamIds } of await this.records(ctx)) {
      if (kind === "services") {
        entries.set(incident.service.id, incident.service.name);
        entries.set(rawServiceId, incident.service.name);
      } else {
        for (const team of incident.teams) entries.set(team.id, team.name);
        for (const id of rawTeamIds) if (!entries.has(id)) entries.set(id, id);
      }
    }
    return [...entries].map(([id, name]) => ({ id, name }));
  }

  /** Appends the note, and the annotate log entry PagerDuty records with it, to the incident's file. */
  async addNote(incidentId: string, content: string, ctx?: FetchContext): Promise<NoteWritten> {
    if (content.trim().length === 0)
      throw new UserInputError("The note is empty; write its text in content.");
    const note = await this.writeNote(incidentId, content, ctx);
    return { note, mode: "workspace", where: "to the incident's file in the workspace" };
  }

  private async writeNote(incidentId: string, content: string, ctx?: FetchContext): Promise<Note> {
    const record = await this.find(incidentId, ctx);
    const id = record.incident.id;
    const createdAt = this.now().toISOString();
    const note = {
      id: newPagerDutyId("N"),
      user: NOTE_AUTHOR,
      channel: { summary: "oncall-mentor-mcp" },
      content,
      created_at: createdAt,
    };
    const logEntry = {
      id: newPagerDutyId("R"),
      type: "annotate_log_entry",
      summary: "Note added",
      created_at: createdAt,
      channel: { type: "note", summary: content },
      incident: { id, type: "incident_reference" },
    };
    // The file is locked, read again, extended and replaced, so notes written beside this one are kept.
    const updated = await appendToIncidentFile(
      this.workspaceDir,
      record.file,
      { notes: [note], log_entries: [logEntry] },
      ctx?.signal,
    );
    // Chained, so two notes finishing together both land in the cache.
    this.rawFiles =
      this.rawFiles?.then((files) => files.map((file) => (file.file === updated.file ? updated : file))) ??
      null;
    this.normalised = null;
    const joins = teamJoins(await this.team.load(ctx));
    return normaliseIncidentFile(updated, joins).notes.find((n) => n.id === note.id)!;
  }
}

function bounded<T>(items: T[], limit: number | undefined): Bounded<T> {
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new UserInputError(`limit must be a whole number of 0 or more, not ${limit}.`);
  }
  return { items: limit === undefined ? items : items.slice(0, limit), total: items.length };
}

function requireUniqueIds(records: IncidentRecord[]): void {
  const seen = new Map<string, string>();
  for (const record of records) {
    const other = seen.get(record.incident.id);
    if (other) {
      throw new WorkspaceError(
        `${record.file}: incident.id ${record.incident.id} is also the id of ${other}; give each incident file its own incident.`,
      );
    }
    seen.set(record.incident.id, record.file);
  }
}
