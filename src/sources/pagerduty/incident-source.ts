// IncidentSource over the PagerDuty REST API: incidents, log entries, notes and alerts, normalised by
// ../pagerduty-records.ts and joined to team.yaml through the user directory.
import { ConfigurationError, NotFoundError } from "../../lib/errors.js";
import type { Alert, LogEntry, Note } from "../../model.js";
import type {
  Bounded,
  DirectoryEntry,
  FetchContext,
  IncidentPage,
  IncidentQuery,
  IncidentSource,
  LogEntryQuery,
  NoteWritten,
} from "../../ports/sources.js";
import { normaliseAlert, normaliseIncident, normaliseLogEntry, normaliseNote } from "../pagerduty-records.js";
import type { PagerDutyClient, PagerDutyRequest, QueryValue } from "./http-client.js";
import {
  INCIDENT_SPAN,
  incidentFilters,
  incidentWindows,
  requireCount,
  requireInstant,
  windowParameters,
} from "./incident-query.js";
import {
  createdAtOf,
  LOG_ENTRY_ORDER,
  listOrder,
  oldestFirst,
  readOldestLogEntries,
} from "./log-entry-order.js";
import { newestPageMayCover, readFromNewestPage } from "./newest-page.js";
import { type OffsetPage, PAGE_LIMIT, readAllPages, readWindowed, type TimeWindow } from "./paging.js";
import {
  failFor,
  type JsonObject,
  listField,
  objectField,
  offsetPage,
  stringField,
} from "./response-shapes.js";
import type { UserDirectory } from "./user-directory.js";

export interface PagerDutyIncidentSourceOptions {
  client: PagerDutyClient;
  directory: UserDirectory;
  /** The email of the PagerDuty user notes are posted as (the `From` header); null when not configured. */
  fromEmail: string | null;
  /** Closes a search open towards the future (`since` without `until`). */
  now: () => Date;
}

const NOTES_NEED_FROM_EMAIL =
  "add_incident_note needs PAGERDUTY_FROM_EMAIL: set it to the email of the PagerDuty user notes are posted as, then restart the server.";

export function createPagerDutyIncidentSource(options: PagerDutyIncidentSourceOptions): IncidentSource {
  const { client, directory } = options;
  const incidentPath = (id: string) => `/incidents/${encodeURIComponent(id)}`;
  const noSuchIncident = (id: string) => () =>
    new NotFoundError(`PagerDuty has no incident ${id}; it may have been deleted.`);

  const getPage = async (
    request: PagerDutyRequest,
    key: string,
    ctx: FetchContext | undefined,
  ): Promise<OffsetPage<JsonObject>> => {
    const data = await client.request(request, ctx);
    return offsetPage(data, key, `${request.method} ${request.path}`, (item) => item);
  };

  const readLogEntries = async (
    path: string,
    window: TimeWindow,
    filters: Record<string, QueryValue | undefined>,
    ctx: FetchContext | undefined,
    notFound?: () => Error,
  ): Promise<JsonObject[]> => {
    const list = {
      fetchPage: (w: TimeWindow, offset: number, limit: number, total: boolean) =>
        getPage(
          {
            method: "GET",
            path,
            query: {
              ...filters,
              since: w.since ?? undefined,
              until: w.until ?? undefined,
              offset,
              limit,
              total: total || undefined,
            },
            notFound,
          },
          "log_entries",
          ctx,
        ),
      createdAt: createdAtOf,
      order: LOG_ENTRY_ORDER,
      what: "log entries",
    } as const;
    const { items } = await readWindowed(list, [window], 0, Number.POSITIVE_INFINITY);
    return items;
  };

  const normaliseEntries = async (
    raws: JsonObject[],
    operation: string,
    ctx: FetchContext | undefined,
    incidentId?: string,
  ): Promise<LogEntry[]> => {
    const { joins } = await directory.load(ctx);
    const entries = raws.map((raw, index) =>
      normaliseLogEntry(raw, joins, failFor(`log_entries[${index}]`, operation), incidentId),
    );
    // Entries at the same instant keep their happening order: reverse a newest-first list before the stable sort.
    if (listOrder(raws) === "newest-first") entries.reverse();
    return oldestFirst(entries, (entry) => entry.at);
  };

  return {
    cheapReads: false,
    noteRefusal: options.fromEmail ? null : NOTES_NEED_FROM_EMAIL,

    async listIncidents(query: IncidentQuery, ctx?: FetchContext): Promise<IncidentPage> {
      requireCount("limit", query.limit);
      requireCount("offset", query.offset);
      if (query.since !== undefined) requireInstant("since", query.since);
      if (query.until !== undefined) requireInstant("until", query.until);
      const { team, joins } = await directory.load(ctx);
      const filters = incidentFilters(query, team);
      const list = {
        fetchPage: (window: TimeWindow, offset: number, limit: number, total: boolean) =>
          getPage(
            {
              method: "GET",
              path: "/incidents",
              query: { ...filters, ...windowParameters(window), offset, limit, total: total || undefined },
            },
            "incidents",
            ctx,
          ),
        createdAt: createdAtOf,
        order: "newest-first",
        what: "incidents",
        span: INCIDENT_SPAN,
      } as const;
      // A limit of 0 still asks for one record: whether any exist is the answer.
      const take = Math.max(query.limit, 1);
      const now = options.now();
      const windows = incidentWindows(query, now);
      const found =
        (query.since !== undefined && newestPageMayCover(query, windows.length, now, INCIDENT_SPAN.maxMs)
          ? await readFromNewestPage(list, query.since, query.until, take)
          : null) ?? (await readWindowed(list, windows, query.offset, take));
      const items = found.items.slice(0, query.limit);
      const more = query.limit === 0 ? found.items.length > 0 : found.more;
      return {
        incidents: items.map((raw, index) =>
          normaliseIncident(raw, joins, failFor(`incidents[${index}]`, "GET /incidents")),
        ),
        more,
      };
    },

    async getIncident(idOrNumber, ctx) {
      const path = incidentPath(idOrNumber);
      const [data, { joins }] = await Promise.all([
        client.request({ method: "GET", path, notFound: noSuchIncident(idOrNumber) }, ctx),
        directory.load(ctx),
      ]);
      const operation = `GET ${path}`;
      return normaliseIncident(
        objectField(data, "incident", operation),
        joins,
        failFor("the incident", operation),
      );
    },

    async listLogEntries(incidentId, query: LogEntryQuery = {}, ctx) {
      const path = `${incidentPath(incidentId)}/log_entries`;
      const operation = `GET ${path}`;
      const filters = { is_overview: query.overview ? true : undefined };
      const request = (offset: number, limit: number, total = false): PagerDutyRequest => ({
        method: "GET",
        path,
        query: { ...filters, offset, limit, total: total ? true : undefined },
        notFound: noSuchIncident(incidentId),
      });

      if (query.limit !== undefined) requireCount("limit", query.limit);
      if (query.limit === undefined) {
        const raws = await readLogEntries(
          path,
          { since: null, until: null },
          filters,
          ctx,
          noSuchIncident(incidentId),
        );
        const items = await normaliseEntries(raws, operation, ctx, incidentId);
        return { items, total: items.length };
      }
      if (query.limit === 0) {
        const page = await getPage(request(0, 1, true), "log_entries", ctx);
        return { items: [], total: page.total ?? page.items.length };
      }
      const oldest = await readOldestLogEntries(query.limit, request, (r) => getPage(r, "log_entries", ctx));
      if (oldest) {
        const items = await normaliseEntries(oldest.items, operation, ctx, incidentId);
        return { items, total: oldest.total };
      }
      const raws = await readLogEntries(
        path,
        { since: null, until: null },
        filters,
        ctx,
        noSuchIncident(incidentId),
      );
      const items = await normaliseEntries(raws, operation, ctx, incidentId);
      return { items: items.slice(0, query.limit), total: items.length };
    },

    async listLogEntriesInWindow(since, until, query = {}, ctx) {
      if (requireInstant("since", since) >= requireInstant("until", until)) return [];
      const filters = { is_overview: query.overview ? true : undefined };
      const [raws] = await Promise.all([
        readLogEntries("/log_entries", { since, until }, filters, ctx),
        directory.load(ctx),
      ]);
      return normaliseEntries(raws, "GET /log_entries", ctx);
    },

    async listNotes(incidentId, ctx): Promise<Note[]> {
      const path = `${incidentPath(incidentId)}/notes`;
      const operation = `GET ${path}`;
      const [data, { joins }] = await Promise.all([
        client.request({ method: "GET", path, notFound: noSuchIncident(incidentId) }, ctx),
        directory.load(ctx),
      ]);
      const notes = listField(data, "notes", operation).map((raw, index) =>
        normaliseNote(raw, incidentId, joins, failFor(`notes[${index}]`, operation)),
      );
      return oldestFirst(notes, (note) => note.at);
    },

    async listAlerts(incidentId, query = {}, ctx): Promise<Bounded<Alert>> {
      const path = `${incidentPath(incidentId)}/alerts`;
      const operation = `GET ${path}`;
      const request = (offset: number, limit: number, total: boolean): PagerDutyRequest => ({
        method: "GET",
        path,
        query: { sort_by: "created_at:asc", offset, limit, total: total ? true : undefined },
        notFound: noSuchIncident(incidentId),
      });
      const normalise = (raws: JsonObject[]) =>
        raws.map((raw, index) => normaliseAlert(raw, failFor(`alerts[${index}]`, operation)));

      if (query.limit === undefined) {
        const raws = await readAllPages(
          (offset, limit) => getPage(request(offset, limit, false), "alerts", ctx),
          "alerts",
        );
        const items = oldestFirst(normalise(raws), (alert) => alert.createdAt);
        return { items, total: items.length };
      }
      requireCount("limit", query.limit);
      const wanted = query.limit;
      const first = await getPage(request(0, Math.min(Math.max(wanted, 1), PAGE_LIMIT), true), "alerts", ctx);
      const raws = first.items.slice(0, wanted);
      let more = first.more;
      while (raws.length < wanted && more) {
        const page = await getPage(
          request(raws.length, Math.min(PAGE_LIMIT, wanted - raws.length), false),
          "alerts",
          ctx,
        );
        raws.push(...page.items);
        more = page.more && page.items.length > 0;
      }
      const items = oldestFirst(normalise(raws.slice(0, wanted)), (alert) => alert.createdAt);
      return { items, total: first.total ?? first.items.length };
    },

    async listDirectory(kind, ctx): Promise<DirectoryEntry[]> {
      const operation = `GET /${kind}`;
      const raws = await readAllPages(
        (offset, limit) => getPage({ method: "GET", path: `/${kind}`, query: { offset, limit } }, kind, ctx),
        kind,
      );
      return raws.map((raw, index) => {
        const id = stringField(raw, "id", `${kind}[${index}] from ${operation}`);
        return { id, name: typeof raw["name"] === "string" ? raw["name"] : id };
      });
    },

    async addNote(incidentId, content, ctx): Promise<NoteWritten> {
      if (!options.fromEmail) {
        throw new ConfigurationError(NOTES_NEED_FROM_EMAIL);
      }
      const path = `${incidentPath(incidentId)}/notes`;
      const operation = `POST ${path}`;
      const [data, { joins }] = await Promise.all([
        client.request(
          {
            method: "POST",
            path,
            body: { note: { content } },
            from: options.fromEmail,
            notFound: noSuchIncident(incidentId),
          },
          ctx,
        ),
        directory.load(ctx),
      ]);
      const note = normaliseNote(
        objectField(data, "note", operation),
        incidentId,
        joins,
        failFor("the note", operation),
      );
      return { note, mode: "pagerduty", where: "in PagerDuty" };
    },
  };
}
