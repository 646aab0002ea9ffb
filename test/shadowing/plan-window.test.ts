import { describe, expect, it } from "vitest";
import { UserInputError } from "../../src/lib/errors.js";
import { resolvePlanWindow } from "../../src/shadowing/plan/plan-request.js";

describe("resolvePlanWindow", () => {
  const now = new Date("2026-11-24T10:42:17.500Z");

  it("defaults to the 4 weeks from the start of the current hour, so a repeated request plans the same window", () => {
    expect(resolvePlanWindow({}, now)).toEqual({
      from: new Date("2026-11-24T10:00:00Z"),
      to: new Date("2026-12-22T10:00:00Z"),
    });
    expect(resolvePlanWindow({}, new Date("2026-11-24T10:59:59.999Z"))).toEqual(resolvePlanWindow({}, now));
  });

  it("takes from and to as given, to defaulting to 4 weeks after from", () => {
    const from = new Date("2026-12-01T09:30:00Z");
    expect(resolvePlanWindow({ from }, now)).toEqual({ from, to: new Date("2026-12-29T09:30:00Z") });
    const to = new Date("2026-12-05T00:00:00Z");
    expect(resolvePlanWindow({ to }, now)).toEqual({ from: new Date("2026-11-24T10:00:00Z"), to });
  });

  it("refuses a backwards or over-long window", () => {
    expect(() => resolvePlanWindow({ to: new Date("2026-11-01T00:00:00Z") }, now)).toThrow(
      new UserInputError(
        "to (2026-11-01T00:00:00.000Z) must be after from (2026-11-24T10:00:00.000Z); swap them or widen the window.",
      ),
    );
    expect(() =>
      resolvePlanWindow(
        { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-07-04T00:00:00Z") },
        now,
      ),
    ).toThrow(/The window is 184 days; plan at most 183 days at a time/);
  });
});
