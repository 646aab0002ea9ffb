// team.yaml → TeamDirectory: parse (keeping line numbers), validate, apply defaults, check references,
// and turn local dates into UTC intervals. Pure: the caller reads the file.
import YAML, { LineCounter } from "yaml";
import { WorkspaceError } from "../../lib/errors.js";
import { readinessThresholds } from "../../lib/readiness-thresholds.js";
import {
  addLocalDays,
  formatLocalDateTime,
  isValidTimeZone,
  type LocalDateTime,
  localToInstant,
  parseLocalDateTime,
  parseOffsetDateTime,
} from "../../lib/time-zones.js";
import type {
  DrillRecord,
  Engineer,
  Override,
  RotationLength,
  Schedule,
  Service,
  ShadowRecord,
  Team,
  TeamDirectory,
  Unavailability,
  Weekday,
} from "../../model.js";
import { FIELD_HINTS, type TeamFile, teamFileSchema } from "./team-schema.js";
import { type FieldPath, formatFieldPath, issueToError, YamlLocator } from "./yaml-locator.js";

const DEFAULT_DAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

type RawEngineer = TeamFile["engineers"][number];

/** Parses team.yaml text; every problem is one WorkspaceError naming `fileName`, the line and the field. */
export function parseTeamFile(text: string, fileName = "team.yaml"): TeamDirectory {
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines });
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const line = syntaxError.linePos?.[0].line;
    const reason =
      syntaxError.message.split(/ at line \d+/)[0]?.replace(/[.:]\s*$/, "") ?? syntaxError.message;
    const where = `${fileName}${line ? ` line ${line}` : ""}`;
    if (/call stack/i.test(syntaxError.message)) throw tooDeep(fileName);
    if (syntaxError.code === "DUPLICATE_KEY") {
      throw new WorkspaceError(
        `${where}: this key appears twice in the same mapping; remove or rename one of them.`,
      );
    }
    throw new WorkspaceError(
      `${where}: the YAML does not parse (${reason}); fix the indentation or quoting there.`,
    );
  }
  const locator = new YamlLocator(fileName, doc, lines);
  const data = documentData(doc, fileName);
  if (data === null || data === undefined) {
    throw new WorkspaceError(
      `${fileName} is empty; list the team's engineers under engineers (see docs/workspace.md).`,
    );
  }
  let parsed: ReturnType<typeof teamFileSchema.safeParse>;
  try {
    parsed = teamFileSchema.safeParse(data);
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(fileName);
    throw error;
  }
  if (!parsed.success) {
    // A misspelt key also makes the real key "missing"; naming the misspelling helps more.
    const issues = parsed.error.issues;
    const issue = issues.find((i) => i.code === "unrecognized_keys") ?? issues[0]!;
    throw issueToError(issue, data, teamFileSchema, locator, FIELD_HINTS);
  }
  return new TeamFileReader(parsed.data, locator).read();
}

/** The document as plain data; an alias bomb or nesting deep enough to exhaust the stack is a sentence. */
function documentData(doc: YAML.Document, fileName: string): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(fileName);
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new WorkspaceError(
        `${fileName}: its YAML aliases (*name) expand into too many copies to read (a "billion laughs" file); write the values out instead of repeating them through aliases.`,
      );
    }
    throw error;
  }
}

function tooDeep(fileName: string): WorkspaceError {
  return new WorkspaceError(
    `${fileName}: lists or mappings are nested too deeply to read; a team file needs only a few levels (see docs/workspace.md), so remove the extra nesting.`,
  );
}

class TeamFileReader {
  constructor(
    private readonly file: TeamFile,
    private readonly locator: YamlLocator,
  ) {}

  private fail(path: FieldPath, sentence: string): never {
    throw this.locator.error(path, sentence);
  }

  read(): TeamDirectory {
    const { file } = this;
    const teams = this.readTeams();
    const teamIds = new Set(teams.map((t) => t.id));
    this.requireUnique("engineers", file.engineers, "engineer");
    const services = this.readServices(teamIds);
    const serviceIds = new Set(services.map((s) => s.id));
    const engineers = file.engineers.map((raw, index) => this.readEngineer(raw, index, serviceIds, teamIds));
    const engineerIds = new Set(engineers.map((e) => e.id));
    const schedules = this.readSchedules(serviceIds, engineerIds, teamIds);
    return {
      asOf: file.asOf ? this.instant(["asOf"], file.asOf).toISOString() : null,
      engineers,
      services,
      schedules,
      teams,
      shadowHistory: this.readShadowHistory(engineerIds),
      drillHistory: this.readDrillHistory(engineerIds, serviceIds),
      readiness: readinessThresholds(file.readiness),
    };
  }

  private requireUnique(section: string, items: readonly { id: string }[], noun: string): void {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        const firstLine = this.locator.lineOf([section, first]);
        this.fail(
          [section, index, "id"],
          `${section}[${index}].id "${item.id}" is already used by ${section}[${first}]${firstLine ? ` (line ${firstLine})` : ""}; give each ${noun} its own id.`,
        );
      }
      seen.set(item.id, index);
    });
  }

  private requireKnown(
    path: FieldPath,
    id: string,
    known: Set<string>,
    noun: "engineer" | "service" | "team",
  ): void {
    if (known.has(id)) return;
    const who = noun === "engineer" ? "who" : "which";
    const section = `${noun}s`;
    this.fail(
      path,
      `${formatFieldPath(path)} names "${id}", ${who} is not ${noun === "engineer" ? "an" : "a"} ${noun}; add ${id} under ${section} or fix the id.`,
    );
  }

  private requireAllKnown(
    path: FieldPath,
    ids: readonly string[],
    known: Set<string>,
    noun: "engineer" | "service" | "team",
  ): void {
    for (const [i, id] of ids.entries()) this.requireKnown([...path, i], id, known, noun);
  }

  private zone(path: FieldPath, zone: string): string {
    if (!isValidTimeZone(zone)) {
      this.fail(
        path,
        `${formatFieldPath(path)} "${zone}" is not an IANA time zone; use a name such as America/Los_Angeles or Europe/Berlin.`,
      );
    }
    return zone;
  }

  private instant(path: FieldPath, text: string): Date {
    const instant = parseOffsetDateTime(text);
    if (!instant) {
      this.fail(
        path,
        `${formatFieldPath(path)} "${text}" is not a date-time with an offset; write it like 2026-11-20T17:00:00-08:00 or 2026-11-21T01:00:00Z.`,
      );
    }
    return instant;
  }

  private interval(path: FieldPath, start: string, end: string): { start: Date; end: Date } {
    const from = this.instant([...path, "start"], start);
    const to = this.instant([...path, "end"], end);
    if (to.getTime() <= from.getTime()) {
      this.fail(
        [...path, "end"],
        `${formatFieldPath([...path, "end"])} is not after its start; end is exclusive, so make it later.`,
      );
    }
    return { start: from, end: to };
  }

  private readTeams(): Team[] {
    const teams = this.file.teams ?? [];
    this.requireUnique("teams", teams, "team");
    return teams.map((raw) => ({ id: raw.id, name: raw.name, pagerdutyId: raw.pagerdutyId ?? null }));
  }

  private readServices(teamIds: Set<string>): Service[] {
    const services = this.file.services ?? [];
    this.requireUnique("services", services, "service");
    return services.map((raw, index) => {
      if (raw.team) this.requireKnown(["services", index, "team"], raw.team, teamIds, "team");
      if (raw.runbook) this.checkRunbookPath(["services", index, "runbook"], raw.runbook);
      return {
        id: raw.id,
        name: raw.name,
        runbook: raw.runbook ?? null,
        pagerdutyId: raw.pagerdutyId ?? null,
        team: raw.team ?? null,
      };
    });
  }

  private checkRunbookPath(path: FieldPath, runbook: string): void {
    const segments = runbook.split("/");
    if (runbook.startsWith("/") || runbook.includes("\\") || segments.some((s) => s === ".." || s === "")) {
      this.fail(
        path,
        `${formatFieldPath(path)} "${runbook}" must be a relative path inside the runbook folder with forward slashes, such as payments-api.md or db/postgres.md.`,
      );
    }
  }

  private readEngineer(
    raw: RawEngineer,
    index: number,
    serviceIds: Set<string>,
    teamIds: Set<string>,
  ): Engineer {
    const path = ["engineers", index] as const;
    const timeZone = this.zone([...path, "timeZone"], raw.timeZone);
    const skills = raw.skills ?? [];
    const learning = raw.learning ?? [];
    this.requireAllKnown([...path, "skills"], skills, serviceIds, "service");
    this.requireAllKnown([...path, "learning"], learning, serviceIds, "service");
    if (raw.team) this.requireKnown([...path, "team"], raw.team, teamIds, "team");
    const hours = raw.workingHours;
    return {
      id: raw.id,
      name: raw.name,
      email: raw.email ?? null,
      timeZone,
      level: raw.level,
      mentor: raw.mentor ?? (raw.level === "senior" || raw.level === "staff"),
      mentee: raw.mentee ?? raw.level === "junior",
      skills,
      learning,
      workingHours: {
        start: hours?.start ?? "09:00",
        end: hours?.end ?? "17:00",
        days: hours?.days ?? DEFAULT_DAYS,
      },
      unavailable: (raw.unavailable ?? []).map((entry, i) =>
        this.unavailability([...path, "unavailable", i], entry, timeZone),
      ),
      team: raw.team ?? null,
      pagerdutyUserId: raw.pagerdutyId ?? null,
      stage: raw.stage ?? ((raw.mentee ?? raw.level === "junior") ? "shadow" : "on-call"),
    };
  }

  /** Dates are whole local days with the end day included; date-times are [start, end). */
  private unavailability(
    path: FieldPath,
    entry: { start: string; end: string; reason?: string | null },
    zone: string,
  ): Unavailability {
    const reason = entry.reason ?? null;
    const startIsDate = DATE_ONLY.test(entry.start);
    const endIsDate = DATE_ONLY.test(entry.end);
    if (startIsDate !== endIsDate) {
      this.fail(
        path,
        `${formatFieldPath(path)} mixes a date and a date-time; write both as dates (whole days) or both as date-times.`,
      );
    }
    if (!startIsDate) {
      const { start, end } = this.interval(path, entry.start, entry.end);
      return { start: start.toISOString(), end: end.toISOString(), reason };
    }
    const first = this.localDate([...path, "start"], entry.start);
    const last = this.localDate([...path, "end"], entry.end);
    const start = localToInstant(first, zone);
    const end = localToInstant(addLocalDays(last, 1), zone);
    if (end.getTime() <= start.getTime()) {
      this.fail(
        [...path, "end"],
        `${formatFieldPath([...path, "end"])} ${entry.end} is before its start ${entry.start}; the end date is the last day away.`,
      );
    }
    return { start: start.toISOString(), end: end.toISOString(), reason };
  }

  private localDate(path: FieldPath, text: string): LocalDateTime {
    try {
      return parseLocalDateTime(text);
    } catch {
      return this.fail(
        path,
        `${formatFieldPath(path)} "${text}" is not a calendar date; check the month and day.`,
      );
    }
  }

  private readSchedules(serviceIds: Set<string>, engineerIds: Set<string>, teamIds: Set<string>): Schedule[] {
    const schedules = this.file.schedules ?? [];
    this.requireUnique("schedules", schedules, "schedule");
    return schedules.map((raw, index) => {
      const path = ["schedules", index] as const;
      const timeZone = this.zone([...path, "timeZone"], raw.timeZone);
      const services = raw.services ?? [];
      this.requireAllKnown([...path, "services"], services, serviceIds, "service");
      if (raw.team) this.requireKnown([...path, "team"], raw.team, teamIds, "team");
      if (!raw.rotation && !raw.pagerdutyId) {
        this.fail(
          path,
          `${formatFieldPath(path)} (${raw.id}) has neither a rotation nor a pagerdutyId; add a rotation with start, length and users.`,
        );
      }
      let rotation: Schedule["rotation"] = null;
      if (raw.rotation) {
        const rotationPath = [...path, "rotation"] as const;
        this.requireAllKnown([...rotationPath, "users"], raw.rotation.users, engineerIds, "engineer");
        rotation = {
          start: this.rotationStart([...rotationPath, "start"], raw.rotation.start),
          length: parseLength(raw.rotation.length),
          users: raw.rotation.users,
        };
      }
      const overrides: Override[] = (raw.overrides ?? []).map((override, i) => {
        const overridePath = [...path, "overrides", i] as const;
        this.requireKnown([...overridePath, "user"], override.user, engineerIds, "engineer");
        const { start, end } = this.interval(overridePath, override.start, override.end);
        return { user: override.user, start: start.toISOString(), end: end.toISOString() };
      });
      return {
        id: raw.id,
        name: raw.name,
        timeZone,
        services,
        rotation,
        overrides,
        pagerdutyId: raw.pagerdutyId ?? null,
        team: raw.team ?? null,
      };
    });
  }

  private rotationStart(path: FieldPath, text: string): string {
    try {
      return formatLocalDateTime(parseLocalDateTime(text));
    } catch {
      return this.fail(
        path,
        `${formatFieldPath(path)} "${text}" is not a local date-time; write it without an offset, like "2026-11-02T09:00", in the schedule's timeZone.`,
      );
    }
  }

  private readShadowHistory(engineerIds: Set<string>): ShadowRecord[] {
    return (this.file.shadowHistory ?? []).map((raw, index) => {
      const path = ["shadowHistory", index] as const;
      this.requireKnown([...path, "mentee"], raw.mentee, engineerIds, "engineer");
      this.requireKnown([...path, "mentor"], raw.mentor, engineerIds, "engineer");
      const { start, end } = this.interval(path, raw.start, raw.end);
      return {
        mentee: raw.mentee,
        mentor: raw.mentor,
        schedule: raw.schedule,
        start: start.toISOString(),
        end: end.toISOString(),
        ...(raw.role ? { role: raw.role } : {}),
      };
    });
  }

  private readDrillHistory(engineerIds: Set<string>, serviceIds: Set<string>): DrillRecord[] {
    return (this.file.drillHistory ?? []).map((raw, index) => {
      const path = ["drillHistory", index] as const;
      this.requireKnown([...path, "mentee"], raw.mentee, engineerIds, "engineer");
      this.requireKnown([...path, "service"], raw.service, serviceIds, "service");
      if (raw.runBy) this.requireKnown([...path, "runBy"], raw.runBy, engineerIds, "engineer");
      return {
        mentee: raw.mentee,
        incident: String(raw.incident),
        service: raw.service,
        at: this.instant([...path, "at"], raw.at).toISOString(),
        runBy: raw.runBy ?? null,
        notes: raw.notes ?? null,
      };
    });
  }
}

function parseLength(text: string): RotationLength {
  return { amount: Number(text.slice(0, -1)), unit: text.slice(-1) as RotationLength["unit"] };
}
