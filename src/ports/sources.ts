// The interfaces capabilities use without knowing which source answers.
import type {
  Alert,
  DrillRecord,
  Incident,
  IncidentStatus,
  Instant,
  Interval,
  LogEntry,
  Note,
  RunbookFile,
  ShadowRecord,
  Shift,
  TeamDirectory,
  Urgency,
} from "../model.js";

/** Passed to every source call: cancellation, request accounting and progress. */
export interface FetchContext {
  signal?: AbortSignal;
  /** Incremented once per upstream HTTP request (or file read batch in workspace mode: 0). */
  requests?: RequestCounter;
}

export interface RequestCounter {
  count: number;
}

export interface IncidentQuery {
  since?: Instant;
  until?: Instant;
  statuses?: IncidentStatus[];
  /** team.yaml service ids (or vendor ids for services not in team.yaml). */
  serviceIds?: string[];
  teamIds?: string[];
  urgency?: Urgency;
  limit: number;
  offset: number;
}

export interface IncidentPage {
  /** Newest first. */
  incidents: Incident[];
  more: boolean;
}

export interface LogEntryQuery {
  /** Only the overview entries (state changes, notes, escalations: no notifications). */
  overview?: boolean;
  /** Read at most this many records (0: count only). Default: all. */
  limit?: number;
}

/** Some records, and how many exist in all (items may be fewer when a limit applied). */
export interface Bounded<T> {
  items: T[];
  total: number;
}

/** The ports a tool may reach, by name: the server derives a tool's openWorldHint from them. */
export type SourceName = keyof Sources;

export interface IncidentSource {
  /**
   * True when log entries and notes cost no upstream request (files already read): callers then read everything
   * rather than the first pages, and cache nothing, so that a note just written shows at once.
   */
  readonly cheapReads: boolean;
  listIncidents(query: IncidentQuery, ctx?: FetchContext): Promise<IncidentPage>;
  /** By id or by incident number (as a string of digits). Throws NotFoundError when unknown. */
  getIncident(idOrNumber: string, ctx?: FetchContext): Promise<Incident>;
  /** Oldest first. */
  listLogEntries(incidentId: string, query?: LogEntryQuery, ctx?: FetchContext): Promise<Bounded<LogEntry>>;
  /** Log entries of all incidents in [since, until), oldest first: one paged request stream, not one per incident. */
  listLogEntriesInWindow(
    since: Instant,
    until: Instant,
    query?: { overview?: boolean },
    ctx?: FetchContext,
  ): Promise<LogEntry[]>;
  /** Oldest first. */
  listNotes(incidentId: string, ctx?: FetchContext): Promise<Note[]>;
  /** Oldest first. */
  listAlerts(incidentId: string, query?: { limit?: number }, ctx?: FetchContext): Promise<Bounded<Alert>>;
  /** Null when notes can be posted; otherwise why not, as a sentence saying what to configure. */
  readonly noteRefusal: string | null;
  /** Throws ConfigurationError when this source cannot post notes as configured (see noteRefusal). */
  addNote(incidentId: string, content: string, ctx?: FetchContext): Promise<NoteWritten>;
  /**
   * The services or teams the source knows beyond team.yaml, by the ids queries accept: PagerDuty's directory, or
   * those the incident files name. Read only to judge an id team.yaml does not know.
   */
  listDirectory(kind: "services" | "teams", ctx?: FetchContext): Promise<DirectoryEntry[]>;
}

export interface NoteWritten {
  note: Note;
  mode: "workspace" | "pagerduty";
  /** Where the note went, as a phrase: "in PagerDuty". */
  where: string;
}

export interface DirectoryEntry {
  id: string;
  name: string;
}

export interface ScheduleSummary {
  /** team.yaml schedule id when known, else the vendor's id. */
  id: string;
  name: string;
  timeZone: string;
  /** Service ids (team.yaml ids where known). */
  services: string[];
  team: string | null;
}

export interface ScheduleSource {
  listSchedules(ctx?: FetchContext): Promise<ScheduleSummary[]>;
  /** Rendered entries of one schedule, clipped to [since, until), oldest first. */
  renderSchedule(scheduleId: string, since: Instant, until: Instant, ctx?: FetchContext): Promise<Shift[]>;
}

export interface RunbookEntry {
  path: string;
  version: string;
}

/** A runbook change to propose: a branch and pull request on GitHub, the file itself in a workspace. */
export interface RunbookProposal {
  path: string;
  content: string;
  /** The version the content was drafted from; null for a new runbook. */
  baseVersion: string | null;
  branch: string;
  title: string;
  body: string;
  commitMessage: string;
}

export interface RunbookProposalResult {
  mode: "workspace" | "github";
  path: string;
  branch: string | null;
  pullRequest: { number: number; url: string } | null;
  /** True when an earlier proposal (the same pull request, or the file) was updated rather than created. */
  updated: boolean;
}

export interface RunbookSource {
  /** The runbook folder from the repository (GitHub) or workspace root, "" when it is the root: diffs apply from there. */
  readonly diffRoot: string;
  /** What proposeChange makes: the file itself ("workspace"), or a branch and pull request ("github"). */
  readonly proposalMode: RunbookProposalResult["mode"];
  listRunbooks(ctx?: FetchContext): Promise<RunbookEntry[]>;
  /** Throws NotFoundError when there is no such runbook. */
  readRunbook(path: string, ctx?: FetchContext): Promise<RunbookFile>;
  /** Never writes to a repository's default branch. Throws StaleVersionError when the runbook changed since baseVersion. */
  proposeChange(proposal: RunbookProposal, ctx?: FetchContext): Promise<RunbookProposalResult>;
}

/** The team file: read in every mode, because PagerDuty knows nothing of levels or mentoring. */
export interface TeamSource {
  load(ctx?: FetchContext): Promise<TeamDirectory>;
}

export interface Sources {
  team: TeamSource;
  incidents: IncidentSource;
  schedules: ScheduleSource;
  runbooks: RunbookSource;
  shadows: ShadowRecorder;
  drills: DrillRecorder;
}

/** A shadow rotation to record: its window, the shadow shifts, and what the plan said about them. */
export interface ShadowRotation {
  window: Interval;
  /** One per pairing, in team.yaml ids: what shadowHistory gains, and what PagerDuty overrides are made of. */
  shadows: ShadowRecord[];
  /** The pairings as the tool reports them, in the order of `shadows`: a workspace writes them to the rotation file. */
  details: readonly object[];
  /** iCalendar text of the rotation. */
  calendar: string;
}

/** What a recording did: each thing it made, and each thing that was already there, one phrase apiece. */
export interface ShadowRecording {
  mode: "workspace" | "pagerduty";
  created: string[];
  existing: string[];
  /** One per reverse shadow whose recording changes who is paged first (PagerDuty); empty where none does. */
  pagingChanges: PagingChange[];
}

/** What an undo did: each thing it removed, and each thing not there or not removable (and why), one phrase apiece. */
export interface ShadowRemoval {
  mode: "workspace" | "pagerduty";
  removed: string[];
  notRemoved: string[];
  /** One per reverse shadow whose recording changed who is paged first (PagerDuty); empty where none did. */
  pagingChanges: PagingChange[];
}

/**
 * A reverse shadow in PagerDuty: an override puts the mentee on the shadowed schedule itself, so they are paged first
 * in place of the mentor, and one puts the mentor on the team's Shadow schedule beside them.
 */
export interface PagingChange {
  shadow: ShadowRecord;
  /** The shadowed schedule, as PagerDuty names it. */
  scheduleName: string;
  /**
   * Recording: `made` now or `already` there. Undoing: `removed`; `ended` (it had started: PagerDuty ended it now);
   * `past` (over, and PagerDuty keeps past overrides); `absent` (no such override).
   */
  state: "made" | "already" | "removed" | "ended" | "past" | "absent";
  /** The override putting the mentee first (PagerDuty's id), when there is or was one. */
  overrideId: string | null;
  /** The mentor's backup override on the Shadow schedule, when there is or was one. */
  backupOverrideId: string | null;
}

/** Records shadow rotations: files and shadowHistory in a workspace, overrides in PagerDuty. */
export interface ShadowRecorder {
  /**
   * True where recording a reverse shadow changes who is paged first (a PagerDuty override on the shadowed
   * schedule): the schedules a plan is computed from then change too, so the same plan cannot be computed again.
   */
  readonly reverseShadowChangesPaging: boolean;
  /** Idempotent: recording the same rotation again creates nothing. */
  recordShadowRotation(rotation: ShadowRotation, ctx?: FetchContext): Promise<ShadowRecording>;
  /**
   * Removes exactly what recordShadowRotation made for these shadows, and nothing else; idempotent. `now` tells what
   * has already ended (PagerDuty keeps past overrides).
   */
  undoShadowRotation(rotation: ShadowRotation, now: Date, ctx?: FetchContext): Promise<ShadowRemoval>;
}

/** A finished drill to record, and how to tell it is already there. */
export interface DrillToRecord {
  drill: DrillRecord;
  /** Every way an existing entry may name the same incident: its id and its number as text. */
  incidentKeys: readonly string[];
  /** The zone whose calendar day makes two drills of one incident the same drill: the mentee's. */
  timeZone: string;
}

/** Records finished drills in team.yaml drillHistory, in every mode: PagerDuty knows nothing of drills. */
export interface DrillRecorder {
  /**
   * Idempotent: a drill of the same incident by the same mentee on the same day (in `timeZone`) is not added again;
   * `existing` is then the entry already there.
   */
  recordDrill(
    drill: DrillToRecord,
    ctx?: FetchContext,
  ): Promise<{ created: boolean; existing: DrillRecord | null }>;
}
