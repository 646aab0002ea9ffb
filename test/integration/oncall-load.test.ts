// oncall_load through a real MCP client, on a hand-built workspace with known answers: from the workspace files, and
// from PagerDuty (the fake, seeded from the same folder), with the same figures. Then the demo workspace both ways.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { useBothSources } from "../helpers/both-sources.js";
import { textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE } from "../helpers/paths.js";

const WORKSPACE = fileURLToPath(new URL("../oncall-load/fixtures/workspace", import.meta.url));
const WINDOW = { since: "2026-10-26T00:00:00Z", until: "2026-11-23T00:00:00Z" };

const zeros = {
  incidentsAcknowledged: 0,
  incidentsResolved: 0,
  pages: 0,
  notifications: 0,
  afterHoursPages: 0,
  sleepHourPages: 0,
};

// Worked out by hand from test/oncall-load/fixtures/workspace (28 days = 672 h):
// taro, tokyo-nine from 09:00 Tokyo on 28 Oct for 9 days (216 h) and from 15 Nov to the window's end (192 h);
//   pages: #2001 at 23:30 Tokyo on 18 Nov (one push), and #2003 from 00:00 on 20 Nov (six pushes, one page): two
//   pages from seven notifications, both in sleep hours, both after hours.
//   Weekends: 31 Oct + 1 Nov (48 h), Sunday 15 Nov from 09:00 (15 h), 21 + 22 Nov (48 h) = 111 h.
// lucy, weekly-la, Monday 09:00 Pacific 26 Oct to Monday 09:00 Pacific 2 Nov across the US DST change (169 h, still
//   7 days) and 9–16 Nov (168 h); her page at 14:30 London on 18 Nov is in working hours; she resolved #1999
//   (created before the window) and #2001. Weekends 31 Oct–1 Nov and 14–15 Nov: 96 h.
// sam, weekly-la: the last 16 h of 19–26 Oct, 2–9 Nov (168 h), 16 Nov to the window's end (151 h) = 335 h;
//   #2002 paged by push and phone on Saturday 31 Oct at 20:00 Los Angeles: one page, two notifications, after hours,
//   not sleep hours. Weekends: 7 + 48 + 40 = 95 h.
// nia, tokyo-nine 6–15 Nov (216 h), 9 days in a row; Saturday 7, Sunday 8 and Saturday 14 Nov: 72 h.
const EXPECTED = {
  since: "2026-10-26T00:00:00.000Z",
  until: "2026-11-23T00:00:00.000Z",
  engineers: [
    {
      engineer: { id: "taro", name: "Taro Yamada", timeZone: "Asia/Tokyo" },
      hoursOnCall: 408,
      incidentsAcknowledged: 2,
      incidentsResolved: 1,
      pages: 2,
      notifications: 7,
      afterHoursPages: 2,
      sleepHourPages: 2,
      longestOnCallStreakDays: 9,
      weekendHoursOnCall: 111,
    },
    {
      engineer: { id: "lucy", name: "Lucy Evans", timeZone: "Europe/London" },
      ...zeros,
      hoursOnCall: 337,
      incidentsResolved: 2,
      pages: 1,
      notifications: 1,
      longestOnCallStreakDays: 7,
      weekendHoursOnCall: 96,
    },
    {
      engineer: { id: "sam", name: "Sam Rivera", timeZone: "America/Los_Angeles" },
      hoursOnCall: 335,
      incidentsAcknowledged: 1,
      incidentsResolved: 1,
      pages: 1,
      notifications: 2,
      afterHoursPages: 1,
      sleepHourPages: 0,
      longestOnCallStreakDays: 7,
      weekendHoursOnCall: 95,
    },
    {
      engineer: { id: "nia", name: "Nia Brown", timeZone: "Europe/London" },
      ...zeros,
      hoursOnCall: 216,
      longestOnCallStreakDays: 9,
      weekendHoursOnCall: 72,
    },
  ],
  team: {
    totals: { hoursOnCall: 1296, pages: 4, notifications: 10, afterHoursPages: 3, sleepHourPages: 2 },
    // After-hours pages 0, 0, 1, 2: 2·(3·1 + 4·2) / (4·3) − 5/4 = 0.583; hours: 1156 / 10368 = 0.111.
    fairness: { afterHoursPagesGini: 0.583, hoursOnCallGini: 0.111 },
    // Two sleep-hour pages are below the 6 that flag; a storm of pushes no longer counts as six.
    flags: [
      { engineer: "taro", reason: "on call 9 days in a row (2026-10-28 to 2026-11-06)" },
      { engineer: "taro", reason: "on call 61% of the window (408 h of 672 h)" },
      { engineer: "lucy", reason: "on call 50% of the window (337 h of 672 h)" },
      { engineer: "nia", reason: "on call 9 days in a row (2026-11-06 to 2026-11-14)" },
    ],
  },
};

interface Report {
  engineers: { engineer: { id: string }; hoursOnCall: number; pages: number }[];
  team: { flags: { engineer: string; reason: string }[] };
}

describe("oncall_load", () => {
  const sources = useBothSources(WORKSPACE);

  it("gives the hand-computed figures from the workspace", async () => {
    const result = await sources.workspace.call("oncall_load", WINDOW);
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(result.structuredContent).toEqual(EXPECTED);
  });

  it("gives the same figures and text from PagerDuty, reading log entries as one stream", async () => {
    const before = sources.fake.requests.length;
    const fromWorkspace = await sources.workspace.call("oncall_load", WINDOW);
    const fromPagerDuty = await sources.pagerduty.call("oncall_load", WINDOW);
    expect(fromPagerDuty.isError, textOf(fromPagerDuty)).toBeFalsy();
    expect(fromPagerDuty.structuredContent).toEqual(EXPECTED);
    expect(textOf(fromPagerDuty)).toBe(textOf(fromWorkspace));
    const paths = sources.fake.requests.slice(before).map((request) => request.path);
    expect(paths.filter((path) => path === "/log_entries")).toHaveLength(1);
    expect(paths.filter((path) => path.startsWith("/schedules/")).sort()).toEqual([
      "/schedules/PSCHTK9",
      "/schedules/PSCHWLA",
    ]);
    expect(paths.some((path) => /^\/incidents\/[^/]+\/log_entries$/.test(path))).toBe(false);
    // Only the incidents the recognition names are read, one each.
    expect(paths.filter((path) => path.startsWith("/incidents/")).sort()).toEqual([
      "/incidents/QAPI000002001",
      "/incidents/QOLD000001999",
      "/incidents/QSAT000002002",
      "/incidents/QSTM000002003",
    ]);
    expect(sources.fake.violations).toEqual([]);
  });

  it("writes flags first, a table, and credit with incident numbers", async () => {
    const text = textOf(await sources.workspace.call("oncall_load", WINDOW));
    expect(text.indexOf("- **Taro Yamada**: on call 9 days in a row")).toBeLessThan(
      text.indexOf("| Engineer |"),
    );
    expect(text).toContain("| Taro Yamada (Asia/Tokyo) | 408 h | 111 h | 9 d | 2 | 7 | 2 | 2 | 2 | 1 |");
    expect(text).toContain(
      "**Lucy Evans** held the pager for 337 h (96 h of it at weekends) and took 1 page. Lucy resolved 2 incidents: #1999 Queue backlog on api workers; #2001 API 5xx above 2%. Thank you, Lucy.",
    );
    expect(text).toContain("Sam acknowledged 1 incident and resolved 1: #2002 Checkout latency high.");
  });

  it("narrows by engineers, teams and schedules, and takes thresholds per call", async () => {
    const named = (await sources.workspace.call("oncall_load", { ...WINDOW, engineers: ["ken", "sam"] }))
      .structuredContent as unknown as Report;
    expect(named.engineers.map((e) => [e.engineer.id, e.hoursOnCall, e.pages])).toEqual([
      ["sam", 335, 1],
      ["ken", 0, 0],
    ]);

    const support = (await sources.workspace.call("oncall_load", { ...WINDOW, teamIds: ["support"] }))
      .structuredContent as unknown as Report;
    expect(support.engineers.map((e) => e.engineer.id)).toEqual(["nia"]);

    const weekly = (await sources.workspace.call("oncall_load", { ...WINDOW, scheduleIds: ["weekly-la"] }))
      .structuredContent as unknown as Report;
    expect(weekly.engineers.map((e) => [e.engineer.id, e.hoursOnCall])).toEqual([
      ["lucy", 337],
      ["sam", 335],
    ]);

    const strict = (
      await sources.workspace.call("oncall_load", {
        ...WINDOW,
        thresholds: { sleepPagesIn7Days: 8, streakDays: 10, onCallShare: 0.55 },
      })
    ).structuredContent as unknown as Report;
    expect(strict.team.flags).toEqual([
      { engineer: "taro", reason: "on call 61% of the window (408 h of 672 h)" },
    ]);
  });

  it("defaults to the 28 days before now (team.yaml asOf)", async () => {
    const result = await sources.workspace.call("oncall_load", {});
    expect(result.structuredContent).toEqual(EXPECTED);
  });

  it("answers bad input with a sentence saying what to change", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        { since: "2026-06-01", until: "2026-11-01" },
        /153 days; at most 90 days are allowed, so narrow since\/until/,
      ],
      [{ ...WINDOW, engineers: ["zed"] }, /^No engineer "zed" \(engineers\); known engineers: "/],
      [{ ...WINDOW, teamIds: ["sre"] }, /^No team "sre" \(teamIds\); known teams: "ops", "support"\.$/],
      [{ ...WINDOW, scheduleIds: ["nope"] }, /^No schedule "nope" \(scheduleIds\); known schedules: "/],
      [{ ...WINDOW, thresholds: { onCallShare: 0 } }, /thresholds\.onCallShare: /],
      [{ ...WINDOW, thresholds: { sleepPages: 3 } }, /unknown field sleepPages/],
    ];
    for (const [args, message] of cases) {
      const result = await sources.workspace.call("oncall_load", args);
      expect(result.isError, JSON.stringify(args)).toBe(true);
      expect(textOf(result), JSON.stringify(args)).toMatch(message);
    }
  });
});

describe("oncall_load on the demo workspace", () => {
  const demo = useBothSources(DEMO_WORKSPACE);

  it("gives the same answer from the workspace and from PagerDuty", async () => {
    const window = { since: "2026-09-01T00:00:00Z", until: "2026-11-24T12:00:00Z" };
    const fromWorkspace = await demo.workspace.call("oncall_load", window);
    const fromPagerDuty = await demo.pagerduty.call("oncall_load", window);
    expect(fromWorkspace.isError, textOf(fromWorkspace)).toBeFalsy();
    const report = fromWorkspace.structuredContent as unknown as Report;
    expect(report.engineers.length).toBe(10);
    expect(fromPagerDuty.structuredContent).toEqual(fromWorkspace.structuredContent);
    expect(textOf(fromPagerDuty)).toBe(textOf(fromWorkspace));
    expect(demo.fake.violations).toEqual([]);
  });
});
