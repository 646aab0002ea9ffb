// Records a shadow rotation in the workspace (docs/workspace.md): shadow-rotations/<from>_<to>.yaml and .ics, and the
// shadow shifts appended to team.yaml's shadowHistory with every other byte of the file kept. Idempotent: what is
// already there is left alone and reported as existing. Everything is checked before anything is written. Undoing
// removes the same files and entries; nothing in a workspace changes who is paged.
import { mkdir, readFile, rm } from "node:fs/promises";
import { dirname } from "node:path";
import YAML from "yaml";
import { UserInputError, WorkspaceError } from "../../lib/errors.js";
import type { Interval, ShadowRecord } from "../../model.js";
import type {
  FetchContext,
  ShadowRecorder,
  ShadowRecording,
  ShadowRemoval,
  ShadowRotation,
} from "../../ports/sources.js";
import { appendShadowHistoryBytes, removeShadowHistoryBytes } from "./shadow-history-text.js";
import { parseTeamFile } from "./team-file.js";
import { TEAM_FILE } from "./team-source.js";
import { resolveWritePath, withFileLocks, writeFileAtomically } from "./workspace-writer.js";

export const ROTATIONS_DIR = "shadow-rotations";

export class WorkspaceShadowRecorder implements ShadowRecorder {
  readonly reverseShadowChangesPaging = false;

  constructor(private readonly workspaceDir: string) {}

  /** Holds the locks of team.yaml and both rotation files, so what is checked is still true when it is written. */
  recordShadowRotation(rotation: ShadowRotation, ctx?: FetchContext): Promise<ShadowRecording> {
    return this.withRotationFiles(rotation, ctx, (names, paths) => record(rotation, names, paths, ctx));
  }

  /** The rotation's two files and its shadowHistory entries go; the time does not matter in a workspace. */
  undoShadowRotation(rotation: ShadowRotation, _now: Date, ctx?: FetchContext): Promise<ShadowRemoval> {
    return this.withRotationFiles(rotation, ctx, (names, paths) => undo(rotation, names, paths, ctx));
  }

  private async withRotationFiles<T>(
    rotation: ShadowRotation,
    ctx: FetchContext | undefined,
    work: (names: Files<string>, paths: Files<string>) => Promise<T>,
  ): Promise<T> {
    ctx?.signal?.throwIfAborted();
    const base = rotationFileBase(rotation.window);
    const names = {
      yaml: `${ROTATIONS_DIR}/${base}.yaml`,
      ics: `${ROTATIONS_DIR}/${base}.ics`,
      team: TEAM_FILE,
    };
    const paths = {
      yaml: await resolveWritePath(this.workspaceDir, names.yaml),
      ics: await resolveWritePath(this.workspaceDir, names.ics),
      team: await resolveWritePath(this.workspaceDir, names.team),
    };
    await mkdir(dirname(paths.yaml), { recursive: true });
    await mkdir(dirname(paths.ics), { recursive: true });
    const nameOf = new Map<string, string>([
      [paths.yaml, names.yaml],
      [paths.ics, names.ics],
      [paths.team, names.team],
    ]);
    return withFileLocks([paths.yaml, paths.ics, paths.team], () => work(names, paths), {
      signal: ctx?.signal,
      describe: (path) => nameOf.get(path) ?? path,
    });
  }
}

type Files<T> = { yaml: T; ics: T; team: T };

async function record(
  rotation: ShadowRotation,
  names: Files<string>,
  paths: Files<string>,
  ctx?: FetchContext,
): Promise<ShadowRecording> {
  const recorded = await readIfPresent(paths.yaml);
  if (recorded !== null) checkSameRotation(recorded.toString("utf8"), names.yaml, rotation);
  const teamBytes = await readIfPresent(paths.team);
  if (teamBytes === null) throw new WorkspaceError(`There is no ${TEAM_FILE} in the workspace.`);
  const history = parseTeamFile(teamBytes.toString("utf8"), TEAM_FILE).shadowHistory;
  const known = new Set(history.map(shadowKey));
  const missing = uniqueShadows(rotation.shadows).filter((shadow) => !known.has(shadowKey(shadow)));
  const newTeamBytes = appendShadowHistoryBytes(teamBytes, missing, TEAM_FILE);
  if (missing.length > 0) checkAppended(newTeamBytes.toString("utf8"), history.length + missing.length);
  const icsPresent = (await readIfPresent(paths.ics)) !== null;
  ctx?.signal?.throwIfAborted();

  const result: ShadowRecording = { mode: "workspace", created: [], existing: [], pagingChanges: [] };
  if (recorded === null) {
    await writeFileAtomically(paths.yaml, rotationFileText(rotation));
    result.created.push(names.yaml);
  } else result.existing.push(names.yaml);
  if (!icsPresent) {
    await writeFileAtomically(paths.ics, rotation.calendar);
    result.created.push(names.ics);
  } else result.existing.push(names.ics);
  if (missing.length > 0) await writeFileAtomically(paths.team, newTeamBytes);
  const inHistory = (shadow: ShadowRecord) => `${TEAM_FILE} shadowHistory: ${describeShadow(shadow)}`;
  result.created.push(...missing.map(inHistory));
  result.existing.push(
    ...uniqueShadows(rotation.shadows)
      .filter((shadow) => known.has(shadowKey(shadow)))
      .map(inHistory),
  );
  return result;
}

async function undo(
  rotation: ShadowRotation,
  names: Files<string>,
  paths: Files<string>,
  ctx?: FetchContext,
): Promise<ShadowRemoval> {
  const recorded = await readIfPresent(paths.yaml);
  if (recorded !== null) {
    checkSameRotation(
      recorded.toString("utf8"),
      names.yaml,
      rotation,
      "undo with the pairings it holds, or delete it and its entries in team.yaml shadowHistory by hand",
    );
  }
  const teamBytes = await readIfPresent(paths.team);
  if (teamBytes === null) throw new WorkspaceError(`There is no ${TEAM_FILE} in the workspace.`);
  const history = parseTeamFile(teamBytes.toString("utf8"), TEAM_FILE).shadowHistory;
  const wanted = new Set(rotation.shadows.map(shadowKey));
  const indexes = history.flatMap((shadow, index) => (wanted.has(shadowKey(shadow)) ? [index] : []));
  const newTeamBytes = removeShadowHistoryBytes(teamBytes, indexes, history.length, TEAM_FILE);
  if (indexes.length > 0) {
    const kept = history.filter((_, index) => !indexes.includes(index)).map(shadowKey);
    checkRemoved(newTeamBytes.toString("utf8"), kept);
  }
  const icsPresent = (await readIfPresent(paths.ics)) !== null;
  ctx?.signal?.throwIfAborted();

  // team.yaml first and the rotation file last: a retry after a failure in between finds the rest to remove.
  const result: ShadowRemoval = { mode: "workspace", removed: [], notRemoved: [], pagingChanges: [] };
  if (indexes.length > 0) await writeFileAtomically(paths.team, newTeamBytes);
  const inHistory = (shadow: ShadowRecord) => `${TEAM_FILE} shadowHistory: ${describeShadow(shadow)}`;
  const found = new Set(indexes.map((index) => shadowKey(history[index]!)));
  result.removed.push(...indexes.map((index) => inHistory(history[index]!)));
  result.notRemoved.push(
    ...uniqueShadows(rotation.shadows)
      .filter((shadow) => !found.has(shadowKey(shadow)))
      .map((shadow) => `${inHistory(shadow)}: not there`),
  );
  for (const [present, path, name] of [
    [icsPresent, paths.ics, names.ics],
    [recorded !== null, paths.yaml, names.yaml],
  ] as const) {
    if (present) {
      await rm(path, { force: true });
      result.removed.push(name);
    } else result.notRemoved.push(`${name}: not there`);
  }
  return result;
}

/** "2026-11-30" for a UTC midnight, else "2026-11-24T1200Z": readable, sortable, and free of ":" for every file system. */
export function rotationFileBase(window: Interval): string {
  return `${fileStamp(window.start)}_${fileStamp(window.end)}`;
}

function fileStamp(instant: string): string {
  const iso = new Date(instant).toISOString();
  if (iso.endsWith("T00:00:00.000Z")) return iso.slice(0, 10);
  const seconds = iso.slice(17, 19);
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${seconds === "00" ? "" : seconds}Z`;
}

export function shadowKey(shadow: ShadowRecord): string {
  return [
    shadow.mentee,
    shadow.mentor,
    shadow.schedule,
    Date.parse(shadow.start),
    Date.parse(shadow.end),
  ].join("|");
}

function uniqueShadows(shadows: readonly ShadowRecord[]): ShadowRecord[] {
  const seen = new Set<string>();
  return shadows.filter((shadow) => {
    const key = shadowKey(shadow);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeShadow(shadow: ShadowRecord): string {
  return `${shadow.mentee} shadows ${shadow.mentor} on ${shadow.schedule}, ${shadow.start} to ${shadow.end}`;
}

function rotationFileText(rotation: ShadowRotation): string {
  const header = [
    "# A shadow on-call rotation recorded by oncall-mentor-mcp (record_shadow_rotation).",
    "# Its pairings are also in team.yaml shadowHistory; the .ics file beside this one holds the calendar.",
  ].join("\n");
  const body = {
    window: { from: rotation.window.start, to: rotation.window.end },
    pairings: rotation.details,
  };
  return `${header}\n${YAML.stringify(body, { lineWidth: 0 })}`;
}

/** The file records this rotation when it holds the same shadow shifts; another plan for the window is refused. */
function checkSameRotation(
  text: string,
  name: string,
  rotation: ShadowRotation,
  otherwise = "record the same pairings, choose another window, or delete that file (and its entries in team.yaml shadowHistory) first",
): void {
  let recorded: ShadowRecord[];
  try {
    const data = YAML.parse(text) as { pairings?: unknown };
    recorded = (Array.isArray(data?.pairings) ? data.pairings : []).map(toShadow);
  } catch {
    throw new WorkspaceError(
      `${name} is not a rotation file this server can read; move it away to record this window again.`,
    );
  }
  const keys = (shadows: ShadowRecord[]) => [...new Set(shadows.map(shadowKey))].sort().join("\n");
  if (keys(recorded) !== keys(rotation.shadows)) {
    throw new UserInputError(`${name} already records a different rotation for this window; ${otherwise}.`);
  }
}

function toShadow(value: unknown): ShadowRecord {
  const item = value as Record<string, unknown>;
  const id = (field: string) => {
    const raw = item[field];
    const text = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : raw;
    if (typeof text !== "string") throw new Error(`pairing without ${field}`);
    return text;
  };
  return {
    mentee: id("mentee"),
    mentor: id("mentor"),
    schedule: id("schedule"),
    start: id("start"),
    end: id("end"),
  };
}

function checkAppended(text: string, expected: number): void {
  const count = parseTeamFile(text, TEAM_FILE).shadowHistory.length;
  if (count !== expected) {
    throw new WorkspaceError(
      `${TEAM_FILE}: appending to shadowHistory would give ${count} entries instead of ${expected}; check its layout.`,
    );
  }
}

function checkRemoved(text: string, kept: readonly string[]): void {
  const left = parseTeamFile(text, TEAM_FILE).shadowHistory.map(shadowKey);
  if (left.join("\n") !== kept.join("\n")) {
    throw new WorkspaceError(
      `${TEAM_FILE}: removing from shadowHistory would not leave exactly the other entries; check its layout, or remove the entries by hand.`,
    );
  }
}

async function readIfPresent(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
