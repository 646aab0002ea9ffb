import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/lib/errors.js";
import { checkScope, selectEngineers } from "../../src/oncall-load/scope.js";
import { engineer, logEntry, person, shift, teamDirectory } from "../builders/index.js";

const team = teamDirectory({
  engineers: [
    engineer("ann", { timeZone: "UTC", team: "ops" }),
    engineer("ben", { timeZone: "UTC", team: "ops" }),
    engineer("cat", { timeZone: "UTC", team: "support" }),
    engineer("dan", { timeZone: "UTC", team: null }),
  ],
  teams: [
    { id: "ops", name: "Ops", pagerdutyId: null },
    { id: "support", name: "Support", pagerdutyId: null },
  ],
});

const records = {
  shifts: [shift("primary", "ann", "2026-11-02T00:00:00Z", "2026-11-03T00:00:00Z")],
  entries: [
    logEntry("notify", "2026-11-02T03:00:00Z", {
      incidentId: "A",
      targets: [person("cat")],
      channel: "push",
    }),
  ],
};

const ids = (engineers: { id: string }[]) => engineers.map((e) => e.id);

describe("checkScope", () => {
  it("refuses an engineer or team id team.yaml does not know, saying what to pass", () => {
    expect(() => checkScope(team, { engineerIds: ["ann", "zed"] })).toThrow(NotFoundError);
    expect(() => checkScope(team, { engineerIds: ["zed"] })).toThrow(
      'No engineer "zed" (engineers); known engineers: "ann", "ben", "cat", "dan".',
    );
    expect(() => checkScope(team, { teamIds: ["sre"] })).toThrow(
      'No team "sre" (teamIds); known teams: "ops", "support".',
    );
    expect(() => checkScope(team, { engineerIds: ["ann"], teamIds: ["ops"] })).not.toThrow();
  });
});

describe("selectEngineers", () => {
  it("lists everyone on call or paged, in team.yaml order", () => {
    expect(ids(selectEngineers(team, {}, records))).toEqual(["ann", "cat"]);
  });

  it("lists named engineers even without any load, and only them", () => {
    expect(ids(selectEngineers(team, { engineerIds: ["dan", "ann"] }, records))).toEqual(["ann", "dan"]);
  });

  it("narrows to teams, and to the people on the schedules counted", () => {
    expect(ids(selectEngineers(team, { teamIds: ["support"] }, records))).toEqual(["cat"]);
    expect(ids(selectEngineers(team, { scheduleIds: ["primary"] }, records))).toEqual(["ann"]);
    expect(ids(selectEngineers(team, { teamIds: ["ops"], engineerIds: ["cat", "ben"] }, records))).toEqual([
      "ben",
    ]);
  });
});
