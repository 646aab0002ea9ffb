// The PagerDuty shadow recorder on plain objects: where each override goes, in which order, and what an undo does with
// overrides ahead, under way, over and missing. PagerDuty itself is a map here; the fake answers over HTTP in
// test/integration/shadowing-reverse.test.ts.
import { describe, expect, it } from "vitest";
import type { ShadowRecord } from "../../src/model.js";
import type { ScheduleSource, ShadowRotation } from "../../src/ports/sources.js";
import type {
  PagerDutyScheduleRef,
  PagerDutyScheduleWrites,
  ScheduleOverride,
} from "../../src/sources/pagerduty/schedule-writes.js";
import { createPagerDutyShadowRecorder } from "../../src/sources/pagerduty/shadow-recorder.js";
import { mentee, mentor, schedule, teamDirectory } from "../builders/index.js";

const TEAM = teamDirectory({
  teams: [{ id: "payments", name: "Payments", pagerdutyId: null }],
  engineers: [
    mentor("carol", { team: "payments" }),
    mentee("erin", { team: "payments", stage: "reverse-shadow" }),
    mentee("dev", { team: "payments" }),
  ],
  schedules: [schedule("primary", { name: "Payments primary", team: "payments", pagerdutyId: "PPRIMARY" })],
});

const REVERSE: ShadowRecord = {
  mentee: "erin",
  mentor: "carol",
  schedule: "primary",
  start: "2026-12-14T17:00:00.000Z",
  end: "2026-12-21T17:00:00.000Z",
  role: "reverse-shadow",
};
const SHADOW: ShadowRecord = {
  mentee: "dev",
  mentor: "carol",
  schedule: "primary",
  start: "2026-11-30T17:00:00.000Z",
  end: "2026-12-07T17:00:00.000Z",
};

const rotation = (shadows: ShadowRecord[]): ShadowRotation => ({
  window: { start: "2026-11-30T00:00:00.000Z", end: "2026-12-28T00:00:00.000Z" },
  shadows,
  details: [],
  calendar: "",
});

/** PagerDuty as a map of schedules (by team.yaml id or PagerDuty id) to overrides, and a log of the writes. */
function memoryPagerDuty() {
  const names = new Map<string, string>([["primary", "Payments primary"]]);
  const overrides = new Map<string, ScheduleOverride[]>([["primary", []]]);
  const log: string[] = [];
  let next = 0;
  const on = (id: string) => overrides.get(id === "PPRIMARY" ? "primary" : id) ?? [];
  const writes: PagerDutyScheduleWrites = {
    async findScheduleByName(name) {
      const id = [...names].find(([, n]) => n === name)?.[0];
      return id ? { id, name, timeZone: "UTC" } : null;
    },
    async createSchedule(created): Promise<PagerDutyScheduleRef> {
      const id = `S${++next}`;
      names.set(id, created.name);
      overrides.set(id, []);
      log.push(`create schedule "${created.name}"`);
      return { id, name: created.name, timeZone: created.timeZone };
    },
    async listOverrides(id, since, until) {
      return on(id).filter((o) => o.start < until && o.end > since);
    },
    async createOverrides(id, list) {
      log.push(`create on ${id}: ${list.map((o) => o.user).join(", ")}`);
      const made = list.map((o) => ({ ...o, id: `O${++next}` }));
      on(id).push(...made);
      return made;
    },
    async deleteOverride(id, overrideId) {
      log.push(`delete on ${id}: ${overrideId}`);
      const list = on(id);
      const index = list.findIndex((o) => o.id === overrideId);
      if (index === -1) return false;
      list.splice(index, 1);
      return true;
    },
  };
  const schedules: ScheduleSource = {
    listSchedules: () => Promise.reject(new Error("team.yaml knows every schedule here")),
    renderSchedule: () => Promise.reject(new Error("not rendered here")),
  };
  const recorder = createPagerDutyShadowRecorder({ writes, schedules, team: { load: async () => TEAM } });
  return { recorder, log, overrides };
}

describe("the PagerDuty shadow recorder", () => {
  it("puts a reverse shadow's mentor on the Shadow schedule before its mentee on the shadowed schedule", async () => {
    const { recorder, log, overrides } = memoryPagerDuty();
    const first = await recorder.recordShadowRotation(rotation([SHADOW, REVERSE]));
    expect(log).toEqual([
      'create schedule "Shadow — Payments"',
      "create on S1: dev, carol",
      "create on primary: erin",
    ]);
    expect(overrides.get("primary")!.map((o) => o.user)).toEqual(["erin"]);
    expect(first.pagingChanges).toEqual([
      {
        shadow: REVERSE,
        scheduleName: "Payments primary",
        state: "made",
        overrideId: "O4",
        backupOverrideId: "O3",
      },
    ]);
    expect(first.created).toContain(
      'override O4 on "Payments primary": erin paged first instead of carol (reverse shadow) 2026-12-14T17:00:00.000Z to 2026-12-21T17:00:00.000Z',
    );

    const again = await recorder.recordShadowRotation(rotation([SHADOW, REVERSE]));
    expect(log).toHaveLength(3);
    expect(again.created).toEqual([]);
    expect(again.pagingChanges.map((c) => [c.state, c.overrideId, c.backupOverrideId])).toEqual([
      ["already", "O4", "O3"],
    ]);
  });

  it("makes nothing on a shadowed schedule for plain shadows, as before", async () => {
    const { recorder, log } = memoryPagerDuty();
    const recording = await recorder.recordShadowRotation(rotation([SHADOW]));
    expect(log).toEqual(['create schedule "Shadow — Payments"', "create on S1: dev"]);
    expect(recording.pagingChanges).toEqual([]);
  });

  it("undoes the mentee's override first; ends one under way, keeps one over, and then finds nothing", async () => {
    const { recorder, log, overrides } = memoryPagerDuty();
    await recorder.recordShadowRotation(rotation([SHADOW, REVERSE]));
    log.length = 0;
    const duringReverse = new Date("2026-12-15T12:00:00Z");
    const undone = await recorder.undoShadowRotation(rotation([SHADOW, REVERSE]), duringReverse);
    expect(log).toEqual(["delete on primary: O4", "delete on S1: O3"]);
    expect(undone.pagingChanges.map((c) => [c.state, c.overrideId, c.backupOverrideId])).toEqual([
      ["ended", "O4", "O3"],
    ]);
    expect(undone.removed).toEqual([
      'override O4 on "Payments primary": erin paged first instead of carol (reverse shadow) 2026-12-14T17:00:00.000Z to 2026-12-21T17:00:00.000Z: under way, so PagerDuty ended it now',
      'override O3 on "Shadow — Payments": carol backs up erin (reverse shadow on "Payments primary") 2026-12-14T17:00:00.000Z to 2026-12-21T17:00:00.000Z: under way, so PagerDuty ended it now',
    ]);
    expect(undone.notRemoved).toEqual([
      'override O2 on "Shadow — Payments": dev (shadowing carol) 2026-11-30T17:00:00.000Z to 2026-12-07T17:00:00.000Z: over, and PagerDuty keeps past overrides',
    ]);
    expect(overrides.get("S1")!.map((o) => o.user)).toEqual(["dev"]);

    log.length = 0;
    const again = await recorder.undoShadowRotation(rotation([REVERSE]), duringReverse);
    expect(log).toEqual([]);
    expect(again.removed).toEqual([]);
    expect(again.pagingChanges.map((c) => c.state)).toEqual(["absent"]);
  });

  it("removes an override ahead outright, and says so when the Shadow schedule is not there", async () => {
    const { recorder } = memoryPagerDuty();
    await recorder.recordShadowRotation(rotation([REVERSE]));
    const before = new Date("2026-11-24T12:00:00Z");
    const undone = await recorder.undoShadowRotation(rotation([REVERSE]), before);
    expect(undone.pagingChanges.map((c) => c.state)).toEqual(["removed"]);
    expect(undone.removed).toHaveLength(2);

    const empty = memoryPagerDuty();
    const nothing = await empty.recorder.undoShadowRotation(rotation([REVERSE]), before);
    expect(nothing.notRemoved).toEqual([
      'override on "Payments primary": erin paged first instead of carol (reverse shadow) 2026-12-14T17:00:00.000Z to 2026-12-21T17:00:00.000Z: not there',
      'PagerDuty schedule "Shadow — Payments": not there, nor any override on it',
    ]);
    expect(nothing.pagingChanges).toEqual([
      {
        shadow: REVERSE,
        scheduleName: "Payments primary",
        state: "absent",
        overrideId: null,
        backupOverrideId: null,
      },
    ]);
    expect(empty.log).toEqual([]);
  });
});
