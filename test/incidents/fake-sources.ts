// In-memory sources for the loader tests: every port call is recorded, so a test can say what was asked for.

import { NotFoundError, UserInputError } from "../../src/lib/errors.js";
import type { Incident, LogEntry, Note, Shift } from "../../src/model.js";
import type {
  Bounded,
  IncidentPage,
  IncidentQuery,
  IncidentSource,
  LogEntryQuery,
  ScheduleSource,
  ScheduleSummary,
  Sources,
} from "../../src/ports/sources.js";

export interface FakeIncidentData {
  incidents: Incident[];
  logEntries?: LogEntry[];
  notes?: Note[];
  schedules?: ScheduleSummary[];
  shifts?: Shift[];
  /** Schedule ids whose rendering fails with a UserInputError. */
  brokenSchedules?: string[];
}

export interface FakeSources {
  sources: Sources;
  calls: string[];
}

export function fakeSources(data: FakeIncidentData): FakeSources {
  const calls: string[] = [];
  const find = (idOrNumber: string) => {
    const found = data.incidents.find((i) => i.id === idOrNumber || String(i.number) === idOrNumber);
    if (!found) throw new NotFoundError(`No incident ${idOrNumber}.`);
    return found;
  };
  const entriesOf = (id: string) => (data.logEntries ?? []).filter((e) => e.incidentId === id);
  const bounded = <T>(items: T[], limit?: number): Bounded<T> => ({
    items: limit === undefined ? items : items.slice(0, limit),
    total: items.length,
  });

  const incidents: IncidentSource = {
    cheapReads: false,
    noteRefusal: null,
    async listIncidents(query: IncidentQuery): Promise<IncidentPage> {
      const statuses = query.statuses ? ` statuses=${query.statuses.join(",")}` : "";
      calls.push(
        `listIncidents offset=${query.offset} services=${query.serviceIds?.join(",") ?? "*"}${statuses}`,
      );
      const matching = data.incidents.filter(
        (i) =>
          (!query.serviceIds || query.serviceIds.includes(i.service.id)) &&
          (!query.statuses || query.statuses.includes(i.status)) &&
          (!query.since || Date.parse(i.createdAt) >= Date.parse(query.since)) &&
          (!query.until || Date.parse(i.createdAt) < Date.parse(query.until)),
      );
      const page = matching.slice(query.offset, query.offset + query.limit);
      return { incidents: page, more: query.offset + query.limit < matching.length };
    },
    async getIncident(idOrNumber) {
      calls.push(`getIncident ${idOrNumber}`);
      return find(idOrNumber);
    },
    async listLogEntries(incidentId, query: LogEntryQuery = {}) {
      calls.push(
        `listLogEntries ${incidentId} overview=${Boolean(query.overview)} limit=${query.limit ?? "all"}`,
      );
      const all = entriesOf(incidentId);
      return bounded(query.overview ? all.filter((e) => e.kind !== "notify") : all, query.limit);
    },
    async listLogEntriesInWindow(since, until, query = {}) {
      calls.push(`listLogEntriesInWindow ${since} ${until} overview=${Boolean(query.overview)}`);
      return (data.logEntries ?? []).filter((e) => e.at >= since && e.at < until);
    },
    async listNotes(incidentId) {
      calls.push(`listNotes ${incidentId}`);
      return (data.notes ?? []).filter((n) => n.incidentId === incidentId);
    },
    async listAlerts(incidentId, query = {}) {
      calls.push(`listAlerts ${incidentId} limit=${query.limit ?? "all"}`);
      return { items: [], total: 0 };
    },
    async addNote() {
      throw new Error("not used");
    },
    async listDirectory(kind) {
      calls.push(`listDirectory ${kind}`);
      return kind === "services"
        ? [...new Map(data.incidents.map((i) => [i.service.id, i.service])).values()]
        : [...new Map(data.incidents.flatMap((i) => i.teams).map((t) => [t.id, t])).values()];
    },
  };
  const schedules: ScheduleSource = {
    async listSchedules() {
      calls.push("listSchedules");
      return data.schedules ?? [];
    },
    async renderSchedule(scheduleId) {
      calls.push(`renderSchedule ${scheduleId}`);
      if (data.brokenSchedules?.includes(scheduleId))
        throw new UserInputError(`PagerDuty has no schedule ${scheduleId}.`);
      return (data.shifts ?? []).filter((s) => s.scheduleId === scheduleId);
    },
  };
  const unused = () => {
    throw new Error("not used");
  };
  return {
    calls,
    sources: {
      team: { load: unused },
      incidents,
      schedules,
      runbooks: {
        proposalMode: "workspace",
        diffRoot: "runbooks",
        listRunbooks: unused,
        readRunbook: unused,
        proposeChange: unused,
      },
      shadows: {
        reverseShadowChangesPaging: false,
        recordShadowRotation: unused,
        undoShadowRotation: unused,
      },
      drills: { recordDrill: unused },
    },
  };
}
