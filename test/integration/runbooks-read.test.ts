// list_runbooks, read_runbook and the runbook:// resources through a real MCP client: from the demo workspace,
// and from a GitHub repository (the fake) holding the same files, with the same answers.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeGitHub, startFakeGitHub } from "../../tools/fake-github/server.js";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE, SMALL_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";

const RUNBOOKS = join(DEMO_WORKSPACE, "runbooks");

interface Listing {
  runbooks: {
    path: string;
    title: string;
    services: string[];
    lastReviewed: string | null;
    sections: string[];
  }[];
  total: number;
  warnings: string[];
}

function runbookFiles(dir: string, prefix = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) Object.assign(files, runbookFiles(join(dir, entry.name), `${path}/`));
    else files[path] = readFileSync(join(dir, entry.name), "utf8");
  }
  return files;
}

describe("runbooks, read", () => {
  let workspace: TestClient;
  let github: TestClient;
  let fake: FakeGitHub;

  beforeAll(async () => {
    workspace = await connectInMemory({ ONCALL_WORKSPACE: DEMO_WORKSPACE });
    const files = Object.fromEntries(
      Object.entries(runbookFiles(RUNBOOKS)).map(([path, content]) => [`runbooks/${path}`, content]),
    );
    fake = await startFakeGitHub({ owner: "acme", repo: "ops", files, token: "ghp_readtest0001" });
    github = await connectInMemory({
      ONCALL_WORKSPACE: DEMO_WORKSPACE,
      GITHUB_TOKEN: "ghp_readtest0001",
      RUNBOOK_REPO: "acme/ops",
      GITHUB_API_URL: fake.url,
    });
  });
  afterAll(async () => {
    await workspace?.close();
    await github?.close();
    await fake?.close();
  });

  it("lists the demo's six runbooks with title, services, review date and sections", async () => {
    const result = await workspace.call("list_runbooks");
    expect(result.isError).toBeFalsy();
    const listing = result.structuredContent as unknown as Listing;
    expect(listing).toEqual({
      runbooks: [
        {
          path: "checkout-gateway.md",
          title: "Checkout Gateway",
          services: ["checkout-gateway"],
          lastReviewed: null,
          sections: ["Alerts", "How to fix", "Escalation"],
        },
        {
          path: "db/postgres.md",
          title: "Postgres (pg-main)",
          services: ["postgres"],
          lastReviewed: "2026-08-20",
          sections: ["Symptoms", "Investigation", "Steps", "Escalation"],
        },
        {
          path: "ledger-reconciliation.md",
          title: "Ledger reconciliation and settlement",
          services: ["ledger"],
          lastReviewed: null,
          sections: ["Alerts", "Investigation", "Remediation", "Who to call"],
        },
        {
          path: "notifications.md",
          title: "Notifications",
          services: ["notifications"],
          lastReviewed: "2025-06-12",
          sections: ["Symptoms", "Fix", "Contacts"],
        },
        {
          path: "payments-api.md",
          title: "Payments API",
          services: ["payments-api"],
          lastReviewed: "2026-10-02",
          sections: ["Symptoms", "Diagnosis", "Mitigation", "Escalation"],
        },
        {
          path: "webhooks.md",
          title: "Webhook Dispatcher",
          services: ["webhooks"],
          lastReviewed: null,
          sections: ["Alerts", "Dashboards", "Escalation"],
        },
      ],
      total: 6,
      warnings: [],
    });
    expect(textOf(result)).toContain("| `db/postgres.md` | Postgres (pg-main) | postgres | 2026-08-20 |");
  });

  it("filters by service (its id or PagerDuty id) and by query words, all of which must appear", async () => {
    const paths = async (args: Record<string, unknown>) => {
      const listing = (await workspace.call("list_runbooks", args)).structuredContent as unknown as Listing;
      expect(listing.total).toBe(listing.runbooks.length);
      return listing.runbooks.map((runbook) => runbook.path);
    };
    expect(await paths({ service: "ledger" })).toEqual(["ledger-reconciliation.md"]);
    expect(await paths({ service: "PDB2R5Y" })).toEqual(["db/postgres.md"]);
    expect(await paths({ service: "status-page" })).toEqual([]);
    expect(await paths({ query: "patroni" })).toEqual(["db/postgres.md"]);
    expect(await paths({ query: "ROLLOUT payments" })).toEqual(["checkout-gateway.md", "payments-api.md"]);
    expect(await paths({ query: "rollout patroni" })).toEqual([]);
    const none = await workspace.call("list_runbooks", { service: "status-page" });
    expect(textOf(none)).toContain("None match; drop the service or query filter to see all.");
  });

  it("reads a runbook with its content and the git blob sha of it as version", async () => {
    const result = await workspace.call("read_runbook", { path: "db/postgres.md" });
    expect(result.isError).toBeFalsy();
    const file = join(RUNBOOKS, "db/postgres.md");
    const sha = execFileSync("git", ["hash-object", "--no-filters", file], { encoding: "utf8" }).trim();
    expect(result.structuredContent).toEqual({
      path: "db/postgres.md",
      title: "Postgres (pg-main)",
      version: sha,
      content: readFileSync(file, "utf8"),
      warnings: [],
    });
  });

  it("says what to do about a missing runbook or a path leading out of the folder", async () => {
    const missing = await workspace.call("read_runbook", { path: "db/mysql.md" });
    expect(missing.isError).toBe(true);
    expect(textOf(missing)).toBe(
      "No runbook db/mysql.md under the runbook folder; list_runbooks shows the paths.",
    );
    const outside = await workspace.call("read_runbook", { path: "../team.yaml" });
    expect(outside.isError).toBe(true);
    expect(textOf(outside)).toContain('goes up with ".."');
  });

  it("serves runbooks as runbook:// resources, with completion of paths", async () => {
    const { resourceTemplates } = await workspace.client.listResourceTemplates();
    expect(resourceTemplates.map((template) => template.uriTemplate)).toContain("runbook://{+path}");
    const read = await workspace.client.readResource({ uri: "runbook://db/postgres.md" });
    expect(read.contents).toEqual([
      {
        uri: "runbook://db/postgres.md",
        mimeType: "text/markdown",
        text: readFileSync(join(RUNBOOKS, "db/postgres.md"), "utf8"),
      },
    ]);
    const complete = (value: string) =>
      workspace.client.complete({
        ref: { type: "ref/resource", uri: "runbook://{+path}" },
        argument: { name: "path", value },
      });
    expect((await complete("d")).completion.values).toEqual(["db/postgres.md"]);
    expect((await complete("n")).completion.values).toEqual(["notifications.md"]);
    expect((await complete("zz")).completion.values).toEqual([]);
    await expect(workspace.client.readResource({ uri: "runbook://db/mysql.md" })).rejects.toThrow(
      "No runbook db/mysql.md",
    );
  });

  it("gives the same listing and versions from a GitHub repository holding the same files", async () => {
    const fromWorkspace = await workspace.call("list_runbooks");
    const fromGitHub = await github.call("list_runbooks");
    expect(fromGitHub.isError).toBeFalsy();
    expect(fromGitHub.structuredContent).toEqual(fromWorkspace.structuredContent);
    const read = await github.call("read_runbook", { path: "payments-api.md" });
    expect(read.structuredContent).toEqual(
      (await workspace.call("read_runbook", { path: "payments-api.md" })).structuredContent,
    );
    expect((read.structuredContent as { version: string }).version).toBe(
      fake.state.fileOn("main", "runbooks/payments-api.md")!.sha,
    );

    // A second listing reads no runbook again: their contents are kept by blob sha.
    const before = fake.requests.length;
    await github.call("list_runbooks", { query: "patroni" });
    expect(fake.requests.slice(before).map((request) => request.operation)).toEqual([
      "/repos/{owner}/{repo}/git/trees/{tree_sha}",
    ]);
    expect(fake.violations).toEqual([]);
  });

  it("offers no completion when GitHub refuses the runbook listing, and says why when a runbook is read", async () => {
    fake.faults.inject({ kind: "status", status: 401 }, { method: "GET", path: "/git/trees/" });
    const completion = await github.client.complete({
      ref: { type: "ref/resource", uri: "runbook://{+path}" },
      argument: { name: "path", value: "d" },
    });
    expect(completion.completion.values).toEqual([]);
    fake.faults.inject({ kind: "status", status: 401 }, { method: "GET", path: "/contents/" });
    await expect(github.client.readResource({ uri: "runbook://db/postgres.md" })).rejects.toThrow(
      /GitHub refused the token \(401\); check GITHUB_TOKEN\./,
    );
  });
});

describe("runbooks, read, from a workspace with awkward files", () => {
  let workspace: TempWorkspace;
  let dir: string;
  let session: TestClient;

  beforeAll(async () => {
    workspace = copyWorkspace(SMALL_WORKSPACE);
    dir = workspace.dir;
    writeFileSync(
      join(dir, "runbooks/broken.md"),
      "---\ntitle: [oops\n---\n\n# Broken\n\n## Fix\n\nRestart it.\n",
    );
    mkdirSync(join(dir, "runbooks/team notes"));
    writeFileSync(join(dir, "runbooks/team notes/on call #1.md"), "# On call\n\n## Contacts\n\nAlice.\n");
    session = await connectInMemory({ ONCALL_WORKSPACE: dir });
  });
  afterAll(async () => {
    await session?.close();
    workspace?.remove();
  });

  it("lists a runbook whose front matter is broken, and says which line to fix", async () => {
    const listing = (await session.call("list_runbooks")).structuredContent as unknown as Listing;
    expect(listing.runbooks.map((runbook) => runbook.path)).toEqual([
      "broken.md",
      "db/ledger-postgres.md",
      "payments-api.md",
      "team notes/on call #1.md",
    ]);
    expect(listing.runbooks[0]).toEqual({
      path: "broken.md",
      title: "Broken",
      services: [],
      lastReviewed: null,
      sections: ["Fix"],
    });
    expect(listing.warnings).toHaveLength(1);
    expect(listing.warnings[0]).toMatch(
      /^broken\.md line 2: the front matter is not valid YAML \(.+\); fix that line or remove the front matter\.$/,
    );
  });

  it("serves a path with a space and a # as a percent-encoded runbook:// URI", async () => {
    const uri = "runbook://team%20notes/on%20call%20%231.md";
    const read = await session.client.readResource({ uri });
    expect(read.contents[0]).toMatchObject({ uri, text: "# On call\n\n## Contacts\n\nAlice.\n" });
  });
});

describe("read_runbook on a runbook holding secret-looking placeholders", () => {
  let workspace: TempWorkspace;
  let session: TestClient;
  const content =
    '# Ledger\n\n## Mitigation\n\n- Connect with `psql "host=db password=REDACTED"`\n- Token: `ghp_0123456789abcdefghijklmnopqrstuvwxyzAB`\n';

  beforeAll(async () => {
    workspace = copyWorkspace(SMALL_WORKSPACE);
    writeFileSync(join(workspace.dir, "runbooks/ledger-secrets.md"), content);
    session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir });
  });
  afterAll(async () => {
    await session?.close();
    workspace?.remove();
  });

  it("returns the file's own bytes and names the secret-looking lines as warnings", async () => {
    const result = await session.call("read_runbook", { path: "ledger-secrets.md" });
    expect(result.isError).toBeFalsy();
    const structured = result.structuredContent as { content: string; warnings: string[] };
    expect(structured.content).toBe(content);
    expect(structured.content).not.toContain("[REDACTED:");
    expect(structured.warnings).toEqual([
      "ledger-secrets.md lines 5, 6 look like they hold secrets; read_runbook returns them as written. Check whether they are a real credential or a placeholder.",
    ]);
    expect(textOf(result)).toContain("read_runbook returns them as written");
  });
});
