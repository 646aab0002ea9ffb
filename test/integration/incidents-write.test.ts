// add_incident_note: absent unless writes are enabled; appends to the incident file in a workspace; posts to
// PagerDuty as the PAGERDUTY_FROM_EMAIL user, and says clearly when that setting is missing.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { incidentSummarySchema } from "../../src/incidents/schemas.js";
import { type FakePagerDuty, startFakePagerDuty } from "../../tools/fake-pagerduty/server.js";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";

const NOTE = "Summary for the record: rollback of 4.12.1 fixed the latency; follow-up in PAY-812.";

describe("add_incident_note without writes", () => {
  it("is not offered", async () => {
    const session = await connectInMemory({ ONCALL_WORKSPACE: SMALL_WORKSPACE });
    try {
      const { tools } = await session.client.listTools();
      expect(tools.map((tool) => tool.name)).toContain("summarize_incident");
      expect(tools.map((tool) => tool.name)).not.toContain("add_incident_note");
      await expect(session.call("add_incident_note", { incidentId: "1042", content: NOTE })).rejects.toThrow(
        /Unknown tool add_incident_note/,
      );
    } finally {
      await session.close();
    }
  });
});

describe("add_incident_note in a workspace", () => {
  let workspace: TempWorkspace;
  let dir: string;
  let session: TestClient;

  beforeEach(async () => {
    workspace = copyWorkspace(SMALL_WORKSPACE);
    dir = workspace.dir;
    session = await connectInMemory({ ONCALL_WORKSPACE: dir, ONCALL_ENABLE_WRITES: "1" });
  });
  afterEach(async () => {
    await session?.close();
    workspace?.remove();
  });

  it("appends the note to the incident's file, and the next summary shows it", async () => {
    const before = incidentSummarySchema.parse(
      (await session.call("summarize_incident", { incidentId: "1042" })).structuredContent,
    );
    expect(before.sources.notes).toBe(1);

    const result = await session.call("add_incident_note", { incidentId: "1042", content: `  ${NOTE}\n` });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(result.structuredContent).toMatchObject({
      incidentId: "Q1PAYLAT7X2K9A",
      incidentNumber: 1042,
      mode: "workspace",
      author: null,
    });
    expect(textOf(result)).toMatch(
      /^Added a note \(83 characters\) to the incident's file in the workspace on #1042 /,
    );

    const file = JSON.parse(
      await readFile(path.join(dir, "incidents", "2026-11-20-payments-latency.json"), "utf8"),
    ) as { notes: { content: string }[] };
    expect(file.notes.map((note) => note.content)).toContain(NOTE);

    const after = incidentSummarySchema.parse(
      (await session.call("summarize_incident", { incidentId: "1042" })).structuredContent,
    );
    expect(after.sources.notes).toBe(2);
    expect(after.notes.map((note) => note.content)).toContain(NOTE);
  });

  it("stamps the note with ONCALL_NOW when it is set", async () => {
    const pinned = await connectInMemory({
      ONCALL_WORKSPACE: dir,
      ONCALL_ENABLE_WRITES: "1",
      ONCALL_NOW: "2027-03-28T01:30:00Z",
    });
    try {
      const result = await pinned.call("add_incident_note", { incidentId: "1042", content: NOTE });
      expect(result.isError, textOf(result)).toBeFalsy();
    } finally {
      await pinned.close();
    }
    const file = JSON.parse(
      await readFile(path.join(dir, "incidents", "2026-11-20-payments-latency.json"), "utf8"),
    ) as { notes: { content: string; created_at: string }[] };
    expect(file.notes.find((note) => note.content === NOTE)?.created_at).toMatch(
      /^2027-03-28T01:30:00(\.000)?Z$/,
    );
  });

  it("refuses an empty note with a sentence", async () => {
    const result = await session.call("add_incident_note", { incidentId: "1042", content: " \n\t " });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe("The note is empty; put the text to post in content.");
    const missing = await session.call("add_incident_note", { incidentId: "1042" });
    expect(textOf(missing)).toMatch(/content: is required/);
  });
});

describe("add_incident_note in PagerDuty", () => {
  let fake: FakePagerDuty;
  beforeAll(async () => {
    fake = await startFakePagerDuty({ workspaceDir: SMALL_WORKSPACE });
  });
  afterAll(async () => fake?.close());

  const env = (extra: Record<string, string>) => ({
    ONCALL_WORKSPACE: SMALL_WORKSPACE,
    PAGERDUTY_API_TOKEN: fake.token,
    PAGERDUTY_API_URL: fake.url,
    ONCALL_ENABLE_WRITES: "1",
    ...extra,
  });

  it("posts the note as the PAGERDUTY_FROM_EMAIL user", async () => {
    const session = await connectInMemory(env({ PAGERDUTY_FROM_EMAIL: "alice@example.com" }));
    try {
      const result = await session.call("add_incident_note", { incidentId: "Q1PAYLAT7X2K9A", content: NOTE });
      expect(result.isError, textOf(result)).toBeFalsy();
      expect(result.structuredContent).toMatchObject({
        mode: "pagerduty",
        author: "Alice Chen",
        incidentNumber: 1042,
      });
      const notes = fake.state.findIncident("Q1PAYLAT7X2K9A")!.notes;
      const posted = notes.find((note) => note["content"] === NOTE);
      // The fake files a note under the user its From header names: alice@example.com is PA1ICE7.
      expect(posted?.["user"]).toMatchObject({ id: "PA1ICE7", summary: "Alice Chen" });
      expect(fake.requests.filter((request) => request.method === "POST")).toHaveLength(1);
      expect(fake.violations).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("says clearly that PAGERDUTY_FROM_EMAIL is missing, before asking PagerDuty anything", async () => {
    const session = await connectInMemory(env({}));
    try {
      const before = fake.requests.length;
      const result = await session.call("add_incident_note", { incidentId: "Q1PAYLAT7X2K9A", content: NOTE });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toBe(
        "add_incident_note needs PAGERDUTY_FROM_EMAIL: set it to the email of the PagerDuty user notes are posted as, then restart the server.",
      );
      expect(fake.requests.length).toBe(before);
    } finally {
      await session.close();
    }
  });
});
