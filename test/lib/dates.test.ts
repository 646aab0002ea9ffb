// resolveWindow: the one place every tool with a past window turns optional since/until into a window.
import { describe, expect, it } from "vitest";
import { DAY_MS, resolveWindow } from "../../src/lib/dates.js";

const now = new Date("2026-11-24T12:00:00Z");
const options = { now, defaultDays: 7, maxDays: 31 };

describe("resolveWindow", () => {
  it("defaults until to now and since to defaultDays before it", () => {
    expect(resolveWindow(undefined, undefined, options)).toEqual({
      since: new Date(now.getTime() - 7 * DAY_MS),
      until: now,
    });
    const until = new Date("2026-11-20T00:00:00Z");
    expect(resolveWindow(undefined, until, options).since).toEqual(new Date("2026-11-13T00:00:00Z"));
  });

  it("reads since alone as since..now, however far back within the limit", () => {
    const since = new Date("2026-11-01T00:00:00Z");
    expect(resolveWindow(since, undefined, options)).toEqual({ since, until: now });
  });

  it("refuses since alone when since..now is longer than allowed, or in the future", () => {
    expect(() => resolveWindow(new Date("2026-09-01T00:00:00Z"), undefined, options)).toThrow(
      /is 85 days; at most 31 days are allowed/,
    );
    expect(() => resolveWindow(new Date("2026-12-01T00:00:00Z"), undefined, options)).toThrow(
      /must be before until/,
    );
  });
});
