// propose_runbook_update against GitHub end to end: the server configured with GITHUB_TOKEN, RUNBOOK_REPO and
// GITHUB_API_URL, real octokit, the fake GitHub (every answer checked against GitHub's API description). Branch,
// one commit on the right base, a pull request listing the evidence, the same pull request the second time, a
// runbook changed upstream redrafted rather than overwritten, and the default branch never written.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeGitHub, startFakeGitHub } from "../../tools/fake-github/server.js";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE } from "../helpers/paths.js";

const TOKEN = "ghp_proposetest01";
const PAYMENTS = "runbooks/payments-api.md";
const POSTGRES = "runbooks/db/postgres.md";
const COLLEAGUE_LINE = "- Check `pg_stat_replication` before any failover.";
const GITHUB_WRITES = 30_000;

interface Proposed {
  mode: string;
  path: string;
  branch: string | null;
  pullRequest: { number: number; url: string } | null;
  updated: boolean;
  changes: number;
  baseVersion: string | null;
}

function demoRunbooks(dir = join(DEMO_WORKSPACE, "runbooks"), prefix = "runbooks/"): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory())
      Object.assign(files, demoRunbooks(join(dir, entry.name), `${prefix}${entry.name}/`));
    else files[`${prefix}${entry.name}`] = readFileSync(join(dir, entry.name), "utf8");
  }
  return files;
}

describe("propose_runbook_update on GitHub", () => {
  let fake: FakeGitHub;
  let session: TestClient;
  let mainAtStart: string;

  beforeEach(async () => {
    fake = await startFakeGitHub({ owner: "acme", repo: "ops", files: demoRunbooks(), token: TOKEN });
    mainAtStart = fake.state.branchSha("main")!;
    session = await connectInMemory({
      ONCALL_WORKSPACE: DEMO_WORKSPACE,
      ONCALL_ENABLE_WRITES: "1",
      GITHUB_TOKEN: TOKEN,
      RUNBOOK_REPO: "acme/ops",
      GITHUB_API_URL: fake.url,
    });
  });
  afterEach(async () => {
    await session?.close();
    await fake?.close();
  });

  /** Requests that could have written the default branch: a file written there, or its ref moved. */
  function writesToMain(): string[] {
    return fake.requests
      .filter(
        (request) =>
          (request.method === "PUT" &&
            (request.body as { branch?: string } | undefined)?.branch === "main") ||
          (request.method === "PATCH" && /refs\/heads%2Fmain$|refs\/heads\/main$/.test(request.path)),
      )
      .map((request) => `${request.method} ${request.path}`);
  }

  function fileWrites(): { branch?: string; sha?: string }[] {
    return fake.requests
      .filter((request) => request.method === "PUT" && request.status < 300)
      .map((request) => request.body as { branch?: string; sha?: string });
  }

  it(
    "opens one pull request from its own branch, then updates the same one, never touching main",
    async () => {
      const draft = (await session.call("draft_runbook_update", { incidentId: "1202", reviewed: true }))
        .structuredContent as {
        proposedContent: string;
        baseVersion: string;
      };
      const baseSha = fake.state.fileOn("main", PAYMENTS)!.sha;
      expect(draft.baseVersion).toBe(baseSha);

      const first = await session.call("propose_runbook_update", { incidentId: "1202", reviewed: true });
      expect(first.isError).toBeFalsy();
      expect(first.structuredContent).toEqual({
        mode: "github",
        path: "payments-api.md",
        branch: "runbook/1202-payments-api",
        pullRequest: { number: 1, url: "https://github.com/acme/ops/pull/1" },
        updated: false,
        changes: 3,
        refused: [],
        baseVersion: baseSha,
      });
      expect(textOf(first)).toBe(
        "Opened pull request #1 (https://github.com/acme/ops/pull/1) on branch `runbook/1202-payments-api`: 3 changes to `payments-api.md` from incident #1202.",
      );

      // One commit on a branch made from main's head, written over the file's sha on main.
      const head = fake.state.branchSha("runbook/1202-payments-api")!;
      expect(fake.state.git.commit(head)!.parents).toEqual([mainAtStart]);
      expect(fake.state.fileOn("runbook/1202-payments-api", PAYMENTS)!.content).toBe(draft.proposedContent);
      expect(fileWrites()).toEqual([
        expect.objectContaining({ branch: "runbook/1202-payments-api", sha: baseSha }),
      ]);

      const [pull] = fake.state.pulls;
      expect(fake.state.pulls).toHaveLength(1);
      expect(pull).toMatchObject({
        number: 1,
        head: "runbook/1202-payments-api",
        base: "main",
        state: "open",
        title: "Payments API runbook: what incident #1202 taught",
      });
      const body = pull!.body ?? "";
      expect(body).toContain(
        "incident [#1202](https://example.pagerduty.com/incidents/QSTZGWZWJZ223I) `payments-api pods in CrashLoopBackOff`",
      );
      expect(body).toContain("### 1. front matter: metadata\n\n```markdown\nlastReviewed: 2026-11-24\n```");
      expect(body).toContain(
        "### 2. Symptoms: symptom\n\n```markdown\n- 4 payments-api pods restarting repeatedly (alert in incident #1202)\n```\n\nEvidence:\n\n- alert `Q42WPHSHJTELSV` at 2026-10-01T22:48:00.000Z: `4 payments-api pods restarting repeatedly`",
      );
      expect(body).toContain("### 3. Incident history (new section): history");
      expect(body).toContain(
        "- log entry `RPF7X1WU0MHKT0` at 2026-10-01T22:48:00.000Z: `Triggered through the API.`\n- log entry `RRZLZH0RPMVP2D` at 2026-10-01T23:14:20.000Z: `Resolved by Farid Haddad.`",
      );

      const commitsBefore = fake.state.commitCount();
      const second = await session.call("propose_runbook_update", {
        incidentId: "1202",
        reviewed: true,
        title: "Payments runbook: CrashLoopBackOff lessons",
      });
      expect(second.structuredContent).toEqual({
        ...(first.structuredContent as object),
        updated: true,
      });
      expect(fake.state.pulls).toHaveLength(1);
      expect(fake.state.pulls[0]!.title).toBe("Payments runbook: CrashLoopBackOff lessons");
      // Nothing new to commit: the branch already holds this content.
      expect(fake.state.commitCount()).toBe(commitsBefore);
      expect(fake.state.branchSha("runbook/1202-payments-api")).toBe(head);

      expect(fake.state.branchSha("main")).toBe(mainAtStart);
      expect(writesToMain()).toEqual([]);
      expect(fake.violations).toEqual([]);
    },
    GITHUB_WRITES,
  );

  it(
    "redrafts on a runbook changed upstream between the draft and the proposal, without overwriting it",
    async () => {
      const original = fake.state.fileOn("main", POSTGRES)!;
      const changed = original.content.replace("## Escalation", `${COLLEAGUE_LINE}\n\n## Escalation`);
      let colleagueCommit = "";
      // Someone pushes to main right after the tool has read the runbook for its first draft: a hook on that read.
      fake.faults.inject(
        {
          kind: "corrupt",
          mutate: (body) => {
            colleagueCommit = fake.state.commitFile("main", POSTGRES, changed, "Add a replication check");
            return body;
          },
        },
        { method: "GET", path: "/contents/runbooks%2Fdb%2Fpostgres.md" },
      );

      const result = await session.call("propose_runbook_update", { incidentId: "1235" });
      expect(result.isError).toBeFalsy();
      expect(colleagueCommit).not.toBe("");
      const newSha = fake.state.fileOn("main", POSTGRES)!.sha;
      expect(newSha).not.toBe(original.sha);
      expect(result.structuredContent).toMatchObject({
        mode: "github",
        path: "db/postgres.md",
        branch: "runbook/1235-postgres",
        updated: false,
        baseVersion: newSha,
      });
      expect(textOf(result)).toContain("it was redrafted on version");

      // The proposal is made on the colleague's version: their line kept, the commit on top of their commit.
      const proposed = fake.state.fileOn("runbook/1235-postgres", POSTGRES)!.content;
      expect(proposed).toContain(COLLEAGUE_LINE);
      expect(proposed).toContain("(resolved in 1 h 30 min)");
      const head = fake.state.branchSha("runbook/1235-postgres")!;
      expect(fake.state.git.commit(head)!.parents).toEqual([colleagueCommit]);
      expect(fileWrites()).toEqual([
        expect.objectContaining({ branch: "runbook/1235-postgres", sha: newSha }),
      ]);

      // main holds exactly the colleague's version.
      expect(fake.state.branchSha("main")).toBe(colleagueCommit);
      expect(fake.state.fileOn("main", POSTGRES)!.content).toBe(changed);
      expect(writesToMain()).toEqual([]);
      expect(fake.violations).toEqual([]);
    },
    GITHUB_WRITES,
  );

  it(
    "proposes again on main's new version after it changed, in the same pull request",
    async () => {
      const first = (await session.call("propose_runbook_update", { incidentId: "1235" }))
        .structuredContent as unknown as Proposed;
      const changed = fake.state
        .fileOn("main", POSTGRES)!
        .content.replace("## Escalation", `${COLLEAGUE_LINE}\n\n## Escalation`);
      fake.state.commitFile("main", POSTGRES, changed, "Add a replication check");
      const newSha = fake.state.fileOn("main", POSTGRES)!.sha;

      const second = (await session.call("propose_runbook_update", { incidentId: "1235" }))
        .structuredContent as unknown as Proposed;
      expect(second).toEqual({ ...first, updated: true, baseVersion: newSha });
      expect(fake.state.pulls).toHaveLength(1);
      const proposed = fake.state.fileOn("runbook/1235-postgres", POSTGRES)!.content;
      expect(proposed).toContain(COLLEAGUE_LINE);
      expect(proposed).toContain("(resolved in 1 h 30 min)");
      expect(writesToMain()).toEqual([]);
      expect(fake.violations).toEqual([]);
    },
    GITHUB_WRITES,
  );

  it(
    "proposes a new runbook for a service that has none",
    async () => {
      const result = await session.call("propose_runbook_update", { incidentId: "1220" });
      expect(result.structuredContent).toMatchObject({
        mode: "github",
        path: "status-page.md",
        branch: "runbook/1220-status-page",
        updated: false,
        changes: 4,
        baseVersion: null,
      });
      expect(fake.state.fileOn("main", "runbooks/status-page.md")).toBeUndefined();
      const created = fake.state.fileOn("runbook/1220-status-page", "runbooks/status-page.md")!.content;
      expect(created.startsWith("---\ntitle: Status Page\nservices: [status-page]\n")).toBe(true);
      expect(fake.state.pulls.map((pull) => pull.title)).toEqual([
        "New Status Page runbook from incident #1220",
      ]);
      expect(writesToMain()).toEqual([]);
    },
    GITHUB_WRITES,
  );
});
