import { describe, expect, it } from "vitest";
import type { Incident, ShadowRecord } from "../../src/model.js";
import {
  MAX_SHIFTS_READ,
  menteeProgress,
  type ProgressInput,
} from "../../src/shadowing/progress/mentee-progress.js";
import { renderMenteeProgress } from "../../src/shadowing/render/render-mentee-progress.js";
import { incident, mentee } from "../builders/index.js";

const dave = mentee("dave", { timeZone: "Europe/Berlin", learning: ["payments-api", "ledger"] });
const record = (
  mentor: string,
  schedule: string,
  start: string,
  end: string,
  who = "dave",
): ShadowRecord => ({
  mentee: who,
  mentor,
  schedule,
  start,
  end,
});
/** An incident on `service`, resolved, numbered and named as the progress text shows it. */
const seen = (number: number, service: string, createdAt: string): Incident =>
  incident({
    id: `Q${number}`,
    number,
    title: `Incident ${number}`,
    priority: null,
    service: { id: service, name: service },
    createdAt,
    resolvedAt: null,
    lastStatusChangeAt: createdAt,
    url: null,
  });

const schedules = new Map([
  [
    "payments-primary",
    { id: "payments-primary", name: "Payments primary", timeZone: "UTC", services: ["payments-api"] },
  ],
  ["ledger-daily", { id: "ledger-daily", name: "Ledger daily", timeZone: "UTC", services: ["ledger"] }],
  ["quiet", { id: "quiet", name: "Quiet", timeZone: "UTC", services: [] }],
]);

// Now is 24 Nov 12:00 UTC. Dave shadowed 8 h on 5 Nov (no incidents then), 8 h on 20 Nov (#1042 on payments-api at
// 18:04), 24 h on the ledger from 23 Nov 07:00 (#1050 on the ledger at 08:00; #1044 at 22:40 is on payments-api, which
// that schedule does not cover) and is 2 h into a shift on a schedule with no services. One more is recorded for 25 Nov.
const input: ProgressInput = {
  mentee: dave,
  now: new Date("2026-11-24T12:00:00Z"),
  history: [
    record("carol", "payments-primary", "2026-11-20T16:00:00Z", "2026-11-21T00:00:00Z"),
    record("alice", "payments-primary", "2026-11-05T08:00:00Z", "2026-11-05T16:00:00Z"),
    record("bob", "ledger-daily", "2026-11-23T07:00:00Z", "2026-11-24T07:00:00Z"),
    record("bob", "quiet", "2026-11-24T10:00:00Z", "2026-11-24T14:00:00Z"),
    record("alice", "payments-primary", "2026-11-25T08:00:00Z", "2026-11-25T16:00:00Z"),
    record("alice", "payments-primary", "2026-11-20T16:00:00Z", "2026-11-21T00:00:00Z", "erin"),
  ],
  schedules,
  incidents: [
    seen(1044, "payments-api", "2026-11-23T22:40:00Z"),
    seen(1043, "ledger", "2026-11-21T03:15:00Z"),
    seen(1042, "payments-api", "2026-11-20T18:04:00Z"),
    seen(1050, "ledger", "2026-11-23T08:00:00Z"),
  ],
  runbooks: new Map([
    ["payments-api", "payments-api.md"],
    ["ledger", null],
  ]),
  suggestions: [
    {
      mentor: "alice",
      schedule: "payments-primary",
      start: "2026-12-01T08:00:00Z",
      end: "2026-12-01T16:00:00Z",
    },
  ],
  load: {
    own: { hoursOnCall: 77, pages: 1, afterHoursPages: 1, sleepHourPages: 1 },
    teamMedian: { hoursOnCall: 177.5, pages: 1, afterHoursPages: 0.5, sleepHourPages: 0 },
  },
};

describe("menteeProgress", () => {
  const progress = menteeProgress(input);

  it("lists the shadow shifts begun, oldest first, with the incidents on their services while they ran", () => {
    expect(progress.shifts.map((s) => [s.mentor, s.start, s.incidents.map((i) => i.number)])).toEqual([
      ["alice", "2026-11-05T08:00:00Z", []],
      ["carol", "2026-11-20T16:00:00Z", [1042]],
      ["bob", "2026-11-23T07:00:00Z", [1050]],
      ["bob", "2026-11-24T10:00:00Z", []],
    ]);
    // 8 + 8 + 24 h, and the 2 h of the running shift.
    expect(progress.hoursShadowed).toBe(42);
    expect(progress.olderShifts).toBe(0);
  });

  it("sets services against the learning goals, least covered goal first, with runbooks", () => {
    expect(progress.services).toEqual([
      { service: "ledger", learning: true, shifts: 1, incidentsSeen: 1, runbook: null },
      { service: "payments-api", learning: true, shifts: 2, incidentsSeen: 1, runbook: "payments-api.md" },
    ]);
  });

  it("puts recorded shifts ahead before suggestions", () => {
    expect(progress.next).toEqual([
      {
        mentor: "alice",
        schedule: "payments-primary",
        start: "2026-11-25T08:00:00Z",
        end: "2026-11-25T16:00:00Z",
        recorded: true,
      },
      { ...input.suggestions[0], recorded: false },
    ]);
  });

  it("lists only the latest shifts' incidents past the limit, counting the older ones", () => {
    const many = Array.from({ length: MAX_SHIFTS_READ + 2 }, (_, day) =>
      record(
        "alice",
        "quiet",
        new Date(Date.UTC(2026, 8, 1 + day, 9)).toISOString(),
        new Date(Date.UTC(2026, 8, 1 + day, 10)).toISOString(),
      ),
    );
    const result = menteeProgress({ ...input, history: many });
    expect(result.shifts).toHaveLength(MAX_SHIFTS_READ);
    expect(result.olderShifts).toBe(2);
    expect(result.shifts[0]!.start).toBe("2026-09-03T09:00:00.000Z");
    expect(result.hoursShadowed).toBe(MAX_SHIFTS_READ + 2);
  });

  it("reads as a table of shifts, goals and the load beside the team median", () => {
    const text = renderMenteeProgress(
      progress,
      {
        engineer: (id) => id.toUpperCase(),
        schedule: (id) => schedules.get(id)?.name ?? id,
        service: (id) => id,
      },
      { menteeName: "Dave", now: input.now, loadDays: 28, noSuggestion: null },
    );
    expect(text).toContain("4 shadow shifts done (42 h), 2 incidents seen on the shadowed services.");
    expect(text).toContain(
      "| 2026-11-20 16:00 | 2026-11-21 00:00 | CAROL | Payments primary | #1042 Incident 1042 |",
    );
    expect(text).toContain("| ledger | yes, covered | 1 | 1 | none yet |");
    expect(text).toContain(
      "- Recorded: 2026-11-25 08:00 to 2026-11-25 16:00 UTC with ALICE on Payments primary",
    );
    expect(text).toContain("| Hours on call | 77 | 177.5 |");
    expect(text).toContain("| After-hours pages | 1 | 0.5 |");
    const quiet = renderMenteeProgress(
      { ...progress, load: null, next: [] },
      { engineer: (id) => id, schedule: (id) => id, service: (id) => id },
      { menteeName: "Dave", now: input.now, loadDays: 28, noSuggestion: "No shadow shift fits." },
    );
    expect(quiet).toContain("No shadow shift fits.");
    expect(quiet).toContain("Dave took no on-call shifts of their own in that time");
  });
});
