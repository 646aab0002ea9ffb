import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NotFoundError, UserInputError, WorkspaceError } from "../../src/lib/errors.js";
import type { IncidentQuery } from "../../src/ports/sources.js";
import { createWorkspaceSources } from "../../src/sources/workspace/index.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";
import { workspaceCopies } from "../helpers/temp-workspace.js";

const copyOfFixture = workspaceCopies(SMALL_WORKSPACE);

const fixture = createWorkspaceSources({ workspaceDir: SMALL_WORKSPACE, runbookDir: "runbooks" }).incidents;

async function numbers(query: Partial<IncidentQuery>): Promise<number[]> {
  const page = await fixture.listIncidents({ limit: 100, offset: 0, ...query });
  return page.incidents.map((i) => i.number);
}

describe("listIncidents", () => {
  it("lists every incident newest first", async () => {
    const page = await fixture.listIncidents({ limit: 10, offset: 0 });
    expect(page.incidents.map((i) => i.number)).toEqual([1044, 1043, 1042]);
    expect(page.more).toBe(false);
    expect(fixture.cheapReads).toBe(true);
  });

  it("pages with offset and limit, saying when there is more", async () => {
    expect(await fixture.listIncidents({ limit: 2, offset: 0 })).toMatchObject({ more: true });
    expect(await numbers({ limit: 2, offset: 0 })).toEqual([1044, 1043]);
    const last = await fixture.listIncidents({ limit: 2, offset: 2 });
    expect([last.incidents.map((i) => i.number), last.more]).toEqual([[1042], false]);
    expect(await numbers({ offset: 5 })).toEqual([]);
  });

  it("filters on createdAt with since inclusive and until exclusive", async () => {
    expect(await numbers({ since: "2026-11-21T03:15:00Z" })).toEqual([1044, 1043]);
    expect(await numbers({ until: "2026-11-21T03:15:00Z" })).toEqual([1042]);
    expect(await numbers({ since: "2026-11-20T00:00:00-08:00", until: "2026-11-21T00:00:00-08:00" })).toEqual(
      [1043, 1042],
    );
  });

  it("filters on status and urgency", async () => {
    expect(await numbers({ statuses: ["resolved"] })).toEqual([1043, 1042]);
    expect(await numbers({ statuses: ["triggered", "acknowledged"] })).toEqual([1044]);
    expect(await numbers({ urgency: "low" })).toEqual([1044]);
  });

  it("filters on service by team.yaml id or PagerDuty id", async () => {
    expect(await numbers({ serviceIds: ["payments-api"] })).toEqual([1044, 1042]);
    expect(await numbers({ serviceIds: ["PSVC002"] })).toEqual([1043]);
    expect(await numbers({ serviceIds: ["PNOPE"] })).toEqual([]);
  });

  it("filters on team by the incident's teams or its service's team", async () => {
    // 1044 names no team in PagerDuty, but its service belongs to payments in team.yaml.
    expect(await numbers({ teamIds: ["payments"] })).toEqual([1044, 1043, 1042]);
    expect(await numbers({ teamIds: ["PT4KHLK"] })).toEqual([1044, 1043, 1042]);
    expect(await numbers({ teamIds: ["platform"] })).toEqual([]);
  });

  it("refuses a malformed since or limit", async () => {
    await expect(fixture.listIncidents({ since: "last week", limit: 10, offset: 0 })).rejects.toThrow(
      'since "last week" is not a date-time; write ISO 8601 such as 2026-11-20T00:00:00Z.',
    );
    await expect(fixture.listIncidents({ limit: -1, offset: 0 })).rejects.toBeInstanceOf(UserInputError);
  });
});

describe("getIncident", () => {
  it("finds an incident by id or by number and joins its people and service", async () => {
    const byNumber = await fixture.getIncident("1044");
    expect(await fixture.getIncident("Q3WEBHK5RT7Y1M")).toEqual(byNumber);
    expect(byNumber).toMatchObject({
      title: "Payment webhooks delayed",
      service: { id: "payments-api", name: "Payments API" },
      assignees: [{ id: "carol", name: "Carol Diaz", known: true }],
      priority: null,
      resolvedAt: null,
    });
  });

  it("says how to find the ids when there is no such incident", async () => {
    const missing = fixture.getIncident("Q404");
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing).rejects.toThrow("No incident Q404 in the workspace; list_incidents shows the ids.");
    await expect(fixture.getIncident("9999")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("log entries, notes and alerts", () => {
  it("lists log entries oldest first, whatever the order in the file", async () => {
    const entries = await fixture.listLogEntries("Q1PAYLAT7X2K9A");
    expect(entries.total).toBe(5);
    expect(entries.items.map((e) => e.kind)).toEqual([
      "trigger",
      "notify",
      "acknowledge",
      "annotate",
      "resolve",
    ]);
  });

  it("leaves notifications out of the overview and honours limit, 0 counting only", async () => {
    const overview = await fixture.listLogEntries("1042", { overview: true });
    expect([overview.items.map((e) => e.id), overview.total]).toEqual([
      ["R1TRIG0000001A", "R1ACKN0000003C", "R1ANNO0000004D", "R1RESO0000005E"],
      4,
    ]);
    expect(await fixture.listLogEntries("1042", { limit: 0 })).toEqual({ items: [], total: 5 });
    expect((await fixture.listLogEntries("1042", { limit: 2 })).items.map((e) => e.kind)).toEqual([
      "trigger",
      "notify",
    ]);
  });

  it("joins people by email, PagerDuty id and name", async () => {
    const entries = (await fixture.listLogEntries("1043")).items;
    const notifyDave = entries.find((e) => e.id === "R2NOTI0000002B")!;
    expect(notifyDave).toMatchObject({ channel: "sms", targets: [{ id: "dave", known: true }] });
    const escalation = entries.find((e) => e.kind === "escalate")!;
    expect(escalation).toMatchObject({ escalationLevel: 2, targets: [{ id: "alice", name: "Alice Chen" }] });
  });

  it("lists the log entries of all incidents in a window, oldest first", async () => {
    const all = await fixture.listLogEntriesInWindow("2026-11-21T00:00:00Z", "2026-11-24T00:00:00Z");
    expect(all).toHaveLength(10);
    const overview = await fixture.listLogEntriesInWindow("2026-11-21T00:00:00Z", "2026-11-24T00:00:00Z", {
      overview: true,
    });
    expect(overview.map((e) => e.id)).toEqual([
      "R2TRIG0000001A",
      "R2ESCA0000003C",
      "R2ACKN0000005E",
      "R2ANNO0000006F",
      "R2RESO0000007G",
      "R3TRIG0000001A",
      "R3ACKN0000003C",
    ]);
    // The end is exclusive: 1043's resolve at 04:40 is left out.
    const early = await fixture.listLogEntriesInWindow("2026-11-21T04:00:00Z", "2026-11-21T04:40:00Z");
    expect(early.map((e) => e.id)).toEqual(["R2ANNO0000006F"]);
  });

  it("lists notes oldest first, with unknown authors kept by name", async () => {
    const notes = await fixture.listNotes("1043");
    expect(notes.map((n) => [n.id, n.author])).toEqual([
      ["N2LEDNOTE0001", { id: "alice", name: "Alice Chen", known: true }],
      ["N2LEDNOTE0002", { id: "PSAMRV1", name: "Sam Rivera", known: false }],
    ]);
  });

  it("lists alerts oldest first within a limit", async () => {
    const alerts = await fixture.listAlerts("1044", { limit: 1 });
    expect(alerts.total).toBe(2);
    expect(alerts.items).toEqual([
      {
        id: "A3WEBHK0000001",
        key: "payments-api/webhook-delay",
        summary: "Webhook queue older than 10 minutes",
        status: "triggered",
        createdAt: "2026-11-23T22:40:00.000Z",
        severity: "warning",
        details: { queue: "webhooks", oldest_seconds: 640 },
      },
    ]);
  });
});

describe("addNote", () => {
  it("appends a PagerDuty-shaped note and its log entry to the file, keeping the rest", async () => {
    const dir = copyOfFixture();
    const file = join(dir, "incidents/2026-11-23-payments-webhooks.json");
    const before = JSON.parse(readFileSync(file, "utf8"));
    const sources = createWorkspaceSources({
      workspaceDir: dir,
      runbookDir: "runbooks",
      now: () => new Date("2026-11-24T12:00:00Z"),
    });
    const written = await sources.incidents.addNote("1044", "Restarted the webhook worker.");
    expect(written).toMatchObject({ mode: "workspace", where: "to the incident's file in the workspace" });
    const note = written.note;
    expect(note).toMatchObject({
      incidentId: "Q3WEBHK5RT7Y1M",
      at: "2026-11-24T12:00:00.000Z",
      author: null,
      content: "Restarted the webhook worker.",
    });
    expect(note.id).toMatch(/^N[A-Z0-9]{13}$/);

    const after = JSON.parse(readFileSync(file, "utf8"));
    expect(after.incident).toEqual(before.incident);
    expect(after.alerts).toEqual(before.alerts);
    expect(after.log_entries.slice(0, 3)).toEqual(before.log_entries);
    expect(after.notes).toEqual([
      {
        id: note.id,
        user: { id: "oncall-mentor-mcp", type: "bot_user_reference", summary: "oncall-mentor-mcp" },
        channel: { summary: "oncall-mentor-mcp" },
        content: "Restarted the webhook worker.",
        created_at: "2026-11-24T12:00:00.000Z",
      },
    ]);
    expect(after.log_entries[3]).toMatchObject({ type: "annotate_log_entry", channel: { type: "note" } });

    // The same source and a fresh one both see it.
    expect((await sources.incidents.listNotes("1044")).map((n) => n.id)).toEqual([note.id]);
    const last = (await sources.incidents.listLogEntries("1044")).items.at(-1);
    expect(last).toMatchObject({ kind: "annotate", message: "Restarted the webhook worker." });
    const fresh = createWorkspaceSources({ workspaceDir: dir, runbookDir: "runbooks" });
    expect(await fresh.incidents.listNotes("Q3WEBHK5RT7Y1M")).toEqual([note]);
  });

  it("writes two notes at once without losing one", async () => {
    const dir = copyOfFixture();
    const sources = createWorkspaceSources({ workspaceDir: dir, runbookDir: "runbooks" });
    await Promise.all([
      sources.incidents.addNote("1042", "first"),
      sources.incidents.addNote("1042", "second"),
    ]);
    const file = JSON.parse(readFileSync(join(dir, "incidents/2026-11-20-payments-latency.json"), "utf8"));
    // Two calls at once: both are kept, in whichever order they took the file's lock.
    const contents = file.notes.map((n: { content: string }) => n.content);
    expect(contents[0]).toBe("Rolled back 4.12.1; latency recovering.");
    expect(contents.slice(1).sort()).toEqual(["first", "second"]);
  });

  it("refuses an empty note and an unknown incident", async () => {
    await expect(fixture.addNote("1044", "  ")).rejects.toThrow(
      "The note is empty; write its text in content.",
    );
    await expect(fixture.addNote("Q404", "x")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("incident files that are not PagerDuty-shaped", () => {
  async function errorFor(text: string): Promise<string> {
    const dir = copyOfFixture();
    writeFileSync(join(dir, "incidents/bad.json"), text);
    const sources = createWorkspaceSources({ workspaceDir: dir, runbookDir: "runbooks" });
    const error = await sources.incidents.listIncidents({ limit: 10, offset: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceError);
    return (error as Error).message;
  }

  const valid = JSON.parse(
    readFileSync(join(SMALL_WORKSPACE, "incidents/2026-11-23-payments-webhooks.json"), "utf8"),
  );

  it("names the field of a malformed incident", async () => {
    const bad = { ...valid, incident: { ...valid.incident, id: "Q9", status: "open" } };
    expect(await errorFor(JSON.stringify(bad))).toBe(
      `incidents/bad.json: incident.status must be one of triggered, acknowledged, resolved, not "open"; fix the field to match PagerDuty's API shape.`,
    );
  });

  it("names the list and index of a malformed log entry", async () => {
    const entries = [...valid.log_entries, { id: "R9", type: "resolve_log_entry" }];
    const bad = { ...valid, incident: { ...valid.incident, id: "Q9" }, log_entries: entries };
    expect(await errorFor(JSON.stringify(bad))).toBe(
      "incidents/bad.json: log_entries[3].created_at is missing; fix the field to match PagerDuty's API shape.",
    );
  });

  it("gives the line of a JSON syntax error", async () => {
    expect(await errorFor('{\n  "incident": {\n    "id": "Q9",,\n  }\n}')).toMatch(
      /^incidents\/bad\.json line 3: the file is not valid JSON \(.+\); fix the syntax there\.$/,
    );
  });

  it("explains the expected shape", async () => {
    const shape = "each file holds { incident, log_entries, notes, alerts } as PagerDuty's API returns them.";
    expect(await errorFor("[]")).toBe(`incidents/bad.json: the file is not a JSON object; ${shape}`);
    expect(await errorFor('{ "log_entries": [] }')).toBe(`incidents/bad.json: incident is missing; ${shape}`);
    expect(await errorFor(JSON.stringify({ ...valid, notes: {} }))).toBe(
      `incidents/bad.json: notes must be a list; ${shape}`,
    );
  });

  it("refuses two files with the same incident", async () => {
    expect(await errorFor(JSON.stringify(valid))).toBe(
      "incidents/bad.json: incident.id Q3WEBHK5RT7Y1M is also the id of incidents/2026-11-23-payments-webhooks.json; give each incident file its own incident.",
    );
  });
});
