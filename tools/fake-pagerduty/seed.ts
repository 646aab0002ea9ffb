// Builds the fake's account from a workspace folder: team.yaml (people, services, teams, schedules) and
// incidents/*.json, the same files the server reads in workspace mode.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { WorkspaceError } from "../../src/lib/errors.js";
import type { TeamDirectory } from "../../src/model.js";
import { parseTeamFile } from "../../src/sources/workspace/team-file.js";
import type { PdObject } from "./pd-objects.js";
import { FakePagerDutyState, type IncidentFile } from "./state.js";

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function asIncidentFile(value: unknown, file: string): IncidentFile {
  const record = value as Partial<IncidentFile> | null;
  if (
    typeof record !== "object" ||
    record === null ||
    typeof record.incident !== "object" ||
    !record.incident
  ) {
    throw new WorkspaceError(
      `${file}: the top level needs an "incident" object (PagerDuty's Incident shape).`,
    );
  }
  for (const part of ["log_entries", "notes", "alerts"] as const) {
    if (record[part] !== undefined && !Array.isArray(record[part])) {
      throw new WorkspaceError(`${file}: "${part}" must be a list of PagerDuty ${part.replace("_", " ")}.`);
    }
  }
  return record as IncidentFile;
}

export async function readTeamDirectory(workspaceDir: string): Promise<TeamDirectory | null> {
  const file = path.join(workspaceDir, "team.yaml");
  const text = await readOptional(file);
  return text === null ? null : parseTeamFile(text, file);
}

async function readIncidentFiles(workspaceDir: string): Promise<{ file: string; content: IncidentFile }[]> {
  const incidentsDir = path.join(workspaceDir, "incidents");
  let names: string[];
  try {
    names = (await readdir(incidentsDir)).filter((name) => name.endsWith(".json")).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const files: { file: string; content: IncidentFile }[] = [];
  for (const name of names) {
    const file = path.join(incidentsDir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      throw new WorkspaceError(`${file}: not valid JSON (${(error as Error).message}).`);
    }
    files.push({ file, content: asIncidentFile(parsed, file) });
  }
  return files;
}

/** User ids in the incident files' user references (and full user objects), by the name they carry. */
export function userIdsByName(files: readonly IncidentFile[]): Map<string, string> {
  const ids = new Map<string, string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const object = value as Record<string, unknown>;
    const { type, id } = object;
    const name = type === "user" ? (object["name"] ?? object["summary"]) : object["summary"];
    const isUser = type === "user_reference" || type === "user";
    if (isUser && typeof id === "string" && typeof name === "string" && !ids.has(name)) ids.set(name, id);
    for (const child of Object.values(object)) visit(child);
  };
  visit(files);
  return ids;
}

export function escalationPolicyByService(files: readonly IncidentFile[]): Map<string, PdObject> {
  const policies = new Map<string, PdObject>();
  for (const { incident } of files) {
    const service = incident["service"] as PdObject | undefined;
    const policy = incident["escalation_policy"];
    if (typeof service?.["id"] === "string" && typeof policy === "object" && policy !== null) {
      if (!policies.has(service["id"])) policies.set(service["id"], policy as PdObject);
    }
  }
  return policies;
}

export async function seedFromWorkspace(workspaceDir: string): Promise<FakePagerDutyState> {
  const directory = await readTeamDirectory(workspaceDir);
  const files = await readIncidentFiles(workspaceDir);
  const contents = files.map(({ content }) => content);
  const state = new FakePagerDutyState(directory, {
    userIdsByName: userIdsByName(contents),
    escalationPolicyByService: escalationPolicyByService(contents),
  });
  for (const { file, content } of files) {
    try {
      state.addIncident(content);
    } catch (error) {
      throw new WorkspaceError(`${file}: ${(error as Error).message}`);
    }
  }
  return state;
}
