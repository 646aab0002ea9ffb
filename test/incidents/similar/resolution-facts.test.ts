import { describe, expect, it } from "vitest";
import { resolutionFacts, withLatestStatus } from "../../../src/incidents/similar/resolution-facts.js";
import { runbookPathFor } from "../../../src/incidents/similar/runbook-path.js";
import { alice, bob, incident, logEntry, note, service, teamDirectory } from "../../builders/index.js";

const NOW = new Date("2026-11-25T00:00:00Z");

describe("resolutionFacts", () => {
  it("takes what fixed it (up to the resolve), who resolved it and how long it took from the records", () => {
    const notes = [
      note("2026-11-24T10:10:00Z", "Failed over with `gwctl provider failover sms`; deliveries recovering.", {
        author: bob,
      }),
      note("2026-11-24T10:20:00Z", "Postmortem: restart the provider client nightly.", { author: bob }),
    ];
    const entries = [
      logEntry("trigger", "2026-11-24T10:00:00Z"),
      logEntry("acknowledge", "2026-11-24T10:03:00Z", { actor: bob }),
      logEntry("resolve", "2026-11-24T10:12:00Z", { actor: alice }),
    ];
    const facts = resolutionFacts(
      incident({ createdAt: "2026-11-24T10:00:00Z", resolvedAt: "2026-11-24T10:12:00Z" }),
      entries,
      notes,
      NOW,
    );
    expect(facts).toEqual({
      // The note written after the resolve is context, not the fix.
      resolution: "10:10 Failed over with `gwctl provider failover sms`; deliveries recovering.",
      resolvedBy: { id: "alice", name: "Alice Chen" },
      timeToResolveSeconds: 720,
    });
  });

  it("treats an incident indexed while open as resolved when its log ends with a resolve", () => {
    const open = incident({ status: "acknowledged", resolvedAt: null, createdAt: "2026-11-24T10:00:00Z" });
    const entries = [
      logEntry("trigger", "2026-11-24T10:00:00Z"),
      logEntry("acknowledge", "2026-11-24T10:05:00Z", { actor: bob }),
      logEntry("resolve", "2026-11-24T11:00:00Z", { actor: bob }),
    ];
    expect(withLatestStatus(open, entries)).toMatchObject({
      status: "resolved",
      resolvedAt: "2026-11-24T11:00:00Z",
    });
    expect(resolutionFacts(open, entries, [], NOW)).toEqual({
      resolution: null,
      resolvedBy: { id: "bob", name: "Bob Li" },
      timeToResolveSeconds: 3600,
    });
    const stillOpen = [...entries, logEntry("trigger", "2026-11-24T11:30:00Z")];
    expect(withLatestStatus(open, stillOpen)).toBe(open);
    expect(resolutionFacts(open, stillOpen, [], NOW).timeToResolveSeconds).toBeNull();
  });
});

describe("runbookPathFor", () => {
  const team = teamDirectory({
    services: [
      service({ id: "postgres", name: "Postgres", runbook: "db/postgres.md", pagerdutyId: "PDB2R5Y" }),
      service({ pagerdutyId: null }),
      service({ id: "status-page", name: "Status Page", pagerdutyId: null }),
    ],
  });
  const existing = new Set(["db/postgres.md", "payments-api.md"]);

  it("uses the service's runbook field, else <service id>.md, when the file exists", () => {
    expect(runbookPathFor("postgres", team, existing)).toBe("db/postgres.md");
    expect(runbookPathFor("PDB2R5Y", team, existing)).toBe("db/postgres.md");
    expect(runbookPathFor("payments-api", team, existing)).toBe("payments-api.md");
    expect(runbookPathFor("status-page", team, existing)).toBeNull();
    expect(runbookPathFor("unknown-service", team, existing)).toBeNull();
  });

  it("trusts the runbook field alone when the runbooks could not be listed", () => {
    expect(runbookPathFor("postgres", team, null)).toBe("db/postgres.md");
    expect(runbookPathFor("payments-api", team, null)).toBeNull();
  });
});
