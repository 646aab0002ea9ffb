import { describe, expect, it } from "vitest";
import {
  byLoadDescending,
  loadBurden,
  medianFigures,
  mentorLoadScores,
} from "../../src/oncall-load/load-ranking.js";
import { load } from "./builders.js";

describe("loadBurden", () => {
  it("is hours on call plus 1 h per disturbed after-hours clock hour and 2 h more per disturbed sleep hour", () => {
    // A storm of 300 sleep-hour pages inside one clock hour weighs as one broken night hour, not 300.
    const stormy = load("ann", "UTC", {
      hoursOnCall: 100,
      pages: 300,
      afterHoursPages: 300,
      sleepHourPages: 300,
      disturbedHours: { afterHours: 1, sleep: 1 },
    });
    expect(loadBurden(stormy)).toBe(103);
  });
});

describe("mentorLoadScores", () => {
  it("gives 1 to no load, 0 to the most loaded, and proportional scores between", () => {
    const scores = mentorLoadScores([
      load("rested", "UTC"),
      load("half", "UTC", { hoursOnCall: 40, disturbedHours: { afterHours: 4, sleep: 3 } }), // 40 + 4 + 6 = 50
      load("busiest", "UTC", { hoursOnCall: 100 }),
    ]);
    expect(Object.fromEntries(scores)).toEqual({ rested: 1, half: 0.5, busiest: 0 });
  });

  it("gives everyone 1 when nobody carried anything", () => {
    expect(Object.fromEntries(mentorLoadScores([load("a", "UTC"), load("b", "UTC")]))).toEqual({
      a: 1,
      b: 1,
    });
  });
});

describe("byLoadDescending", () => {
  it("puts the most loaded first and breaks ties by name", () => {
    const sorted = [
      load("bea", "UTC", { hoursOnCall: 10 }),
      load("cal", "UTC", { hoursOnCall: 30 }),
      load("abe", "UTC", { hoursOnCall: 10 }),
    ].sort(byLoadDescending);
    expect(sorted.map((entry) => entry.engineer.id)).toEqual(["cal", "abe", "bea"]);
  });
});

describe("medianFigures", () => {
  it("takes the middle value of an odd count and the mean of the middle two of an even count", () => {
    const three = [
      load("a", "UTC", { hoursOnCall: 10, pages: 1 }),
      load("b", "UTC", { hoursOnCall: 30, pages: 9 }),
      load("c", "UTC", { hoursOnCall: 20, pages: 4 }),
    ];
    expect(medianFigures(three)).toMatchObject({ hoursOnCall: 20, pages: 4, sleepHourPages: 0 });
    expect(medianFigures(three.slice(0, 2))).toMatchObject({ hoursOnCall: 20, pages: 5 });
  });

  it("is all zeros for nobody", () => {
    expect(Object.values(medianFigures([]))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
