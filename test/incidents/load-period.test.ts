import { describe, expect, it } from "vitest";
import { ACK_GRACE_MS, loadPeriodRecords, PERIOD_LIMITS } from "../../src/incidents/load-period.js";
import type { ScheduleSummary } from "../../src/ports/sources.js";
import {
  alice,
  bob,
  incident,
  logEntry,
  teamDirectory,
  schedule as teamSchedule,
} from "../builders/index.js";
import { type FakeIncidentData, fakeSources } from "./fake-sources.js";

const SINCE = new Date("2026-11-17T00:00:00Z");
const UNTIL = new Date("2026-11-24T00:00:00Z");

const schedule = (id: string, services: string[], team: string | null = null): ScheduleSummary => ({
  id,
  name: `Schedule ${id}`,
  timeZone: "UTC",
  services,
  team,
});

const TEAM = teamDirectory({
  schedules: [
    teamSchedule("pay", { name: "Schedule pay", services: ["payments-api"], pagerdutyId: "PSCHPAY" }),
  ],
});

function context(data: FakeIncidentData) {
  const fake = fakeSources(data);
  return {
    fake,
    ctx: {
      sources: fake.sources,
      team: TEAM,
      signal: new AbortController().signal,
      requests: { count: 0 },
      progress: async () => {},
    },
  };
}

const INCIDENTS = [
  incident({ id: "QA", number: 1, createdAt: "2026-11-18T10:00:00Z" }),
  incident({
    id: "QB",
    number: 2,
    createdAt: "2026-11-19T10:00:00Z",
    service: { id: "ledger", name: "Ledger" },
  }),
];
const SCHEDULES = [schedule("pay", ["payments-api"], "payments"), schedule("led", ["ledger"])];

describe("loadPeriodRecords", () => {
  it("reads incidents, the window's log entries (with the acknowledgement grace) and every schedule's shifts", async () => {
    const { ctx, fake } = context({
      incidents: INCIDENTS,
      schedules: SCHEDULES,
      logEntries: [
        logEntry("acknowledge", "2026-11-18T10:05:00Z", { incidentId: "QA", actor: alice }),
        logEntry("acknowledge", "2026-11-18T10:09:00Z", { incidentId: "QA", actor: bob }),
      ],
      shifts: [{ scheduleId: "led", user: "bob", start: SINCE.toISOString(), end: UNTIL.toISOString() }],
    });
    const { records, gaps } = await loadPeriodRecords({ since: SINCE, until: UNTIL }, ctx);
    expect(gaps).toEqual([]);
    expect(records.incidents.map((i) => i.id)).toEqual(["QA", "QB"]);
    expect(records.acknowledgements).toEqual([{ incidentId: "QA", at: "2026-11-18T10:05:00Z", by: alice }]);
    expect(records.schedules.map((s) => s.id)).toEqual(["pay", "led"]);
    expect(records.shifts).toHaveLength(1);
    const ackUntil = new Date(UNTIL.getTime() + ACK_GRACE_MS).toISOString();
    expect(ackUntil).toBe("2026-11-24T12:00:00.000Z");
    expect(fake.calls).toContain(`listLogEntriesInWindow ${SINCE.toISOString()} ${ackUntil} overview=true`);
  });

  it("reads the work still open from before the period, and the acknowledgement of each acknowledged one", async () => {
    const openOld = incident({
      id: "QOLD",
      number: 7,
      status: "acknowledged",
      createdAt: "2026-11-01T10:00:00Z",
    });
    const triggeredOld = incident({
      id: "QTRG",
      number: 8,
      status: "triggered",
      createdAt: "2026-11-02T10:00:00Z",
    });
    const resolvedOld = incident({
      id: "QRES",
      number: 9,
      status: "resolved",
      createdAt: "2026-11-03T10:00:00Z",
    });
    const { ctx, fake } = context({
      incidents: [...INCIDENTS, openOld, triggeredOld, resolvedOld],
      schedules: SCHEDULES,
      logEntries: [
        logEntry("acknowledge", "2026-11-01T10:20:00Z", { incidentId: "QOLD", actor: alice }),
        logEntry("resolve", "2026-11-18T11:00:00Z", { incidentId: "QA", actor: bob }),
      ],
    });
    const { records } = await loadPeriodRecords({ since: SINCE, until: UNTIL }, ctx);
    expect(records.incidents.map((i) => i.id)).toEqual(["QA", "QB"]);
    expect(records.openBefore?.map((i) => i.id)).toEqual(["QOLD", "QTRG"]);
    expect(records.acknowledgements).toContainEqual({
      incidentId: "QOLD",
      at: "2026-11-01T10:20:00Z",
      by: alice,
    });
    expect(records.resolutions).toEqual([{ incidentId: "QA", at: "2026-11-18T11:00:00Z", by: bob }]);
    // One list of the open incidents, and one log read: only the acknowledged one needs its acknowledgement.
    expect(fake.calls.filter((call) => call.includes("statuses=triggered,acknowledged"))).toHaveLength(1);
    expect(fake.calls.filter((call) => call.startsWith("listLogEntries "))).toEqual([
      "listLogEntries QOLD overview=true limit=all",
    ]);
  });

  it("reads the incidents from before the period resolved during it, by the window's resolve entries, in scope only", async () => {
    const closedOld = incident({
      id: "QCLO",
      number: 11,
      status: "resolved",
      createdAt: "2026-11-01T10:00:00Z",
      resolvedAt: "2026-11-20T10:00:00Z",
      teams: [{ id: "payments", name: "Payments" }],
    });
    const otherService = incident({
      id: "QOTH",
      number: 12,
      status: "resolved",
      createdAt: "2026-11-02T10:00:00Z",
      resolvedAt: "2026-11-21T10:00:00Z",
      service: { id: "ledger", name: "Ledger" },
    });
    const afterEnd = incident({
      id: "QLATE",
      number: 13,
      status: "resolved",
      createdAt: "2026-11-03T10:00:00Z",
      resolvedAt: "2026-11-24T01:00:00Z",
    });
    const { ctx, fake } = context({
      incidents: [...INCIDENTS, closedOld, otherService, afterEnd],
      schedules: SCHEDULES,
      logEntries: [
        logEntry("resolve", "2026-11-18T11:00:00Z", { incidentId: "QA", actor: bob }),
        logEntry("resolve", "2026-11-20T10:00:00Z", { incidentId: "QCLO", actor: alice }),
        logEntry("resolve", "2026-11-21T10:00:00Z", { incidentId: "QOTH", actor: alice }),
        // In the acknowledgement grace after the end: not resolved in the period.
        logEntry("resolve", "2026-11-24T01:00:00Z", { incidentId: "QLATE", actor: alice }),
      ],
    });
    const all = await loadPeriodRecords({ since: SINCE, until: UNTIL }, ctx);
    expect(all.records.resolvedBefore?.map((i) => i.id)).toEqual(["QCLO", "QOTH"]);
    // Read by id, one request each; QA was in the period's list already, QLATE resolved after the end.
    expect(fake.calls.filter((call) => call.startsWith("getIncident")).sort()).toEqual([
      "getIncident QCLO",
      "getIncident QOTH",
    ]);
    const paymentsOnly = await loadPeriodRecords({ since: SINCE, until: UNTIL, scheduleId: "pay" }, ctx);
    expect(paymentsOnly.records.resolvedBefore?.map((i) => i.id)).toEqual(["QCLO"]);
    const ledgerTeam = await loadPeriodRecords({ since: SINCE, until: UNTIL, teamIds: ["ledger-team"] }, ctx);
    expect(ledgerTeam.records.resolvedBefore).toEqual([]);
  });

  it("narrows incidents to a named schedule's services, found by its PagerDuty id too", async () => {
    const { ctx, fake } = context({ incidents: INCIDENTS, schedules: SCHEDULES });
    const { records } = await loadPeriodRecords({ since: SINCE, until: UNTIL, scheduleId: "PSCHPAY" }, ctx);
    expect(records.incidents.map((i) => i.id)).toEqual(["QA"]);
    expect(records.schedules.map((s) => s.id)).toEqual(["pay"]);
    expect(fake.calls).toContain("listIncidents offset=0 services=payments-api");
    expect(fake.calls).not.toContain("renderSchedule led");
  });

  it("reads no incidents when the schedule and serviceIds share no service", async () => {
    const { ctx, fake } = context({ incidents: INCIDENTS, schedules: SCHEDULES });
    const { records } = await loadPeriodRecords(
      { since: SINCE, until: UNTIL, scheduleId: "pay", serviceIds: ["ledger"] },
      ctx,
    );
    expect(records.incidents).toEqual([]);
    expect(fake.calls.some((call) => call.startsWith("listIncidents"))).toBe(false);
  });

  it("names the schedules there are when the one asked for is unknown", async () => {
    const { ctx } = context({ incidents: INCIDENTS, schedules: SCHEDULES });
    await expect(loadPeriodRecords({ since: SINCE, until: UNTIL, scheduleId: "nope" }, ctx)).rejects.toThrow(
      'No schedule "nope" (scheduleId); known schedules: "pay", "led".',
    );
  });

  it("keeps to schedules of the teams asked for, and reports a schedule it could not read", async () => {
    const { ctx } = context({ incidents: INCIDENTS, schedules: SCHEDULES, brokenSchedules: ["led"] });
    const byTeam = await loadPeriodRecords({ since: SINCE, until: UNTIL, teamIds: ["payments"] }, ctx);
    expect(byTeam.records.schedules.map((s) => s.id)).toEqual(["pay"]);
    const all = await loadPeriodRecords({ since: SINCE, until: UNTIL }, ctx);
    expect(all.gaps).toEqual(["Schedule Schedule led could not be read: PagerDuty has no schedule led."]);
    expect(all.records.schedules.map((s) => s.id)).toEqual(["pay", "led"]);
  });

  it(`pages through incidents ${PERIOD_LIMITS.page} at a time and stops at ${PERIOD_LIMITS.incidents}`, async () => {
    const many = Array.from({ length: PERIOD_LIMITS.incidents + 150 }, (_, k) =>
      incident({ id: `Q${k}`, number: k, createdAt: "2026-11-20T00:00:00Z" }),
    );
    const { ctx, fake } = context({ incidents: many, schedules: [] });
    const { records, gaps } = await loadPeriodRecords({ since: SINCE, until: UNTIL }, ctx);
    expect(records.incidents).toHaveLength(PERIOD_LIMITS.incidents);
    expect(
      fake.calls.filter((call) => call.startsWith("listIncidents") && !call.includes("statuses=")),
    ).toHaveLength(PERIOD_LIMITS.incidents / PERIOD_LIMITS.page);
    expect(gaps).toEqual([
      "More than 2000 incidents triggered in the period; the figures cover the newest 2000: narrow the window or the services.",
    ]);
  });

  it("counts an incident once when a new one shifts the pages between two reads", async () => {
    const { ctx } = context({ incidents: [], schedules: [] });
    const all = Array.from({ length: 101 }, (_, k) => incident({ id: `Q${k}`, number: k }));
    ctx.sources.incidents.listIncidents = async (query) =>
      query.offset === 0
        ? { incidents: all.slice(0, 100), more: true }
        : { incidents: all.slice(99, 101), more: false }; // Q99 again: one incident arrived meanwhile
    const { records } = await loadPeriodRecords({ since: SINCE, until: UNTIL }, ctx);
    expect(records.incidents.map((i) => i.id)).toEqual(all.map((i) => i.id));
  });
});
