// incidents/*.json: one incident per file, { incident, log_entries, notes, alerts } in PagerDuty REST API v2
// shapes. Reading and writing the files, and normalising one file's JSON into records.
import { randomBytes } from "node:crypto";
import { type Dirent, readFileSync, realpathSync } from "node:fs";
import { readdir, readFile, realpath } from "node:fs/promises";
import { join } from "node:path";
import { setImmediate as setImmediatePromise } from "node:timers/promises";
import { WorkspaceError } from "../../lib/errors.js";
import type { Alert, Incident, LogEntry, Note } from "../../model.js";
import {
  type FailField,
  normaliseAlert,
  normaliseIncident,
  normaliseLogEntry,
  normaliseNote,
  type RecordJoins,
} from "../pagerduty-records.js";
import { insertIntoIncidentText } from "./incident-file-text.js";
import { isInside, resolveWritePath, withFileLocks, writeFileAtomically } from "./workspace-writer.js";

/** One incident file as read from disk. */
export interface RawIncidentFile {
  /** Workspace-relative, e.g. "incidents/2026-11-20-payments-latency.json". */
  file: string;
  json: Record<string, unknown>;
}

/** One incident file's records, normalised. */
export interface IncidentRecord {
  file: string;
  incident: Incident;
  /** The ids as written in the file, before joining to team.yaml, so filters can match either. */
  rawServiceId: string;
  rawTeamIds: string[];
  /** Oldest first. */
  logEntries: LogEntry[];
  notes: Note[];
  alerts: Alert[];
}

const SHAPE_HINT = "each file holds { incident, log_entries, notes, alerts } as PagerDuty's API returns them";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The 1-based line where `text` stops being JSON, or null when it is JSON. Node 20's JSON.parse names no position,
 * so the text is scanned again by this small checker of JSON's grammar (RFC 8259) to find the first bad character.
 */
export function jsonErrorLine(text: string): number | null {
  let at = 0;
  const fail = (): never => {
    throw new JsonSyntaxAt(at);
  };
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text.charAt(at))) at++;
  };
  const expect = (char: string) => {
    if (text.charAt(at) !== char) fail();
    at++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      if (at >= text.length || text.charCodeAt(at) < 0x20) fail();
      const char = text.charAt(at++);
      if (char === '"') return;
      if (char !== "\\") continue;
      const escaped = text.charAt(at);
      if ('"\\/bfnrt'.includes(escaped) && escaped !== "") at++;
      else if (escaped === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) at += 5;
      else fail();
    }
  };
  const sequence = (close: string, item: () => void) => {
    at++;
    space();
    if (text.charAt(at) === close) {
      at++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text.charAt(at) === close) {
        at++;
        return;
      }
      expect(",");
      space();
    }
  };
  const value = () => {
    const char = text.charAt(at);
    if (char === "{") sequence("}", member);
    else if (char === "[") sequence("]", value);
    else if (char === '"') string();
    else scalar();
  };
  const member = () => {
    string();
    space();
    expect(":");
    space();
    value();
  };
  const scalar = () => {
    const literal = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    literal.lastIndex = at;
    if (!literal.test(text)) fail();
    at = literal.lastIndex;
  };
  try {
    space();
    value();
    space();
    if (at < text.length) fail();
    return null;
  } catch (error) {
    // Nesting deep enough to exhaust the stack: the message goes without a line.
    if (error instanceof RangeError) return null;
    if (!(error instanceof JsonSyntaxAt)) throw error;
    return text.slice(0, error.offset).split("\n").length;
  }
}

class JsonSyntaxAt {
  constructor(readonly offset: number) {}
}

/** Parses one file's text; a file that is not JSON or not shaped like an incident file is a WorkspaceError. */
export function parseIncidentFile(file: string, text: string): RawIncidentFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = jsonErrorLine(text);
    throw new WorkspaceError(
      `${file}${line ? ` line ${line}` : ""}: the file is not valid JSON (${message}); fix the syntax there.`,
    );
  }
  if (!isObject(json)) throw new WorkspaceError(`${file}: the file is not a JSON object; ${SHAPE_HINT}.`);
  if (!isObject(json["incident"])) throw new WorkspaceError(`${file}: incident is missing; ${SHAPE_HINT}.`);
  for (const key of ["log_entries", "notes", "alerts"]) {
    if (json[key] !== undefined && !Array.isArray(json[key])) {
      throw new WorkspaceError(`${file}: ${key} must be a list; ${SHAPE_HINT}.`);
    }
  }
  return { file, json };
}

function failIn(file: string, prefix: string): FailField {
  return (field, problem) => {
    throw new WorkspaceError(
      `${file}: ${prefix}${field} ${problem}; fix the field to match PagerDuty's API shape.`,
    );
  };
}

function listOf(json: Record<string, unknown>, key: string): unknown[] {
  const value = json[key];
  return Array.isArray(value) ? value : [];
}

function idOf(value: unknown): string | null {
  return isObject(value) && typeof value["id"] === "string" ? value["id"] : null;
}

export function normaliseIncidentFile(raw: RawIncidentFile, joins: RecordJoins): IncidentRecord {
  const { file, json } = raw;
  const incident = normaliseIncident(json["incident"], joins, failIn(file, "incident."));
  const rawIncident = json["incident"] as Record<string, unknown>;
  const byTime =
    <T>(at: (item: T) => string) =>
    (a: T, b: T) =>
      at(a).localeCompare(at(b));
  // Entries in the file belong to the file's incident, whatever their own reference says.
  const logEntries = listOf(json, "log_entries")
    .map((entry, i) => ({
      ...normaliseLogEntry(entry, joins, failIn(file, `log_entries[${i}].`), incident.id),
      incidentId: incident.id,
    }))
    .sort(byTime((e) => e.at));
  const notes = listOf(json, "notes")
    .map((note, i) => normaliseNote(note, incident.id, joins, failIn(file, `notes[${i}].`)))
    .sort(byTime((n) => n.at));
  const alerts = listOf(json, "alerts")
    .map((alert, i) => normaliseAlert(alert, failIn(file, `alerts[${i}].`)))
    .sort(byTime((a) => a.createdAt));
  return {
    file,
    incident,
    rawServiceId: idOf(rawIncident["service"]) ?? incident.service.id,
    rawTeamIds: listOf(rawIncident, "teams").flatMap((team) => idOf(team) ?? []),
    logEntries,
    notes,
    alerts,
  };
}

/**
 * Files read back to back between two turns of the event loop. An incident file is small, and reading it with a
 * blocking call costs less than a thread-pool round trip: for 100,000 files, 14 s against 35 s for 32 files in
 * flight with the callback readFile (and more with fs.promises) on the same busy machine. One file is open at a
 * time, so no open-file limit is ever reached, and other requests are served between batches.
 */
const READ_BATCH = 64;

/** Reads every incidents/*.json under the workspace; no incidents folder means no incidents. */
export async function readIncidentFiles(workspaceDir: string): Promise<RawIncidentFile[]> {
  const folder = join(workspaceDir, "incidents");
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const jsonEntries = entries
    .filter((entry) => entry.name.endsWith(".json"))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const root = await realpath(workspaceDir);
  // A link may point anywhere on the machine; only files that really live in the workspace are read. The
  // folder is resolved once, and only linked files one by one: 100,000 files need no 100,000 realpath calls.
  const outside = (name: string) =>
    new WorkspaceError(
      `incidents/${name} links to a file outside the workspace; copy the file into incidents/ instead.`,
    );
  if (jsonEntries.length > 0 && !isInside(root, await realpath(folder))) throw outside(jsonEntries[0]!.name);
  const files: RawIncidentFile[] = [];
  for (let start = 0; start < jsonEntries.length; start += READ_BATCH) {
    if (start > 0) await setImmediatePromise();
    for (const entry of jsonEntries.slice(start, start + READ_BATCH)) {
      const path = join(folder, entry.name);
      if (entry.isSymbolicLink() && !isInside(root, realpathSync(path))) throw outside(entry.name);
      files.push(parseIncidentFile(`incidents/${entry.name}`, readFileSync(path, "utf8")));
    }
  }
  return files;
}

/** A PagerDuty-style id: upper-case letters and digits. */
export function newPagerDutyId(prefix: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  return prefix + [...randomBytes(13)].map((byte) => alphabet[byte % alphabet.length]).join("");
}

/**
 * Appends `additions` (arrays of PagerDuty-shaped objects by key) to one incident file by inserting their text,
 * so every other byte stays as it was. The file is read, extended and replaced while holding its lock, so a
 * note written at the same time by another call or another server process is never lost.
 */
export async function appendToIncidentFile(
  workspaceDir: string,
  file: string,
  additions: Record<string, unknown[]>,
  signal?: AbortSignal,
): Promise<RawIncidentFile> {
  const path = await resolveWritePath(workspaceDir, file);
  return withFileLocks(
    [path],
    async () => {
      const bytes = await readFile(path);
      const text = bytes.toString("utf8");
      if (!Buffer.from(text, "utf8").equals(bytes)) {
        throw new WorkspaceError(
          `${file} is not valid UTF-8, so a note cannot be added without changing its other bytes; save it as UTF-8 JSON.`,
        );
      }
      parseIncidentFile(file, text);
      const updated = insertIntoIncidentText(text, additions, file);
      signal?.throwIfAborted();
      await writeFileAtomically(path, updated);
      return parseIncidentFile(file, updated);
    },
    { signal, describe: () => file },
  );
}
