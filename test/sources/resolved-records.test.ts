// The resolved-records wrapper: what it serves again, what it never serves, and what a note makes it forget.
import { describe, expect, it } from "vitest";
import type { Incident } from "../../src/model.js";
import type { IncidentSource } from "../../src/ports/sources.js";
import { cacheResolvedRecords } from "../../src/sources/cache/resolved-records.js";
import { incident } from "../builders/index.js";

/** An incident source whose incidents can change status, counting each call that reaches it. */
function countingSource(incidents: Incident[]) {
  const calls: string[] = [];
  let notes = 0;
  const find = (idOrNumber: string) => {
    const found = incidents.find((i) => i.id === idOrNumber || String(i.number) === idOrNumber.trim());
    if (!found) throw new Error(`no incident ${idOrNumber}`);
    return found;
  };
  const source: IncidentSource = {
    cheapReads: false,
    noteRefusal: null,
    async listIncidents() {
      calls.push("listIncidents");
      return { incidents: [...incidents], more: false };
    },
    async getIncident(idOrNumber) {
      calls.push(`getIncident ${idOrNumber}`);
      return { ...find(idOrNumber) };
    },
    async listLogEntries(id, query) {
      calls.push(`listLogEntries ${id} ${query?.overview ? "overview" : "all"}`);
      return { items: [], total: notes };
    },
    async listNotes(id) {
      calls.push(`listNotes ${id}`);
      return Array.from({ length: notes }, (_, k) => ({
        id: `N${k}`,
        incidentId: id,
        at: "2026-11-24T10:30:00Z",
        author: null,
        content: `note ${k}`,
      }));
    },
    async listAlerts(id) {
      calls.push(`listAlerts ${id}`);
      return { items: [], total: 0 };
    },
    async listLogEntriesInWindow() {
      calls.push("listLogEntriesInWindow");
      return [];
    },
    async addNote(id, content) {
      calls.push(`addNote ${id}`);
      notes++;
      return {
        note: { id: "NEW", incidentId: id, at: "2026-11-24T11:00:00Z", author: null, content },
        mode: "pagerduty",
        where: "in PagerDuty",
      };
    },
    async listDirectory() {
      return [];
    },
  };
  return { source, calls };
}

async function readAll(source: IncidentSource, idOrNumber: string) {
  const found = await source.getIncident(idOrNumber);
  const [log, notes, alerts] = await Promise.all([
    source.listLogEntries(found.id, { overview: true }),
    source.listNotes(found.id),
    source.listAlerts(found.id, { limit: 100 }),
  ]);
  return { found, log, notes, alerts };
}

describe("cacheResolvedRecords", () => {
  it("reads a resolved incident once, then serves it by id or by number without a request", async () => {
    const { source, calls } = countingSource([incident({ id: "QDONE", number: 7 })]);
    const cached = cacheResolvedRecords(source);
    await readAll(cached, "QDONE");
    const first = calls.length;
    expect(first).toBe(4);
    await readAll(cached, "QDONE");
    await readAll(cached, " 7 ");
    expect(calls.length).toBe(first);
  });

  it("keeps reads made in parallel with the request that showed the incident resolved", async () => {
    const { source, calls } = countingSource([incident({ id: "QDONE", number: 7 })]);
    const cached = cacheResolvedRecords(source);
    // As load-incident does with an id: every read at once.
    await Promise.all([
      cached.getIncident("QDONE"),
      cached.listNotes("QDONE"),
      cached.listLogEntries("QDONE", { overview: true }),
    ]);
    const first = calls.length;
    await Promise.all([cached.getIncident("QDONE"), cached.listNotes("QDONE")]);
    expect(calls.length).toBe(first);
  });

  it("never serves an open incident again, nor what was read of it while it was open", async () => {
    const open = incident({ id: "QOPEN", number: 8, status: "acknowledged", resolvedAt: null });
    const { source, calls } = countingSource([open]);
    const cached = cacheResolvedRecords(source);
    await readAll(cached, "QOPEN");
    await readAll(cached, "QOPEN");
    expect(calls.filter((call) => call.startsWith("listNotes"))).toHaveLength(2);

    // Resolved since: the notes read while it was open are read again, then kept.
    Object.assign(open, { status: "resolved", resolvedAt: "2026-11-24T12:00:00Z" });
    await readAll(cached, "QOPEN");
    await readAll(cached, "QOPEN");
    expect(calls.filter((call) => call.startsWith("listNotes"))).toHaveLength(3);
  });

  it("learns resolved incidents from a listing, and forgets an incident once a note is added to it", async () => {
    const { source, calls } = countingSource([incident({ id: "QDONE", number: 7 })]);
    const cached = cacheResolvedRecords(source);
    await cached.listIncidents({ limit: 10, offset: 0 });
    await cached.getIncident("7");
    expect(calls).toEqual(["listIncidents"]);

    expect((await cached.listNotes("QDONE")).length).toBe(0);
    expect((await cached.listNotes("QDONE")).length).toBe(0);
    await cached.addNote("QDONE", "Restarted the worker.");
    expect((await cached.listNotes("QDONE")).length).toBe(1);
    expect(calls.filter((call) => call.startsWith("listNotes"))).toHaveLength(2);
  });

  it("stays within its bound on incidents", async () => {
    const many = Array.from({ length: 5 }, (_, k) => incident({ id: `Q${k}`, number: k }));
    const { source, calls } = countingSource(many);
    const cached = cacheResolvedRecords(source, { incidents: 2, records: 1_000 });
    for (const one of many) await cached.getIncident(one.id);
    await cached.getIncident("Q4");
    await cached.getIncident("Q0");
    expect(calls.filter((call) => call === "getIncident Q4")).toHaveLength(1);
    expect(calls.filter((call) => call === "getIncident Q0")).toHaveLength(2);
  });
});
