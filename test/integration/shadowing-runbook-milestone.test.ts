// The "first runbook change from their notes" milestone through a real MCP client, on a copy of the demo where Dev
// wrote a note on #1203 (ledger, 3 Oct 13:05 UTC) and the ledger runbook's history cites it. Citations in code, in
// headings and of incidents Dev never worked on do not count; the milestone is dated by the incident.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";

interface Milestone {
  kind: string;
  at: string;
  text: string;
}

const INCIDENT_1203 = "incidents/1203-ledger-kafka-consumer-lag.json";
const RUNBOOK = "runbooks/ledger-reconciliation.md";

async function milestonesOf(session: TestClient, mentee: string): Promise<Milestone[]> {
  const result = await session.call("mentee_progress", { mentee });
  expect(result.isError, textOf(result)).toBeFalsy();
  return (result.structuredContent as { milestones: Milestone[] }).milestones;
}

async function oneOnOne(session: TestClient, mentee: string): Promise<string> {
  const prompt = await session.client.getPrompt({ name: "one-on-one", arguments: { mentee } });
  const content = prompt.messages[0]!.content;
  return content.type === "text" ? content.text : "";
}

describe("first runbook change from a mentee's notes", () => {
  let workspace: TempWorkspace;
  let session: TestClient;

  beforeAll(async () => {
    workspace = copyWorkspace(DEMO_WORKSPACE);
    session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir });
  });
  afterAll(async () => {
    await session?.close();
    workspace?.remove();
  });

  it("is absent while no runbook cites an incident the mentee worked on", async () => {
    appendFileSync(
      join(workspace.dir, RUNBOOK),
      "\n## History\n\n- 2026-10-03: [#1203](https://example.pagerduty.com/incidents/QDY7URCECSQRCE) consumer lag\n",
    );
    // #1203 is cited, but Dev neither responded to it nor wrote a note on it (yet).
    expect((await milestonesOf(session, "dev")).map((m) => m.kind)).not.toContain("first-runbook-change");
  });

  it("is dated by the cited incident once the mentee wrote a note on it, in mentee_progress and the one-on-one", async () => {
    const path = join(workspace.dir, INCIDENT_1203);
    const file = JSON.parse(readFileSync(path, "utf8")) as { notes: Record<string, unknown>[] };
    file.notes.push({
      id: "PNOTEDEV1",
      user: { id: "PD3V5N1", type: "user_reference", summary: "Dev Patel" },
      channel: { summary: "The PagerDuty website or APIs" },
      content: "Restarted the stuck consumers on partitions 3 and 7; lag drained in 4 minutes.",
      created_at: "2026-10-03T13:40:00Z",
      updated_at: "2026-10-03T13:40:00Z",
    });
    writeFileSync(path, JSON.stringify(file, null, 2));
    // Code and headings are not history lines: these citations do not count for anyone.
    appendFileSync(
      join(workspace.dir, "runbooks/payments-api.md"),
      "\n## After #1203\n\n```\n- see #1203\n```\n",
    );

    // A server started after the incident file changed (the workspace's incident index is read once per process).
    await session.close();
    session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir });
    const milestones = await milestonesOf(session, "dev");
    const change = milestones.find((m) => m.kind === "first-runbook-change");
    expect(change).toEqual({
      kind: "first-runbook-change",
      at: "2026-10-03T13:05:00.000Z",
      text: expect.stringContaining("ledger-reconciliation.md cites incident #1203 of 3 Oct 2026"),
    });
    expect(change!.text).not.toContain("payments-api.md");
    expect(await oneOnOne(session, "dev")).toContain(change!.text);
    expect((await milestonesOf(session, "erin")).map((m) => m.kind)).not.toContain("first-runbook-change");
  });
});
