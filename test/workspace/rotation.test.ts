import { describe, expect, it } from "vitest";
import type { Override, RotationLength, Schedule, Shift } from "../../src/model.js";
import { renderSchedule } from "../../src/sources/workspace/rotation.js";
import { schedule } from "../builders/index.js";

/** A rotation in `timeZone` handing over every `length`, with the overrides given. */
function rotation(
  timeZone: string,
  start: string,
  length: RotationLength,
  users: string[],
  overrides: Override[] = [],
): Schedule {
  return schedule("s", { name: "S", timeZone, rotation: { start, length, users }, overrides });
}

const week: RotationLength = { amount: 1, unit: "w" };
const day: RotationLength = { amount: 1, unit: "d" };

function render(s: Schedule, since: string, until: string): string[] {
  return renderSchedule(s, new Date(since), new Date(until)).map(
    (shift) => `${shift.user} ${shift.start} ${shift.end}`,
  );
}

const hours = (shift: Shift) => (Date.parse(shift.end) - Date.parse(shift.start)) / 3_600_000;

describe("weekly rotations keep the local handoff time across DST", () => {
  it("America/Los_Angeles, autumn (2026-11-01): the week that crosses it lasts 169 hours", () => {
    const s = rotation("America/Los_Angeles", "2026-10-19T09:00", week, ["alice", "bob", "carol"]);
    // Handoffs: Mon 26 Oct 09:00 PDT = 16:00Z; Mon 2 Nov 09:00 PST = 17:00Z; Mon 9 Nov 09:00 PST = 17:00Z.
    expect(render(s, "2026-10-26T00:00:00Z", "2026-11-09T00:00:00Z")).toEqual([
      "alice 2026-10-26T00:00:00.000Z 2026-10-26T16:00:00.000Z",
      "bob 2026-10-26T16:00:00.000Z 2026-11-02T17:00:00.000Z",
      "carol 2026-11-02T17:00:00.000Z 2026-11-09T00:00:00.000Z",
    ]);
    const shifts = renderSchedule(s, new Date("2026-10-19T16:00:00Z"), new Date("2026-11-09T17:00:00Z"));
    expect(shifts.map(hours)).toEqual([168, 169, 168]);
  });

  it("America/Los_Angeles, spring (2026-03-08): the week that crosses it lasts 167 hours", () => {
    const s = rotation("America/Los_Angeles", "2026-03-02T09:00", week, ["alice", "bob"]);
    // Mon 2 Mar 09:00 PST = 17:00Z; Mon 9 Mar 09:00 PDT = 16:00Z; Mon 16 Mar 16:00Z. Nobody before the start.
    const shifts = renderSchedule(s, new Date("2026-03-02T00:00:00Z"), new Date("2026-03-16T16:00:00Z"));
    expect(shifts.map((x) => `${x.user} ${x.start} ${x.end}`)).toEqual([
      "alice 2026-03-02T17:00:00.000Z 2026-03-09T16:00:00.000Z",
      "bob 2026-03-09T16:00:00.000Z 2026-03-16T16:00:00.000Z",
    ]);
    expect(shifts.map(hours)).toEqual([167, 168]);
  });

  it("Europe/Berlin, spring (2026-03-29)", () => {
    const s = rotation("Europe/Berlin", "2026-03-23T10:00", week, ["a", "b", "c"]);
    // Mon 23 Mar 10:00 CET = 09:00Z; Mon 30 Mar 10:00 CEST = 08:00Z.
    expect(render(s, "2026-03-23T00:00:00Z", "2026-04-06T00:00:00Z")).toEqual([
      "a 2026-03-23T09:00:00.000Z 2026-03-30T08:00:00.000Z",
      "b 2026-03-30T08:00:00.000Z 2026-04-06T00:00:00.000Z",
    ]);
  });

  it("Europe/Berlin, autumn (2026-10-25), thirty weeks after the start", () => {
    const s = rotation("Europe/Berlin", "2026-03-23T10:00", week, ["a", "b", "c"]);
    // 19 Oct is handoff 30 (30 mod 3 = 0: a) at 10:00 CEST = 08:00Z; handoff 31 (b) is 26 Oct 10:00 CET = 09:00Z.
    // Handoff 29 (c) is still on call when the window opens.
    expect(render(s, "2026-10-19T00:00:00Z", "2026-10-27T00:00:00Z")).toEqual([
      "c 2026-10-19T00:00:00.000Z 2026-10-19T08:00:00.000Z",
      "a 2026-10-19T08:00:00.000Z 2026-10-26T09:00:00.000Z",
      "b 2026-10-26T09:00:00.000Z 2026-10-27T00:00:00.000Z",
    ]);
  });
});

describe("daily rotations", () => {
  it("hand off at 08:00 Berlin time each day", () => {
    const s = rotation("Europe/Berlin", "2026-11-16T08:00", day, ["bob", "carol", "dave"]);
    // 08:00 CET = 07:00Z. 19 Nov is handoff 3 (bob), 20 Nov handoff 4 (carol), 21 Nov handoff 5 (dave).
    expect(render(s, "2026-11-20T00:00:00Z", "2026-11-22T00:00:00Z")).toEqual([
      "bob 2026-11-20T00:00:00.000Z 2026-11-20T07:00:00.000Z",
      "carol 2026-11-20T07:00:00.000Z 2026-11-21T07:00:00.000Z",
      "dave 2026-11-21T07:00:00.000Z 2026-11-22T00:00:00.000Z",
    ]);
  });

  it("make the day of the autumn change 25 hours long", () => {
    const s = rotation("America/Los_Angeles", "2026-10-30T09:00", day, ["a", "b"]);
    expect(render(s, "2026-10-31T00:00:00Z", "2026-11-03T00:00:00Z")).toEqual([
      "a 2026-10-31T00:00:00.000Z 2026-10-31T16:00:00.000Z",
      "b 2026-10-31T16:00:00.000Z 2026-11-01T17:00:00.000Z",
      "a 2026-11-01T17:00:00.000Z 2026-11-02T17:00:00.000Z",
      "b 2026-11-02T17:00:00.000Z 2026-11-03T00:00:00.000Z",
    ]);
  });

  it("keep each handoff a separate entry even when one person follows themself", () => {
    const s = rotation("UTC", "2026-06-01T00:00", { amount: 2, unit: "d" }, ["solo"]);
    expect(render(s, "2026-06-01T00:00:00Z", "2026-06-05T00:00:00Z")).toEqual([
      "solo 2026-06-01T00:00:00.000Z 2026-06-03T00:00:00.000Z",
      "solo 2026-06-03T00:00:00.000Z 2026-06-05T00:00:00.000Z",
    ]);
  });
});

describe("hourly rotations are absolute", () => {
  it("move against the wall clock when DST ends", () => {
    const s = rotation("America/Los_Angeles", "2026-11-01T00:00", { amount: 12, unit: "h" }, ["a", "b"]);
    // 00:00 PDT = 07:00Z; twelve real hours later is 19:00Z, which is 11:00 PST, not noon.
    expect(render(s, "2026-11-01T07:00:00Z", "2026-11-02T07:00:00Z")).toEqual([
      "a 2026-11-01T07:00:00.000Z 2026-11-01T19:00:00.000Z",
      "b 2026-11-01T19:00:00.000Z 2026-11-02T07:00:00.000Z",
    ]);
  });

  it("find the entry on call at a window far from the start", () => {
    const s = rotation("UTC", "2026-01-01T00:00", { amount: 8, unit: "h" }, ["a", "b", "c"]);
    // 2026-12-31 16:00Z is 364 days and 16 hours in: handoff 1094 (1094 mod 3 = 2: c).
    expect(render(s, "2026-12-31T17:00:00Z", "2027-01-01T01:00:00Z")).toEqual([
      "c 2026-12-31T17:00:00.000Z 2027-01-01T00:00:00.000Z",
      "a 2027-01-01T00:00:00.000Z 2027-01-01T01:00:00.000Z",
    ]);
  });
});

describe("overrides", () => {
  const base = () => rotation("America/Los_Angeles", "2026-10-19T09:00", week, ["alice", "bob", "carol"]);

  it("split the entry they fall into", () => {
    const s = base();
    s.overrides = [{ user: "dave", start: "2026-11-21T01:00:00.000Z", end: "2026-11-21T17:00:00.000Z" }];
    expect(render(s, "2026-11-16T17:00:00Z", "2026-11-23T17:00:00Z")).toEqual([
      "bob 2026-11-16T17:00:00.000Z 2026-11-21T01:00:00.000Z",
      "dave 2026-11-21T01:00:00.000Z 2026-11-21T17:00:00.000Z",
      "bob 2026-11-21T17:00:00.000Z 2026-11-23T17:00:00.000Z",
    ]);
  });

  it("that span a handoff shorten both entries and stay one entry", () => {
    const s = base();
    s.overrides = [{ user: "erin", start: "2026-11-23T12:00:00.000Z", end: "2026-11-23T20:00:00.000Z" }];
    expect(render(s, "2026-11-23T00:00:00Z", "2026-11-24T00:00:00Z")).toEqual([
      "bob 2026-11-23T00:00:00.000Z 2026-11-23T12:00:00.000Z",
      "erin 2026-11-23T12:00:00.000Z 2026-11-23T20:00:00.000Z",
      "carol 2026-11-23T20:00:00.000Z 2026-11-24T00:00:00.000Z",
    ]);
  });

  it("later in the list win where two overlap", () => {
    const s = base();
    s.overrides = [
      { user: "dave", start: "2026-11-20T00:00:00.000Z", end: "2026-11-20T12:00:00.000Z" },
      { user: "erin", start: "2026-11-20T06:00:00.000Z", end: "2026-11-20T08:00:00.000Z" },
    ];
    expect(render(s, "2026-11-20T00:00:00Z", "2026-11-20T12:00:00Z")).toEqual([
      "dave 2026-11-20T00:00:00.000Z 2026-11-20T06:00:00.000Z",
      "erin 2026-11-20T06:00:00.000Z 2026-11-20T08:00:00.000Z",
      "dave 2026-11-20T08:00:00.000Z 2026-11-20T12:00:00.000Z",
    ]);
  });

  it("are clipped to the window, and apply before the rotation starts", () => {
    const s = base();
    s.overrides = [{ user: "dave", start: "2026-10-18T00:00:00.000Z", end: "2026-10-20T00:00:00.000Z" }];
    expect(render(s, "2026-10-19T00:00:00Z", "2026-10-19T20:00:00Z")).toEqual([
      "dave 2026-10-19T00:00:00.000Z 2026-10-19T20:00:00.000Z",
    ]);
  });

  it("outside the window change nothing", () => {
    const s = base();
    s.overrides = [{ user: "dave", start: "2026-12-01T00:00:00.000Z", end: "2026-12-02T00:00:00.000Z" }];
    expect(render(s, "2026-11-20T00:00:00Z", "2026-11-21T00:00:00Z")).toEqual([
      "bob 2026-11-20T00:00:00.000Z 2026-11-21T00:00:00.000Z",
    ]);
  });
});

describe("windows", () => {
  const s = rotation("America/Los_Angeles", "2026-10-19T09:00", week, ["alice", "bob", "carol"]);

  it("clip an entry that covers the whole window to the window", () => {
    expect(renderSchedule(s, new Date("2026-11-18T00:00:00Z"), new Date("2026-11-19T00:00:00Z"))).toEqual([
      { scheduleId: "s", user: "bob", start: "2026-11-18T00:00:00.000Z", end: "2026-11-19T00:00:00.000Z" },
    ]);
  });

  it("start exactly at a handoff without a zero-length entry before it", () => {
    expect(render(s, "2026-11-16T17:00:00Z", "2026-11-16T18:00:00Z")).toEqual([
      "bob 2026-11-16T17:00:00.000Z 2026-11-16T18:00:00.000Z",
    ]);
  });

  it("before the rotation starts, or empty, render nothing", () => {
    expect(render(s, "2026-10-01T00:00:00Z", "2026-10-19T16:00:00Z")).toEqual([]);
    expect(render(s, "2026-11-18T00:00:00Z", "2026-11-18T00:00:00Z")).toEqual([]);
    expect(render(s, "2026-11-19T00:00:00Z", "2026-11-18T00:00:00Z")).toEqual([]);
  });

  it("render a schedule without a rotation as its overrides alone", () => {
    const onlyInPagerDuty: Schedule = {
      ...s,
      rotation: null,
      overrides: [{ user: "dave", start: "2026-11-20T00:00:00.000Z", end: "2026-11-21T00:00:00.000Z" }],
    };
    expect(render(onlyInPagerDuty, "2026-11-20T12:00:00Z", "2026-11-22T00:00:00Z")).toEqual([
      "dave 2026-11-20T12:00:00.000Z 2026-11-21T00:00:00.000Z",
    ]);
  });
});

describe("speed", () => {
  it("renders 26 weeks of 50 daily schedules that started in 1900 without walking from the start", () => {
    const zones = ["America/Los_Angeles", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "UTC"];
    const schedules = Array.from({ length: 50 }, (_, i) =>
      rotation(zones[i % zones.length]!, "1900-01-01T09:00", day, ["a", "b", "c", "d"]),
    );
    const started = performance.now();
    const counts = schedules.map(
      (s) => renderSchedule(s, new Date("2026-06-01T00:00:00Z"), new Date("2026-11-30T00:00:00Z")).length,
    );
    const elapsed = performance.now() - started;
    // 182 days, plus the entry already running when the window opens.
    expect(counts.every((n) => n === 183)).toBe(true);
    expect(elapsed).toBeLessThan(2000);
  });
});
