// Records a shadow rotation in the workspace (WORKSPACE.md): shadow-rotations/<from>_<to>.yaml and .ics, and the
// shadow shifts appended to team.yaml's shadowHistory with every other byte of the file kept. Idempotent: what is
// already there is left alone and reported as existing. Everything is checked before anything is written.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import YAML from "yaml";
import { UserInputError, WorkspaceError } from "../../lib/errors.js";
import type { Interval, ShadowRecord } from "../../model.js";
import type { FetchContext, ShadowRecorder, ShadowRecording, ShadowRotation } from "../ports.js";
import { appendShadowHistory } from "./shadow-history-text.js";
import { parseTeamFile } from "./team-file.js";
import { TEAM_FILE } from "./team-source.js";

export const ROTATIONS_DIR = "shadow-rotations";

/** Recordings of one workspace run one at a time, so two calls never both append the same entries. */
const queues = new Map<string, Promise<unknown>>();

/** Runs `work` after every earlier write to this workspace's team.yaml has finished. */
export function inWorkspaceQueue<T>(workspaceDir: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(workspaceDir) ?? Promise.resolve()).catch(() => {}).then(work);
  queues.set(workspaceDir, run);
  return run;
}

export class WorkspaceShadowRecorder implements ShadowRecorder {
  readonly kind = "workspace" as const;

  constructor(private readonly workspaceDir: string) {}

  recordShadowRotation(rotation: ShadowRotation, ctx?: FetchContext): Promise<ShadowRecording> {
    ctx?.signal?.throwIfAborted();
    return inWorkspaceQueue(this.workspaceDir, () => this.record(rotation, ctx));
  }

  private async record(rotation: ShadowRotation, ctx?: FetchContext): Promise<ShadowRecording> {
    const base = rotationFileBase(rotation.window);
    const yamlName = `${ROTATIONS_DIR}/${base}.yaml`;
    const icsName = `${ROTATIONS_DIR}/${base}.ics`;
    const yamlPath = join(this.workspaceDir, yamlName);
    const icsPath = join(this.workspaceDir, icsName);
    const teamPath = join(this.workspaceDir, TEAM_FILE);

    const recorded = await readIfPresent(yamlPath);
    if (recorded !== null) checkSameRotation(recorded, yamlName, rotation);
    const teamText = await readIfPresent(teamPath);
    if (teamText === null)
      throw new WorkspaceError(`There is no ${TEAM_FILE} in the workspace (${teamPath}).`);
    const history = parseTeamFile(teamText, TEAM_FILE).shadowHistory;
    const known = new Set(history.map(shadowKey));
    const missing = uniqueShadows(rotation.shadows).filter((shadow) => !known.has(shadowKey(shadow)));
    const newTeamText = appendShadowHistory(teamText, missing, TEAM_FILE);
    if (missing.length > 0) checkAppended(newTeamText, history.length + missing.length);
    const icsPresent = (await readIfPresent(icsPath)) !== null;
    ctx?.signal?.throwIfAborted();

    const result: ShadowRecording = { created: [], existing: [] };
    if (recorded === null) {
      await writeAtomically(yamlPath, rotationFileText(rotation));
      result.created.push(yamlName);
    } else result.existing.push(yamlName);
    if (!icsPresent) {
      await writeAtomically(icsPath, rotation.calendar);
      result.created.push(icsName);
    } else result.existing.push(icsName);
    if (missing.length > 0) await writeAtomically(teamPath, newTeamText);
    const inHistory = (shadow: ShadowRecord) => `${TEAM_FILE} shadowHistory: ${describeShadow(shadow)}`;
    result.created.push(...missing.map(inHistory));
    result.existing.push(
      ...uniqueShadows(rotation.shadows)
        .filter((shadow) => known.has(shadowKey(shadow)))
        .map(inHistory),
    );
    return result;
  }
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
function checkSameRotation(text: string, name: string, rotation: ShadowRotation): void {
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
    throw new UserInputError(
      `${name} already records a different rotation for this window; record the same pairings, choose another window, or delete that file (and its entries in team.yaml shadowHistory) first.`,
    );
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

export async function readIfPresent(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Write beside, then rename: a reader never sees half a file, and a failed write leaves the old one. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(4).toString("hex")}.tmp`;
  const mode = await stat(path).then(
    (info) => info.mode & 0o777,
    () => 0o644,
  );
  await writeFile(temporary, text, { encoding: "utf8", mode });
  await rename(temporary, path);
}
