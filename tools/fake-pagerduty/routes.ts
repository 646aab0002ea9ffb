// The endpoints the fake answers, written as the API description names them.
import type { Handler } from "./handlers/context.js";
import { getUser, listServices, listTeams, listUsers } from "./handlers/directory.js";
import { createNote, getIncident, listAlerts, listIncidents, listNotes } from "./handlers/incidents.js";
import { listIncidentLogEntries, listLogEntries } from "./handlers/log-entries.js";
import {
  createOverrides,
  createSchedule,
  deleteOverride,
  getSchedule,
  listOverrides,
  listSchedules,
} from "./handlers/schedules.js";

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

function route(method: string, template: string, handler: Handler): Route {
  const names: string[] = [];
  const source = template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { method, template, pattern: new RegExp(`^${source}/?$`), names, handler };
}

export const ROUTES: readonly Route[] = [
  route("GET", "/incidents", listIncidents),
  route("GET", "/incidents/{id}", getIncident),
  route("GET", "/incidents/{id}/log_entries", listIncidentLogEntries),
  route("GET", "/incidents/{id}/notes", listNotes),
  route("POST", "/incidents/{id}/notes", createNote),
  route("GET", "/incidents/{id}/alerts", listAlerts),
  route("GET", "/log_entries", listLogEntries),
  route("GET", "/users", listUsers),
  route("GET", "/users/{id}", getUser),
  route("GET", "/services", listServices),
  route("GET", "/teams", listTeams),
  route("GET", "/schedules", listSchedules),
  route("POST", "/schedules", createSchedule),
  route("GET", "/schedules/{id}", getSchedule),
  route("GET", "/schedules/{id}/overrides", listOverrides),
  route("POST", "/schedules/{id}/overrides", createOverrides),
  route("DELETE", "/schedules/{id}/overrides/{override_id}", deleteOverride),
];

/** "get /incidents/{id}" for each route: the operations the spec validator loads. */
export const OPERATIONS = ROUTES.map((entry) => `${entry.method.toLowerCase()} ${entry.template}`);

export function matchRoute(
  method: string,
  path: string,
): { handler: Handler; params: Record<string, string> } | { handler: null; pathKnown: boolean } {
  let pathKnown = false;
  for (const entry of ROUTES) {
    const match = entry.pattern.exec(path);
    if (!match) continue;
    pathKnown = true;
    if (entry.method !== method) continue;
    const params: Record<string, string> = {};
    entry.names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1] ?? "");
    });
    return { handler: entry.handler, params };
  }
  return { handler: null, pathKnown };
}
