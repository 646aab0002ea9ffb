import { describe, expect, it } from "vitest";
import { eligibleShifts, prepareEligibility } from "../../src/shadowing/plan/eligibility.js";
import { engineer, mentee, mentor, shift } from "../builders/index.js";
import { WEEK } from "./team-fixture.js";

const HOUR = 3_600_000;

describe("eligibleShifts", () => {
  // Erin works 09:00–17:00 London (UTC this week). Each shift below breaks one rule, except A.
  const erin = mentee("erin", {
    unavailable: [{ start: "2026-12-03T13:00:00Z", end: "2026-12-03T14:00:00Z", reason: "dentist" }],
  });
  const people = [erin, mentor("alice"), mentor("bob"), engineer("carl", { level: "senior" })];
  const drawable = [
    shift("payments", "alice", "2026-11-30T09:00:00Z", "2026-12-01T09:00:00Z"), // A: 8 h in hours
    shift("payments", "carl", "2026-12-01T09:00:00Z", "2026-12-02T09:00:00Z"), // B: carl is no mentor
    shift("payments", "bob", "2026-12-02T09:00:00Z", "2026-12-03T09:00:00Z"), // C: Erin on call in ops
    shift("payments", "alice", "2026-12-03T09:00:00Z", "2026-12-04T09:00:00Z"), // D: Erin at the dentist
    shift("platform", "bob", "2026-12-04T15:00:00Z", "2026-12-05T15:00:00Z"), // E: 2 h in hours only
  ];
  const ops = shift("ops", "erin", "2026-12-02T20:00:00Z", "2026-12-02T22:00:00Z");
  const window = { from: new Date(WEEK.from), to: new Date(WEEK.to) };
  const byId = new Map(people.map((person) => [person.id, person]));

  it("keeps only the shift that breaks no rule, with its overlap", () => {
    const ctx = prepareEligibility(window, drawable, [...drawable, ops], byId, 4);
    const result = eligibleShifts(erin, ctx);
    expect(result.shifts.map((index) => ctx.shifts[index]!.start)).toEqual([
      Date.parse("2026-11-30T09:00:00Z"),
    ]);
    expect(result.overlapMillis).toEqual([8 * HOUR]);
  });

  it("counts what each rule left standing, for the explanations", () => {
    const ctx = prepareEligibility(window, drawable, [...drawable, ops], byId, 4);
    expect(eligibleShifts(erin, ctx).funnel).toEqual({
      shifts: 5,
      withMentor: 4, // B dropped
      inWorkingHours: 4,
      whileAvailable: 3, // D dropped
      whileOffCall: 2, // C dropped
      longEnough: 1, // E dropped: 2 h < 4 h
      bestOverlapMillis: 8 * HOUR,
      workingMillis: 5 * 8 * HOUR,
      availableWorkingMillis: 5 * 8 * HOUR - HOUR,
    });
  });

  it("lets a lower minimum take the short shift", () => {
    const ctx = prepareEligibility(window, drawable, [...drawable, ops], byId, 2);
    expect(eligibleShifts(erin, ctx).overlapMillis).toEqual([8 * HOUR, 2 * HOUR]);
  });

  it("never offers a mentee their own shift, even when they are a mentor too", () => {
    const dana = mentor("dana", { mentee: true });
    const own = [shift("payments", "dana", "2026-11-30T09:00:00Z", "2026-12-01T09:00:00Z")];
    const ctx = prepareEligibility(window, own, own, new Map([["dana", dana]]), 4);
    const result = eligibleShifts(dana, ctx);
    expect(result.shifts).toEqual([]);
    expect(result.funnel.withMentor).toBe(0);
  });

  it("clips shifts to the window before measuring them", () => {
    const long = [shift("payments", "alice", "2026-11-20T09:00:00Z", "2026-11-30T13:00:00Z")];
    const ctx = prepareEligibility(window, long, long, byId, 4);
    expect(ctx.shifts[0]).toMatchObject({
      start: Date.parse(WEEK.from),
      end: Date.parse("2026-11-30T13:00:00Z"),
    });
    expect(eligibleShifts(erin, ctx).overlapMillis).toEqual([4 * HOUR]);
  });

  it("reads working hours on the mentee's own clock across the end of daylight saving", () => {
    // New York leaves EDT (UTC-4) for EST (UTC-5) on Sunday 1 November 2026: 09:00 local is 13:00Z on
    // Friday 30 October and 14:00Z on Monday 2 November. Both shifts run 12:00Z–20:00Z.
    const nina = mentee("nina", { timeZone: "America/New_York" });
    const shifts = [
      shift("payments", "alice", "2026-10-30T12:00:00Z", "2026-10-30T20:00:00Z"),
      shift("payments", "alice", "2026-11-02T12:00:00Z", "2026-11-02T20:00:00Z"),
    ];
    const dstWindow = { from: new Date("2026-10-26T00:00:00Z"), to: new Date("2026-11-07T00:00:00Z") };
    const ctx = prepareEligibility(dstWindow, shifts, shifts, byId, 6.5);
    const result = eligibleShifts(nina, ctx);
    expect(result.overlapMillis).toEqual([7 * HOUR]);
    expect(result.funnel.bestOverlapMillis).toBe(7 * HOUR);
    const relaxed = eligibleShifts(nina, prepareEligibility(dstWindow, shifts, shifts, byId, 4));
    expect(relaxed.overlapMillis).toEqual([7 * HOUR, 6 * HOUR]);
  });
});
