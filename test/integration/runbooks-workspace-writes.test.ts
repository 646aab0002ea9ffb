// propose_runbook_update on a workspace, through a real MCP client: absent unless writes are enabled; with them,
// on a temporary copy of the demo, it writes the draft, adds nothing the second time, and redrafts a runbook
// that changed while it was being proposed instead of overwriting it.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunbookProposal, RunbookSource } from "../../src/ports/sources.js";
import { gitBlobSha } from "../../src/sources/workspace/index.js";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";

interface Proposed {
  mode: string;
  path: string;
  branch: string | null;
  pullRequest: { number: number; url: string } | null;
  updated: boolean;
  changes: number;
  baseVersion: string | null;
}

const COLLEAGUE_LINE = "- Merchants see declined refunds on the status page.";

describe("propose_runbook_update without ONCALL_ENABLE_WRITES", () => {
  let session: TestClient;
  beforeAll(async () => {
    session = await connectInMemory({ ONCALL_WORKSPACE: DEMO_WORKSPACE });
  });
  afterAll(async () => session?.close());

  it("does not exist for the client", async () => {
    const { tools } = await session.client.listTools();
    const names = tools.map((tool) => tool.name);
    expect(names).toContain("draft_runbook_update");
    expect(names).not.toContain("propose_runbook_update");
    await expect(session.call("propose_runbook_update", { incidentId: "1202" })).rejects.toThrow(
      "Unknown tool propose_runbook_update",
    );
  });
});

describe("propose_runbook_update on a workspace with writes enabled", () => {
  let workspace: TempWorkspace;
  let dir: string;
  let session: TestClient;
  const runbook = (path: string) => join(dir, "runbooks", path);

  beforeEach(async () => {
    workspace = copyWorkspace(DEMO_WORKSPACE);
    dir = workspace.dir;
    session = await connectInMemory({ ONCALL_WORKSPACE: dir, ONCALL_ENABLE_WRITES: "1" });
  });
  afterEach(async () => {
    await session?.close();
    workspace?.remove();
  });

  it("is listed as a write tool that only adds, and is safe to repeat", async () => {
    const { tools } = await session.client.listTools();
    expect(tools.find((tool) => tool.name === "propose_runbook_update")?.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: true,
    });
  });

  it("writes the draft; the second time it writes nothing, and a new draft has no changes", async () => {
    const before = readFileSync(runbook("payments-api.md"), "utf8");
    const draft = (await session.call("draft_runbook_update", { incidentId: "1202" })).structuredContent as {
      proposedContent: string;
      changes: unknown[];
    };
    // Symptoms and history; lastReviewed stays, since nobody said the runbook was reviewed.
    expect(draft.changes).toHaveLength(2);

    const first = await session.call("propose_runbook_update", { incidentId: "1202" });
    expect(first.isError).toBeFalsy();
    expect(first.structuredContent).toEqual({
      mode: "workspace",
      path: "payments-api.md",
      branch: null,
      pullRequest: null,
      updated: true,
      changes: 2,
      refused: [],
      baseVersion: gitBlobSha(before),
    });
    expect(textOf(first)).toBe("Updated `payments-api.md` in the workspace: 2 changes from incident #1202.");
    const written = readFileSync(runbook("payments-api.md"), "utf8");
    expect(written).toBe(draft.proposedContent);
    const writtenAt = statSync(runbook("payments-api.md")).mtimeMs;

    const second = await session.call("propose_runbook_update", { incidentId: "1202" });
    expect(second.structuredContent).toEqual({
      mode: "workspace",
      path: "payments-api.md",
      branch: null,
      pullRequest: null,
      updated: false,
      changes: 0,
      baseVersion: gitBlobSha(written),
      refused: [],
    });
    expect(textOf(second)).toContain("Nothing to propose");
    expect(readFileSync(runbook("payments-api.md"), "utf8")).toBe(written);
    expect(statSync(runbook("payments-api.md")).mtimeMs).toBe(writtenAt);

    const again = (await session.call("draft_runbook_update", { incidentId: "1202" })).structuredContent as {
      changes: unknown[];
      diff: string;
    };
    expect(again.changes).toEqual([]);
    expect(again.diff).toBe("");
  });

  it("creates the runbook of a service that has none, at the service's path", async () => {
    const result = await session.call("propose_runbook_update", { incidentId: "1220" });
    expect(result.structuredContent).toMatchObject({
      mode: "workspace",
      path: "status-page.md",
      updated: false,
      changes: 4,
      baseVersion: null,
    });
    const created = readFileSync(runbook("status-page.md"), "utf8");
    expect(created.startsWith("---\ntitle: Status Page\nservices: [status-page]\n")).toBe(true);
    expect(created).toContain("[#1220](https://example.pagerduty.com/incidents/Q15WEDMCV10WJ9)");
    const listing = (await session.call("list_runbooks", { service: "status-page" })).structuredContent as {
      runbooks: { path: string }[];
    };
    expect(listing.runbooks.map((entry) => entry.path)).toEqual(["status-page.md"]);
    const second = await session.call("propose_runbook_update", { incidentId: "1220" });
    expect(second.structuredContent).toMatchObject({ changes: 0, updated: false });
  });

  it("redrafts on a runbook someone changed while it was being proposed, keeping their change", async () => {
    const original = session.app.sources.runbooks;
    let edits = 0;
    const colleagueFirst: RunbookSource = {
      proposalMode: original.proposalMode,
      diffRoot: original.diffRoot,
      listRunbooks: (ctx) => original.listRunbooks(ctx),
      readRunbook: (path, ctx) => original.readRunbook(path, ctx),
      async proposeChange(proposal: RunbookProposal, ctx) {
        if (edits === 0) {
          edits++;
          const current = readFileSync(runbook(proposal.path), "utf8");
          writeFileSync(
            runbook(proposal.path),
            current.replace("## Diagnosis", `${COLLEAGUE_LINE}\n\n## Diagnosis`),
          );
        }
        return original.proposeChange(proposal, ctx);
      },
    };
    session.app.sources = { ...session.app.sources, runbooks: colleagueFirst };

    const result = await session.call("propose_runbook_update", { incidentId: "1202" });
    expect(result.isError).toBeFalsy();
    const written = readFileSync(runbook("payments-api.md"), "utf8");
    expect(written).toContain(COLLEAGUE_LINE);
    expect(written).toContain("- 4 payments-api pods restarting repeatedly (alert in incident #1202)");
    const colleagueVersion = readFileSync(join(DEMO_WORKSPACE, "runbooks/payments-api.md"), "utf8").replace(
      "## Diagnosis",
      `${COLLEAGUE_LINE}\n\n## Diagnosis`,
    );
    expect((result.structuredContent as unknown as Proposed).baseVersion).toBe(gitBlobSha(colleagueVersion));
    expect(textOf(result)).toContain("it was redrafted on version");
  });

  it("gives up with a sentence when the runbook keeps changing under it", async () => {
    const original = session.app.sources.runbooks;
    let edits = 0;
    const busy: RunbookSource = {
      proposalMode: original.proposalMode,
      diffRoot: original.diffRoot,
      listRunbooks: (ctx) => original.listRunbooks(ctx),
      readRunbook: (path, ctx) => original.readRunbook(path, ctx),
      async proposeChange(proposal: RunbookProposal, ctx) {
        edits++;
        writeFileSync(
          runbook(proposal.path),
          `${readFileSync(runbook(proposal.path), "utf8")}\nEdit ${edits}.\n`,
        );
        return original.proposeChange(proposal, ctx);
      },
    };
    session.app.sources = { ...session.app.sources, runbooks: busy };
    const result = await session.call("propose_runbook_update", { incidentId: "1202" });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(
      /^Runbook payments-api\.md changed since it was drafted .*; draft it again\.$/,
    );
    expect(edits).toBe(3);
    expect(readFileSync(runbook("payments-api.md"), "utf8")).not.toContain("incident #1202");
  });
});
