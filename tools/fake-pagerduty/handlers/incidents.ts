// GET /incidents, GET /incidents/{id}, notes and alerts of one incident.
import { envelope, list, pageOf, parsePaging, single } from "../paging.js";
import { fromHeaderRequired, invalidInput, notFound } from "../pd-errors.js";
import type { PdObject } from "../pd-objects.js";
import type { FakePagerDutyState, IncidentRecord } from "../state.js";
import { type Handler, type HandlerContext, objectField, queryTime } from "./context.js";

const SORT_FIELDS = ["incident_number", "created_at", "resolved_at", "urgency"] as const;
type SortField = (typeof SORT_FIELDS)[number];
type SortKey = { field: SortField; descending: boolean };

const MONTH_MS = 30 * 86_400_000;
// PagerDuty: "Maximum range is 6 months and default is 1 month."
const MAX_RANGE_MS = 6 * 31 * 86_400_000;

export function findIncidentOr404(state: FakePagerDutyState, idOrNumber: string | undefined): IncidentRecord {
  const record = idOrNumber === undefined ? undefined : state.findIncident(idOrNumber);
  if (!record) throw notFound();
  return record;
}

function parseSort(text: string | undefined): SortKey[] {
  if (text === undefined || text === "") return [{ field: "created_at", descending: false }];
  const keys = text.split(",").map((part) => {
    const [field = "", direction = "asc"] = part.trim().split(":");
    if (!SORT_FIELDS.includes(field as SortField) || !["asc", "desc"].includes(direction)) {
      throw invalidInput(
        `Sort by must be one or two of ${SORT_FIELDS.join(", ")}, each optionally :asc or :desc.`,
      );
    }
    return { field: field as SortField, descending: direction === "desc" };
  });
  if (keys.length > 2) throw invalidInput("Sort by accepts at most two fields.");
  return keys;
}

function sortValue(record: IncidentRecord, field: SortField): number | string {
  if (field === "incident_number") return record.number;
  if (field === "created_at") return record.createdMs;
  if (field === "urgency") return String(record.incident["urgency"] ?? "");
  const resolved = record.incident["resolved_at"];
  return typeof resolved === "string" ? Date.parse(resolved) : Number.POSITIVE_INFINITY;
}

function compareBy(keys: SortKey[]): (a: IncidentRecord, b: IncidentRecord) => number {
  return (a, b) => {
    for (const { field, descending } of keys) {
      const x = sortValue(a, field);
      const y = sortValue(b, field);
      if (x !== y) return (x < y ? -1 : 1) * (descending ? -1 : 1);
    }
    return a.createdMs - b.createdMs;
  };
}

/** `include[]` replaces references with the full objects the fake holds. */
export function expandIncident(state: FakePagerDutyState, incident: PdObject, include: string[]): PdObject {
  if (include.length === 0) return incident;
  const expanded: PdObject = { ...incident };
  if (include.includes("services")) {
    const serviceId = objectField(incident, "service")?.["id"];
    const service = state.services.find((candidate) => candidate["id"] === serviceId);
    if (service) expanded["service"] = service;
  }
  if (include.includes("teams") && Array.isArray(incident["teams"])) {
    expanded["teams"] = (incident["teams"] as PdObject[]).map(
      (team) => state.teams.find((candidate) => candidate["id"] === team["id"]) ?? team,
    );
  }
  if (
    (include.includes("assignees") || include.includes("users")) &&
    Array.isArray(incident["assignments"])
  ) {
    expanded["assignments"] = (incident["assignments"] as PdObject[]).map((assignment) => {
      const assignee = objectField(assignment, "assignee");
      const user = assignee ? state.user(String(assignee["id"])) : undefined;
      return user ? { ...assignment, assignee: user } : assignment;
    });
  }
  return expanded;
}

function incidentWindow(context: HandlerContext): { since?: number; until?: number } {
  const { query } = context;
  if (single(query, "date_range") === "all") return {};
  const givenSince = queryTime(query, "since");
  const givenUntil = queryTime(query, "until");
  const until = givenUntil ?? (givenSince !== undefined ? givenSince + MONTH_MS : context.now());
  const since = givenSince ?? until - MONTH_MS;
  if (since > until) throw invalidInput("Since must be before until.");
  if (until - since > MAX_RANGE_MS)
    throw invalidInput("The date range between since and until exceeds 6 months.");
  return { since, until };
}

export const listIncidents: Handler = (context) => {
  const { state, query } = context;
  const paging = parsePaging(query);
  const { since, until } = incidentWindow(context);
  const window = state.incidentIndex.window(since, until);
  const statuses = list(query, "statuses[]");
  const serviceIds = list(query, "service_ids[]");
  const teamIds = list(query, "team_ids[]");
  const urgencies = list(query, "urgencies[]");
  const sort = parseSort(single(query, "sort_by"));
  const include = list(query, "include[]");
  const filtered = statuses.length + serviceIds.length + teamIds.length + urgencies.length > 0;
  const defaultOrder = sort.length === 1 && sort[0]!.field === "created_at";

  let page: IncidentRecord[];
  let count: number;
  if (!filtered && defaultOrder) {
    // The common case reads one page straight from the time index.
    count = window.count;
    page = sort[0]!.descending
      ? window.descending(paging.offset, paging.limit)
      : window.ascending(paging.offset, paging.limit);
  } else {
    const matching = window.ascending().filter((record) => {
      const incident = record.incident;
      if (statuses.length && !statuses.includes(String(incident["status"]))) return false;
      if (urgencies.length && !urgencies.includes(String(incident["urgency"]))) return false;
      if (serviceIds.length && !serviceIds.includes(String(objectField(incident, "service")?.["id"])))
        return false;
      if (teamIds.length) {
        const teams = Array.isArray(incident["teams"]) ? (incident["teams"] as PdObject[]) : [];
        if (!teams.some((team) => teamIds.includes(String(team["id"])))) return false;
      }
      return true;
    });
    matching.sort(compareBy(sort));
    count = matching.length;
    page = matching.slice(paging.offset, paging.offset + paging.limit);
  }
  return {
    status: 200,
    body: {
      incidents: page.map((record) => expandIncident(state, record.incident, include)),
      ...envelope(paging, count),
    },
  };
};

export const getIncident: Handler = ({ state, params, query }) => {
  const record = findIncidentOr404(state, params["id"]);
  return {
    status: 200,
    body: { incident: expandIncident(state, record.incident, list(query, "include[]")) },
  };
};

export const listNotes: Handler = ({ state, params }) => {
  const record = findIncidentOr404(state, params["id"]);
  return { status: 200, body: { notes: record.notes } };
};

export const createNote: Handler = ({ state, params, headers, body, now }) => {
  const record = findIncidentOr404(state, params["id"]);
  const from = headers["from"];
  if (typeof from !== "string" || from.trim() === "") throw fromHeaderRequired();
  const user = state.userByEmail(from);
  if (!user) throw invalidInput(`The From header (${from}) is not the email of a user in this account.`);
  const content = objectField(body, "note")?.["content"];
  if (typeof content !== "string" || content.trim() === "") throw invalidInput("Note content is required.");
  // PagerDuty documents this creation as 200, not 201.
  return { status: 200, body: { note: state.addNote(record, content, user, now()) } };
};

export const listAlerts: Handler = ({ state, params, query }) => {
  const record = findIncidentOr404(state, params["id"]);
  const paging = parsePaging(query);
  const statuses = list(query, "statuses[]");
  const alertKey = single(query, "alert_key");
  const alerts = record.alerts.filter(
    (alert) =>
      (statuses.length === 0 || statuses.includes(String(alert["status"]))) &&
      (alertKey === undefined || alert["alert_key"] === alertKey),
  );
  return { status: 200, body: pageOf("alerts", alerts, paging) };
};
