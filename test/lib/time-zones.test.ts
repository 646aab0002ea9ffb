import { describe, expect, it } from "vitest";
import { UserInputError } from "../../src/lib/errors.js";
import {
  addLocalDays,
  instantToLocal,
  isValidTimeZone,
  localToInstant,
  parseLocalDateTime,
} from "../../src/lib/time-zones.js";

const at = (text: string) => parseLocalDateTime(text);
const iso = (date: Date) => date.toISOString();

describe("isValidTimeZone", () => {
  it("accepts IANA zones and UTC", () => {
    expect(isValidTimeZone("America/Los_Angeles")).toBe(true);
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
  });
  it("refuses unknown names, offsets and the empty string", () => {
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("+01:00")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});

describe("parseLocalDateTime", () => {
  it("reads the three accepted forms", () => {
    expect(at("2026-11-02")).toEqual({ year: 2026, month: 11, day: 2, hour: 0, minute: 0, second: 0 });
    expect(at("2026-11-02T09:05")).toEqual({ year: 2026, month: 11, day: 2, hour: 9, minute: 5, second: 0 });
    expect(at("2026-11-02T23:59:58")).toEqual({
      year: 2026,
      month: 11,
      day: 2,
      hour: 23,
      minute: 59,
      second: 58,
    });
  });
  it("accepts 29 February in a leap year only", () => {
    expect(at("2028-02-29").day).toBe(29);
    expect(() => at("2026-02-29")).toThrow(UserInputError);
  });
  it.each([
    "2026-02-30",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-01-01T24:00",
    "2026-01-01T10:60",
    "2026-1-01",
    "2026-01-01 09:00",
    "2026-01-01T09:00Z",
  ])("refuses %s with a UserInputError", (text) => {
    expect(() => at(text)).toThrow(UserInputError);
  });
  it("says what to write", () => {
    expect(() => at("next tuesday")).toThrow(/write YYYY-MM-DD/);
  });
});

describe("localToInstant", () => {
  it("converts ordinary winter and summer times", () => {
    expect(iso(localToInstant(at("2026-01-15T09:00"), "America/Los_Angeles"))).toBe(
      "2026-01-15T17:00:00.000Z",
    );
    expect(iso(localToInstant(at("2026-07-15T09:00"), "America/Los_Angeles"))).toBe(
      "2026-07-15T16:00:00.000Z",
    );
    expect(iso(localToInstant(at("2026-07-15T09:00"), "Europe/Berlin"))).toBe("2026-07-15T07:00:00.000Z");
    expect(iso(localToInstant(at("2026-07-15T09:00"), "Asia/Kolkata"))).toBe("2026-07-15T03:30:00.000Z");
  });
  it("moves a time in the spring gap forward by the gap", () => {
    // 02:30 does not exist on 2026-03-08 in Los Angeles: read with PST (-8) it is 10:30Z = 03:30 PDT.
    expect(iso(localToInstant(at("2026-03-08T02:30"), "America/Los_Angeles"))).toBe(
      "2026-03-08T10:30:00.000Z",
    );
    // Berlin skips 02:00–03:00 on 2026-03-29: 02:30 read with CET (+1) is 01:30Z = 03:30 CEST.
    expect(iso(localToInstant(at("2026-03-29T02:30"), "Europe/Berlin"))).toBe("2026-03-29T01:30:00.000Z");
  });
  it("takes the earlier instant in the autumn overlap", () => {
    // 01:30 happens twice on 2026-11-01 in Los Angeles: first in PDT (-7) = 08:30Z, then in PST = 09:30Z.
    expect(iso(localToInstant(at("2026-11-01T01:30"), "America/Los_Angeles"))).toBe(
      "2026-11-01T08:30:00.000Z",
    );
    // 02:30 happens twice on 2026-10-25 in Berlin: first in CEST (+2) = 00:30Z.
    expect(iso(localToInstant(at("2026-10-25T02:30"), "Europe/Berlin"))).toBe("2026-10-25T00:30:00.000Z");
  });
  it("handles the edges of the transitions", () => {
    expect(iso(localToInstant(at("2026-03-08T03:00"), "America/Los_Angeles"))).toBe(
      "2026-03-08T10:00:00.000Z",
    );
    expect(iso(localToInstant(at("2026-03-08T01:59:59"), "America/Los_Angeles"))).toBe(
      "2026-03-08T09:59:59.000Z",
    );
    expect(iso(localToInstant(at("2026-11-01T02:00"), "America/Los_Angeles"))).toBe(
      "2026-11-01T10:00:00.000Z",
    );
  });
});

describe("instantToLocal", () => {
  it("reads the wall clock and weekday in the zone", () => {
    expect(instantToLocal(new Date("2026-11-24T12:00:00Z"), "America/Los_Angeles")).toEqual({
      year: 2026,
      month: 11,
      day: 24,
      hour: 4,
      minute: 0,
      second: 0,
      weekday: "tue",
    });
    expect(instantToLocal(new Date("2026-11-24T23:30:00Z"), "Asia/Tokyo")).toMatchObject({
      day: 25,
      hour: 8,
      minute: 30,
      weekday: "wed",
    });
  });
  it("shows midnight as hour 0", () => {
    expect(instantToLocal(new Date("2026-06-01T07:00:00Z"), "America/Los_Angeles")).toMatchObject({
      day: 1,
      hour: 0,
      weekday: "mon",
    });
  });
  it("tells the two 01:30s of the overlap apart", () => {
    expect(instantToLocal(new Date("2026-11-01T08:30:00Z"), "America/Los_Angeles")).toMatchObject({
      hour: 1,
    });
    expect(instantToLocal(new Date("2026-11-01T09:30:00Z"), "America/Los_Angeles")).toMatchObject({
      hour: 1,
    });
    expect(instantToLocal(new Date("2026-11-01T10:30:00Z"), "America/Los_Angeles")).toMatchObject({
      hour: 2,
    });
  });
});

describe("addLocalDays", () => {
  it("crosses month, leap day and year ends, keeping the wall clock", () => {
    expect(addLocalDays(at("2026-02-28T09:00"), 1)).toEqual(at("2026-03-01T09:00"));
    expect(addLocalDays(at("2028-02-28T09:00"), 1)).toEqual(at("2028-02-29T09:00"));
    expect(addLocalDays(at("2027-01-01T23:15"), -1)).toEqual(at("2026-12-31T23:15"));
    expect(addLocalDays(at("2026-11-02T09:00"), 7 * 52)).toEqual(at("2027-11-01T09:00"));
  });
});
