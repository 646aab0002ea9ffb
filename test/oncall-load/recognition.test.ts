import { describe, expect, it } from "vitest";
import { carriers, recognitionParagraph } from "../../src/oncall-load/recognition.js";
import { load } from "./builders.js";

const labels = new Map([
  ["A", { number: 2001, title: "API 5xx above 2%" }],
  ["C", { number: 2003, title: "Disk filling on api-db" }],
]);

describe("recognitionParagraph", () => {
  it("says what the person carried and handled, with incident numbers, and thanks them", () => {
    const taro = load("taro", "Asia/Tokyo", {
      engineer: { id: "taro", name: "Taro Yamada", timeZone: "Asia/Tokyo" },
      hoursOnCall: 408,
      weekendHoursOnCall: 111,
      pages: 7,
      afterHoursPages: 7,
      sleepHourPages: 7,
      incidentsAcknowledged: 2,
      incidentsResolved: 1,
      acknowledged: ["A", "C"],
      resolved: ["C"],
    });
    expect(recognitionParagraph(taro, labels)).toBe(
      "**Taro Yamada** held the pager for 408 h (111 h of it at weekends) and took 7 pages, 7 in sleep hours " +
        "(22:00–07:00 Asia/Tokyo) and 7 outside working hours. Taro acknowledged 2 incidents and resolved 1: " +
        "#2001 API 5xx above 2%; #2003 Disk filling on api-db. Thank you, Taro.",
    );
  });

  it("names a quiet stretch, and an incident it has no number for by its id", () => {
    const quiet = load("nia", "Europe/London", { hoursOnCall: 216.25, weekendHoursOnCall: 72 });
    expect(recognitionParagraph(quiet, labels)).toBe(
      "**Nia Test** held the pager for 216.3 h (72 h of it at weekends) through a quiet stretch, without a page. Thank you, Nia.",
    );
    const resolver = load("lucy", "Europe/London", {
      pages: 1,
      incidentsResolved: 2,
      resolved: ["Q1GONE", "A"],
    });
    expect(recognitionParagraph(resolver, labels)).toBe(
      "**Lucy Test** took 1 page. Lucy resolved 2 incidents: Q1GONE; #2001 API 5xx above 2%. Thank you, Lucy.",
    );
  });

  it("names five incidents and counts the rest", () => {
    const ids = ["I1", "I2", "I3", "I4", "I5", "I6", "I7"];
    const busy = load("sam", "UTC", { pages: 7, incidentsAcknowledged: 7, acknowledged: ids });
    expect(recognitionParagraph(busy, new Map())).toContain(
      ": I1; I2; I3; I4; I5, and 2 more. Thank you, Sam.",
    );
  });
});

describe("carriers", () => {
  it("picks the three most loaded people who carried anything", () => {
    const loads = [
      load("a", "UTC", { hoursOnCall: 5 }),
      load("b", "UTC", { hoursOnCall: 50 }),
      load("c", "UTC"),
      load("d", "UTC", { hoursOnCall: 20 }),
      load("e", "UTC", { hoursOnCall: 1, disturbedHours: { afterHours: 2, sleep: 2 } }), // 1 + 2 + 4 = 7
    ];
    expect(carriers(loads).map((entry) => entry.engineer.id)).toEqual(["b", "d", "e"]);
    expect(carriers([load("c", "UTC")])).toEqual([]);
  });
});
