import { describe, expect, it } from "vitest";
import { digestOncallPeriod, firstAcknowledgements, type PeriodRecords } from "../../src/incidents/digest.js";
import { lastResolutions } from "../../src/incidents/handoff-incidents.js";
import { renderOncallDigest } from "../../src/incidents/render-digest.js";
import { oncallDigestSchema } from "../../src/incidents/schemas.js";
import type { Incident } from "../../src/model.js";
import { engineer, incident, logEntry, person } from "../builders/index.js";

const payments = { id: "payments-api", name: "Payments API" };
const search = { id: "search", name: "Search" };
const legacy = { id: "legacy", name: "Legacy" };
const kenjiRef = person("kenji", { name: "Kenji Sato" });
const aliceRef = person("alice", { name: "Alice Chen" });

const kenji = engineer("kenji", { name: "Kenji Sato", timeZone: "Asia/Tokyo" });
const alice = engineer("alice", {
  name: "Alice Chen",
  timeZone: "America/Los_Angeles",
  pagerdutyUserId: "PALICE",
});

function inc(n: number, fields: Partial<Incident>): Incident {
  return incident({
    id: `PINC${n}`,
    number: n,
    url: `https://acme.pagerduty.com/incidents/PINC${n}`,
    ...fields,
  });
}

const incidents = [
  // 23:30 in Tokyo on a Tuesday: after hours for Kenji.
  inc(1, {
    title: "Disk 91% full on db-7.prod.internal",
    service: payments,
    createdAt: "2026-11-24T14:30:00Z",
    resolvedAt: "2026-11-24T14:50:00Z",
  }),
  // 10:00 in Tokyo on a Wednesday.
  inc(2, {
    title: "Disk 95% full on db-9.prod.internal",
    service: payments,
    urgency: "low",
    createdAt: "2026-11-25T01:00:00Z",
    resolvedAt: "2026-11-25T02:00:00Z",
  }),
  // 10:00 in Los Angeles on a Tuesday.
  inc(3, {
    title: "Search latency high",
    service: search,
    createdAt: "2026-11-24T18:00:00Z",
    resolvedAt: "2026-11-24T18:30:00Z",
  }),
  // 22:00 in Los Angeles on a Tuesday; still open.
  inc(4, {
    title: "Search latency high",
    service: search,
    status: "acknowledged",
    createdAt: "2026-11-25T06:00:00Z",
    resolvedAt: null,
  }),
  // No schedule covers it and nobody acknowledged it.
  inc(5, {
    title: "Cron job failed",
    service: legacy,
    urgency: "low",
    createdAt: "2026-11-26T00:00:00Z",
    resolvedAt: "2026-11-26T00:10:00Z",
  }),
];

// As the window's global /log_entries would return them: several acknowledgements per incident, any order.
const globalAckEntries = [
  logEntry("acknowledge", "2026-11-24T14:40:00Z", { incidentId: "PINC1", actor: aliceRef }),
  logEntry("acknowledge", "2026-11-24T14:35:00Z", { incidentId: "PINC1", actor: kenjiRef }),
  logEntry("notify", "2026-11-25T01:00:30Z", { incidentId: "PINC2", targets: [kenjiRef] }),
  logEntry("acknowledge", "2026-11-25T01:02:00Z", { incidentId: "PINC2", actor: kenjiRef }),
  logEntry("acknowledge", "2026-11-24T18:10:00Z", { incidentId: "PINC3", actor: aliceRef }),
  logEntry("acknowledge", "2026-11-25T06:20:00Z", { incidentId: "PINC4", actor: aliceRef }),
];

const records: PeriodRecords = {
  window: { since: "2026-11-23T00:00:00Z", until: "2026-11-30T00:00:00Z" },
  incidents,
  acknowledgements: firstAcknowledgements(globalAckEntries),
  shifts: [
    {
      scheduleId: "tokyo-primary",
      user: "kenji",
      start: "2026-11-23T00:00:00Z",
      end: "2026-11-26T00:00:00Z",
    },
    {
      scheduleId: "tokyo-primary",
      user: "kenji",
      start: "2026-11-26T00:00:00Z",
      end: "2026-11-30T00:00:00Z",
    },
    { scheduleId: "la-primary", user: "PALICE", start: "2026-11-23T00:00:00Z", end: "2026-11-30T00:00:00Z" },
  ],
  schedules: [
    { id: "tokyo-primary", name: "Tokyo primary", services: ["payments-api"] },
    { id: "la-primary", name: "LA primary", services: ["search"] },
  ],
  engineers: [kenji, alice],
};

describe("firstAcknowledgements", () => {
  it("keeps the earliest acknowledgement of each incident and who made it", () => {
    expect(firstAcknowledgements(globalAckEntries)).toEqual([
      { incidentId: "PINC1", at: "2026-11-24T14:35:00Z", by: kenjiRef },
      { incidentId: "PINC2", at: "2026-11-25T01:02:00Z", by: kenjiRef },
      { incidentId: "PINC3", at: "2026-11-24T18:10:00Z", by: aliceRef },
      { incidentId: "PINC4", at: "2026-11-25T06:20:00Z", by: aliceRef },
    ]);
  });
});

describe("digestOncallPeriod", () => {
  const digest = digestOncallPeriod(records);

  it("counts incidents, urgencies, after-hours pages and open incidents", () => {
    expect(digest.totals).toEqual({
      incidents: 5,
      highUrgency: 3,
      lowUrgency: 2,
      afterHours: 2,
      afterHoursUnknown: 1,
      stillOpen: 1,
      resolved: 4,
      resolvedFromBefore: 0,
    });
  });

  it("judges after hours in the on-call person's own zone", () => {
    expect(
      digest.afterHoursPages.map((page) => [
        page.incident.number,
        page.onCall.id,
        page.localTime,
        page.timeZone,
      ]),
    ).toEqual([
      [1, "kenji", "2026-11-24T23:30:00", "Asia/Tokyo"],
      [4, "alice", "2026-11-24T22:00:00", "America/Los_Angeles"],
    ]);
  });

  it("computes median and p90 times to acknowledge and resolve", () => {
    expect(digest.timeToAcknowledge).toEqual({ medianSeconds: 450, p90Seconds: 1200, measured: 4 });
    expect(digest.timeToResolve).toEqual({ medianSeconds: 1500, p90Seconds: 3600, measured: 4 });
  });

  it("ranks services by incidents with their median time to resolve", () => {
    expect(digest.byService).toEqual([
      { service: payments, incidents: 2, highUrgency: 1, medianTimeToResolveSeconds: 2400 },
      { service: search, incidents: 2, highUrgency: 2, medianTimeToResolveSeconds: 1800 },
      { service: legacy, incidents: 1, highUrgency: 0, medianTimeToResolveSeconds: 600 },
    ]);
  });

  it("finds the recurring patterns", () => {
    expect(digest.recurring.map((r) => [r.pattern, r.count, r.incidentIds])).toEqual([
      ["Disk {n}% full on {host}", 2, ["PINC1", "PINC2"]],
      ["Search latency high", 2, ["PINC3", "PINC4"]],
    ]);
  });

  it("lists open incidents and who was on call, joining adjacent shifts", () => {
    expect(digest.stillOpen.map((ref) => ref.id)).toEqual(["PINC4"]);
    expect(digest.onCall).toEqual([
      {
        user: { id: "PALICE", name: "Alice Chen" },
        schedule: { id: "la-primary", name: "LA primary" },
        start: "2026-11-23T00:00:00Z",
        end: "2026-11-30T00:00:00Z",
      },
      {
        user: { id: "kenji", name: "Kenji Sato" },
        schedule: { id: "tokyo-primary", name: "Tokyo primary" },
        start: "2026-11-23T00:00:00Z",
        end: "2026-11-30T00:00:00Z",
      },
    ]);
  });

  it("matches its output schema", () => {
    expect(oncallDigestSchema.parse(digest)).toEqual(digest);
  });

  it("renders the full handoff note: every section, each incident and each shift", () => {
    expect(renderOncallDigest(digest, "full")).toBe(
      [
        "*On-call handoff* 2026-11-23 00:00 UTC to 2026-11-30 00:00 UTC",
        "5 incidents (3 high, 2 low urgency) · 2 after hours (1 unknown) · 4 resolved · 1 open at the end",
        "Time to acknowledge: median 7 min, p90 20 min · Time to resolve: median 25 min, p90 1 h 00 min",
        "",
        "*Highlights*",
        '- 1 incident open at the end; the oldest is #4 "Search latency high" (Search), 4 d 18 h old, acknowledged since 2026-11-25 06:20 UTC, owned by nobody yet.',
        '- "Disk {n}% full on {host}" fired 2 times on Payments API: the toil most worth fixing.',
        "- 2 of 5 incidents paged after hours (Kenji Sato 1, Alice Chen 1).",
        "- Slowest acknowledgement: #4 after 20 min.",
        "- 1 incident resolved without anyone acknowledging.",
        "",
        "*Open at the end*",
        "- #4 Search: Search latency high: acknowledged since 11-25 06:20 UTC, 4 d 18 h old, owner: unassigned https://acme.pagerduty.com/incidents/PINC4",
        "",
        "*Incidents*",
        "- #5 Legacy: Cron job failed: not acknowledged, resolved in 10 min",
        "- #4 Search: Search latency high: acknowledged in 20 min by Alice Chen, open (acknowledged)",
        "- #2 Payments API: Disk 95% full on db-9.prod.internal: acknowledged in 2 min by Kenji Sato, resolved in 1 h 00 min",
        "- #3 Search: Search latency high: acknowledged in 10 min by Alice Chen, resolved in 30 min",
        "- #1 Payments API: Disk 91% full on db-7.prod.internal: acknowledged in 5 min by Kenji Sato, resolved in 20 min",
        "",
        "*Recurring*",
        "- 2× Disk {n}% full on {host} (Payments API)",
        "- 2× Search latency high (Search)",
        "",
        "*After hours*",
        "- #1 paged Kenji Sato at 23:30 local (Asia/Tokyo, 2026-11-24)",
        "- #4 paged Alice Chen at 22:00 local (America/Los_Angeles, 2026-11-24)",
        "",
        "*By service*",
        "- Payments API: 2 incidents (1 high), median time to resolve 40 min",
        "- Search: 2 incidents (2 high), median time to resolve 30 min",
        "- Legacy: 1 incident, median time to resolve 10 min",
        "",
        "*On call*",
        "- LA primary: Alice Chen (11-23 00:00 → 11-30 00:00 UTC)",
        "- Tokyo primary: Kenji Sato (11-23 00:00 → 11-30 00:00 UTC)",
      ].join("\n"),
    );
  });

  it("renders a brief handoff by default: bounded sections, people summed per schedule, no per-service list", () => {
    const brief = renderOncallDigest(digest);
    expect(brief).toBe(renderOncallDigest(digest, "brief"));
    const lines = brief.split("\n");
    expect(lines).toContain('- … and 1 more (detail: "full")');
    expect(lines).toContain("- Kenji Sato: 1 page after hours, local time (#1 23:30)");
    expect(lines).toContain("- Tokyo primary: Kenji Sato 7 d 0 h");
    expect(brief).not.toContain("*By service*");
    expect(lines).not.toContain("");
  });
});

describe("the handoff's open work and how each incident was handled", () => {
  const older = inc(90, {
    title: "Replica lag on ledger-2",
    service: payments,
    status: "acknowledged",
    createdAt: "2026-11-10T08:00:00Z",
    resolvedAt: null,
    assignees: [kenjiRef],
  });
  // Triggered in the window, resolved after it ended: open when the handoff was due.
  const lateResolve = inc(91, {
    title: "Checkout 5xx",
    service: payments,
    createdAt: "2026-11-29T20:00:00Z",
    resolvedAt: "2026-11-30T03:00:00Z",
    assignees: [aliceRef],
  });
  const handoff = digestOncallPeriod({
    ...records,
    incidents: [...incidents, lateResolve],
    openBefore: [older],
    acknowledgements: [
      ...firstAcknowledgements(globalAckEntries),
      { incidentId: "PINC90", at: "2026-11-10T08:30:00Z", by: kenjiRef },
      { incidentId: "PINC91", at: "2026-11-30T01:00:00Z", by: aliceRef },
    ],
    resolutions: lastResolutions([
      logEntry("resolve", "2026-11-24T14:45:00Z", { incidentId: "PINC1", actor: aliceRef }),
      logEntry("resolve", "2026-11-24T14:50:00Z", { incidentId: "PINC1", actor: kenjiRef }),
      logEntry("resolve", "2026-11-30T03:00:00Z", { incidentId: "PINC91", actor: aliceRef }),
    ]),
  });

  it("lists every incident open at the end, whenever it started, with its age, state then and owners", () => {
    expect(handoff.totals.stillOpen).toBe(3);
    expect(
      handoff.stillOpen.map((open) => [
        open.number,
        open.statusAtEnd,
        open.acknowledgedAt,
        open.ageSeconds,
        open.owners.map((owner) => owner.id),
        open.startedBefore,
      ]),
    ).toEqual([
      [90, "acknowledged", "2026-11-10T08:30:00Z", 19 * 86_400 + 16 * 3_600, ["kenji"], true],
      [4, "acknowledged", "2026-11-25T06:20:00Z", 4 * 86_400 + 18 * 3_600, [], false],
      // Acknowledged at 01:00 on the 30th, after the period ended: still triggered then.
      [91, "triggered", null, 4 * 3_600, ["alice"], false],
    ]);
    expect(handoff.highlights[0]).toBe(
      '3 incidents open at the end; the oldest is #90 "Replica lag on ledger-2" (Payments API), 19 d 16 h old, acknowledged since 2026-11-10 08:30 UTC, owned by Kenji Sato.',
    );
  });

  it("gives each incident of the window its time to acknowledge, time to resolve and resolver", () => {
    const byNumber = new Map(handoff.incidents.map((handled) => [handled.number, handled]));
    expect(handoff.incidents.map((handled) => handled.number)).toEqual([91, 5, 4, 2, 3, 1]);
    expect(byNumber.get(1)).toMatchObject({
      acknowledgedBy: { id: "kenji", name: "Kenji Sato" },
      timeToAcknowledgeSeconds: 300,
      timeToResolveSeconds: 1200,
      resolvedBy: { id: "kenji", name: "Kenji Sato" },
    });
    expect(byNumber.get(4)).toMatchObject({ timeToResolveSeconds: null, resolvedBy: null });
    expect(byNumber.get(5)).toMatchObject({
      acknowledgedAt: null,
      timeToResolveSeconds: 600,
      resolvedBy: null,
    });
    expect(oncallDigestSchema.strict().parse(handoff)).toEqual(handoff);
  });

  it("does not call a period quiet while work from before it is still open", () => {
    const quietButOpen = digestOncallPeriod({ ...records, incidents: [], openBefore: [older] });
    expect(quietButOpen.totals).toMatchObject({ incidents: 0, stillOpen: 1 });
    expect(quietButOpen.highlights[0]).toBe("No new incidents in this period.");
    expect(quietButOpen.highlights[1]).toMatch(/^1 incident open at the end; the oldest is #90/);
  });

  it("keeps a brief handoff within 40 lines however busy the period", () => {
    const busy = Array.from({ length: 60 }, (_, k) =>
      inc(100 + k, {
        title: `Alert ${k % 7} on host-${k}`,
        service: k % 2 ? payments : search,
        status: k % 5 === 0 ? "triggered" : "resolved",
        createdAt: new Date(Date.parse("2026-11-23T01:00:00Z") + k * 9_000_000).toISOString(),
        resolvedAt:
          k % 5 === 0 ? null : new Date(Date.parse("2026-11-23T02:00:00Z") + k * 9_000_000).toISOString(),
      }),
    );
    const shifts = Array.from({ length: 30 }, (_, k) => ({
      scheduleId: k % 2 ? "tokyo-primary" : "la-primary",
      user: k % 3 ? "kenji" : "PALICE",
      start: new Date(Date.parse("2026-11-23T00:00:00Z") + k * 20_000_000).toISOString(),
      end: new Date(Date.parse("2026-11-23T00:00:00Z") + (k + 1) * 20_000_000).toISOString(),
    }));
    const closedOld = Array.from({ length: 5 }, (_, k) =>
      inc(200 + k, {
        title: `Old alert ${k}`,
        service: payments,
        createdAt: "2026-11-01T00:00:00Z",
        resolvedAt: "2026-11-24T00:00:00Z",
      }),
    );
    const digestOfBusy = digestOncallPeriod({
      ...records,
      incidents: busy,
      openBefore: [older],
      resolvedBefore: closedOld,
      shifts,
    });
    const brief = renderOncallDigest(digestOfBusy).split("\n");
    const full = renderOncallDigest(digestOfBusy, "full").split("\n");
    expect(brief.length).toBeLessThanOrEqual(40);
    expect(full.length).toBeGreaterThan(80);
    expect(brief).toContain(`- … and ${digestOfBusy.totals.stillOpen - 6} more (detail: "full")`);
    expect(brief.filter((line) => line.startsWith("- Resolved from before the period: #200 "))).toHaveLength(
      1,
    );
    expect(full.filter((line) => line.includes("(started 11-01 00:00 UTC)"))).toHaveLength(5);
  });

  describe("work from before the period resolved during it", () => {
    // Triggered on the 10th, resolved by Alice on the 24th: closed in this period, and part of its handoff.
    const closedOld = inc(80, {
      title: "Ledger replica rebuild",
      service: payments,
      createdAt: "2026-11-10T08:00:00Z",
      resolvedAt: "2026-11-24T09:00:00Z",
    });
    const withClosed = digestOncallPeriod({
      ...records,
      resolvedBefore: [closedOld],
      resolutions: lastResolutions([
        logEntry("resolve", "2026-11-24T09:00:00Z", { incidentId: "PINC80", actor: aliceRef }),
      ]),
    });

    it("counts it as resolved in the period without counting it as a new incident", () => {
      expect(withClosed.totals).toMatchObject({
        incidents: 5,
        resolved: 5,
        resolvedFromBefore: 1,
        stillOpen: 1,
      });
      expect(withClosed.incidents.map((handled) => handled.number)).not.toContain(80);
      expect(withClosed.timeToResolve).toEqual(digestOncallPeriod(records).timeToResolve);
    });

    it("lists it with its time to resolve and resolver, in both renderings", () => {
      expect(withClosed.resolvedFromBefore).toEqual([
        expect.objectContaining({
          number: 80,
          resolvedAt: "2026-11-24T09:00:00Z",
          timeToResolveSeconds: 14 * 86_400 + 3_600,
          resolvedBy: { id: "alice", name: "Alice Chen" },
        }),
      ]);
      expect(oncallDigestSchema.strict().parse(withClosed)).toEqual(withClosed);
      const brief = renderOncallDigest(withClosed);
      expect(brief).toContain("5 resolved (1 from before the period)");
      expect(brief).toContain(
        "- Resolved from before the period: #80 Ledger replica rebuild (started 11-10 08:00 UTC, by Alice Chen)",
      );
      expect(renderOncallDigest(withClosed, "full")).toContain(
        "- #80 Payments API: Ledger replica rebuild: not acknowledged, resolved in 14 d 1 h by Alice Chen (started 11-10 08:00 UTC)",
      );
    });

    it("does not call a period quiet when it closed work from before", () => {
      const onlyClosed = digestOncallPeriod({ ...records, incidents: [], resolvedBefore: [closedOld] });
      expect(onlyClosed.highlights[0]).toBe("No new incidents in this period.");
      expect(onlyClosed.totals).toMatchObject({ incidents: 0, resolved: 1, resolvedFromBefore: 1 });
    });
  });
});

describe("digestOncallPeriod, finding whom an incident paged", () => {
  const base = { ...records, acknowledgements: [] };

  it("uses the single schedule in scope when none lists the service", () => {
    const tokyoOnly = {
      ...base,
      incidents: [inc(6, { service: legacy, createdAt: "2026-11-24T14:30:00Z" })],
      schedules: [{ id: "tokyo-primary", name: "Tokyo primary", services: [] }],
    };
    expect(digestOncallPeriod(tokyoOnly).afterHoursPages.map((page) => page.onCall.id)).toEqual(["kenji"]);
  });

  it("falls back to a known assignee, matched by PagerDuty id", () => {
    const assigned = {
      ...base,
      shifts: [],
      incidents: [
        inc(7, {
          service: legacy,
          createdAt: "2026-11-25T07:00:00Z", // 23:00 in Los Angeles
          assignees: [{ id: "PALICE", name: "Alice Chen", known: false }],
        }),
      ],
    };
    const digest = digestOncallPeriod(assigned);
    expect(digest.totals.afterHours).toBe(1);
    expect(digest.afterHoursPages[0]!.onCall).toEqual({ id: "alice", name: "Alice Chen" });
  });

  it("does not count a page in working hours", () => {
    const daytime = {
      ...base,
      incidents: [inc(8, { service: payments, createdAt: "2026-11-24T01:00:00Z" })], // 10:00 Tuesday in Tokyo
    };
    expect(digestOncallPeriod(daytime).totals).toMatchObject({ afterHours: 0, afterHoursUnknown: 0 });
  });

  it("says a quiet period was quiet", () => {
    const quiet = digestOncallPeriod({ ...base, incidents: [] });
    expect(quiet.highlights).toEqual(["No incidents in this period: a quiet shift."]);
    expect(quiet.timeToAcknowledge).toEqual({ medianSeconds: null, p90Seconds: null, measured: 0 });
  });
});
