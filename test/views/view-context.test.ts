// What the views get beside a tool's answer: the rotation's people and working hours, and where an incident's fix is.
import { describe, expect, it } from "vitest";
import { incidentViewContext, rotationViewContext } from "../../src/views/view-context.js";
import { mentee, schedule, teamDirectory } from "../builders/index.js";

describe("rotationViewContext", () => {
  const team = teamDirectory({
    engineers: [
      mentee("lena", { name: "Name of lena", timeZone: "Europe/Berlin" }),
      mentee("carol", { name: "Name of carol", timeZone: "America/Los_Angeles" }),
      mentee("zoe", { name: "Name of zoe", timeZone: "UTC" }),
    ],
    schedules: [schedule("pay", { name: "Payments primary" }), schedule("db", { name: "Database" })],
  });
  // Monday 2 March 2026 to Wednesday 4 March; Berlin is UTC+1 then.
  const plan = {
    window: { from: "2026-03-02T00:00:00.000Z", to: "2026-03-04T00:00:00.000Z" },
    pairings: [{ mentee: "lena", mentor: "carol", schedule: "pay" }],
    unmatched: [],
  };

  it("names the people of the plan, gives each mentee's working hours in UTC, and the schedules used", () => {
    const context = rotationViewContext(plan, { team, writesEnabled: false });
    expect(context.people).toEqual({
      lena: { name: "Name of lena", timeZone: "Europe/Berlin" },
      carol: { name: "Name of carol", timeZone: "America/Los_Angeles" },
    });
    expect(context.workingHours).toEqual({
      lena: [
        ["2026-03-02T08:00:00.000Z", "2026-03-02T16:00:00.000Z"],
        ["2026-03-03T08:00:00.000Z", "2026-03-03T16:00:00.000Z"],
      ],
    });
    expect(context.schedules).toEqual({ pay: "Payments primary" });
    expect(context.canRecord).toBe(false);
  });

  it("offers to record only when writes are enabled", () => {
    expect(rotationViewContext(plan, { team, writesEnabled: true }).canRecord).toBe(true);
  });
});

describe("incidentViewContext", () => {
  const timeline = [
    { kind: "resolve", summary: "Resolved by Ines Becker: Rotated the certificate and added an al…" },
  ];

  it("finds the note the resolution was taken from, even with its line breaks and a clipped end", () => {
    const notes = [
      { content: "Looking at it." },
      { content: "Rotated the certificate\nand added an alert on renewal failures." },
    ];
    expect(
      incidentViewContext({
        resolution: { text: "Rotated the certificate and added an alert on renewal fa…" },
        notes,
        timeline: [],
      }),
    ).toEqual({ fixNote: 1, fixInResolve: false });
  });

  it("points at the resolve line when no note holds the resolution and the resolve message does", () => {
    const summary = {
      resolution: { text: "Rotated the certificate and added an alert on renewal failures." },
      notes: [{ content: "Looking at it." }],
      timeline,
    };
    expect(incidentViewContext(summary)).toEqual({ fixNote: null, fixInResolve: true });
  });

  it("takes the last note among the resolution's entries, one entry a line", () => {
    const summary = {
      resolution: { text: "09:02 Rolled back 4.12.1.\n09:10 Raised the pool to 200." },
      notes: [
        { content: "Rolled back 4.12.1." },
        { content: "Raised the pool to 200." },
        { content: "Postmortem Friday." },
      ],
      timeline: [],
    };
    expect(incidentViewContext(summary)).toEqual({ fixNote: 1, fixInResolve: false });
  });

  it("does not take a short note that merely starts the resolution for its source", () => {
    const summary = {
      resolution: { text: "Fixed the pool size and restarted." },
      notes: [{ content: "Fixed" }],
      timeline: [],
    };
    expect(incidentViewContext(summary)).toEqual({ fixNote: null, fixInResolve: false });
  });

  it("marks nothing when there is no resolution or it is found nowhere", () => {
    expect(incidentViewContext({ resolution: null, notes: [{ content: "x" }], timeline })).toEqual({
      fixNote: null,
      fixInResolve: false,
    });
    expect(
      incidentViewContext({ resolution: { text: "Something else entirely." }, notes: [], timeline }),
    ).toEqual({
      fixNote: null,
      fixInResolve: false,
    });
  });
});
