// The fake GitHub against GitHub's own API description: every operation it serves, driven by the real octokit,
// answers in the documented shape; and the checking is real (a wrong shape is caught).
import { readFileSync } from "node:fs";
import path from "node:path";
import { Octokit } from "octokit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JsonObject } from "../../tools/fake-github/payloads.js";
import { type FakeGitHub, specFileName, startFakeGitHub } from "../../tools/fake-github/server.js";
import { findSpecsDir } from "../../tools/fakes/openapi-validator.js";

const specsDir = findSpecsDir();
if (!specsDir) console.log("Skipping fake GitHub contract tests: ../shared/specs is absent beside the repo.");

const owner = "acme";
const repo = "runbooks";
const token = "ghp_contractTestToken000000000000000000";
const files = {
  "README.md": "hi",
  "runbooks/payments-api.md": "# Payments\n\nRestart it.\n",
  "runbooks/db/postgres.md": "# Postgres\n",
};
const fixedClock = () => new Date("2026-11-24T12:00:00Z");

function client(fake: FakeGitHub): Octokit {
  return new Octokit({
    auth: token,
    baseUrl: fake.url,
    throttle: { enabled: false },
    retry: { enabled: false },
  });
}

async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

describe.skipIf(!specsDir)("fake GitHub answers as GitHub's API description says", () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub({ owner, repo, files, token, clock: fixedClock });
  });
  afterEach(async () => {
    await fake.close();
  });

  it("serves every operation of the subset, successes and documented errors, with no violation", async () => {
    const octokit = client(fake);
    const base = { owner, repo };
    expect(fake.validated).toBe(true);

    const repository = await octokit.rest.repos.get(base);
    expect(repository.data.default_branch).toBe("main");
    const file = await octokit.rest.repos.getContent({ ...base, path: "runbooks/db/postgres.md" });
    const folder = await octokit.rest.repos.getContent({ ...base, path: "runbooks" });
    expect(Array.isArray(folder.data) && folder.data.map((entry) => entry.name)).toEqual([
      "db",
      "payments-api.md",
    ]);
    const main = await octokit.rest.git.getRef({ ...base, ref: "heads/main" });
    const tree = await octokit.rest.git.getTree({ ...base, tree_sha: "main", recursive: "1" });
    expect(tree.data.tree.map((entry) => entry.path)).toEqual([
      "README.md",
      "runbooks",
      "runbooks/db",
      "runbooks/db/postgres.md",
      "runbooks/payments-api.md",
    ]);
    await octokit.rest.git.createRef({
      ...base,
      ref: "refs/heads/runbook/postgres",
      sha: main.data.object.sha,
    });
    const fileSha = (file.data as { sha: string }).sha;
    const put = await octokit.rest.repos.createOrUpdateFileContents({
      ...base,
      path: "runbooks/db/postgres.md",
      branch: "runbook/postgres",
      message: "Explain failover",
      content: Buffer.from("# Postgres\n\nFail over first.\n").toString("base64"),
      sha: fileSha,
    });
    expect(put.status).toBe(200);
    const created = await octokit.rest.repos.createOrUpdateFileContents({
      ...base,
      path: "runbooks/new.md",
      branch: "runbook/postgres",
      message: "Add a runbook",
      content: Buffer.from("# New\n").toString("base64"),
    });
    expect(created.status).toBe(201);
    const pull = await octokit.rest.pulls.create({
      ...base,
      head: "runbook/postgres",
      base: "main",
      title: "T",
    });
    const listed = await octokit.rest.pulls.list({
      ...base,
      head: `${owner}:runbook/postgres`,
      state: "open",
    });
    expect(listed.data.map((entry) => entry.number)).toEqual([pull.data.number]);
    await octokit.rest.pulls.update({ ...base, pull_number: pull.data.number, title: "T2", body: "Why" });
    const labels = await octokit.rest.issues.addLabels({
      ...base,
      issue_number: pull.data.number,
      labels: ["runbook"],
    });
    expect(labels.data.map((entry) => entry.name)).toEqual(["runbook"]);
    const branchRef = await octokit.rest.git.getRef({ ...base, ref: "heads/runbook/postgres" });
    await octokit.rest.git.updateRef({
      ...base,
      ref: "heads/runbook/postgres",
      sha: branchRef.data.object.sha,
    });
    const search = await octokit.rest.search.code({ q: `failover repo:${owner}/${repo}` });
    expect(search.data.total_count).toBe(0); // the default branch does not say "failover" yet
    const found = await octokit.rest.search.code({ q: `postgres repo:${owner}/${repo} extension:md` });
    expect(found.data.items.map((item) => item.path)).toEqual(["runbooks/db/postgres.md"]);
    const commits = await octokit.rest.repos.listCommits({ ...base, sha: "runbook/postgres" });
    expect(commits.data.map((entry) => entry.commit.message)).toEqual([
      "Add a runbook",
      "Explain failover",
      "Initial commit",
    ]);

    // Documented error answers are held to the description too.
    const stale = octokit.rest.repos.createOrUpdateFileContents({
      ...base,
      path: "runbooks/db/postgres.md",
      branch: "runbook/postgres",
      message: "m",
      content: "eA==",
      sha: fileSha,
    });
    expect(await statusOf(stale)).toBe(409);
    const withoutSha = octokit.rest.repos.createOrUpdateFileContents({
      ...base,
      path: "runbooks/db/postgres.md",
      message: "m",
      content: "eA==",
    });
    expect(await statusOf(withoutSha)).toBe(422);
    expect(await statusOf(octokit.rest.repos.getContent({ ...base, path: "runbooks/none.md" }))).toBe(404);
    expect(await statusOf(octokit.rest.git.getRef({ ...base, ref: "heads/none" }))).toBe(404);
    const again = octokit.rest.git.createRef({
      ...base,
      ref: "refs/heads/runbook/postgres",
      sha: main.data.object.sha,
    });
    expect(await statusOf(again)).toBe(422);
    const duplicate = octokit.rest.pulls.create({
      ...base,
      head: "runbook/postgres",
      base: "main",
      title: "T",
    });
    expect(await statusOf(duplicate)).toBe(422);
    const backwards = octokit.rest.git.updateRef({
      ...base,
      ref: "heads/runbook/postgres",
      sha: main.data.object.sha,
    });
    expect(await statusOf(backwards)).toBe(422);

    expect(fake.violations).toEqual([]);
    const spec = JSON.parse(readFileSync(path.join(specsDir!, specFileName), "utf8")) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(spec.paths).flatMap(([template, item]) =>
      Object.keys(item)
        .filter((method) => method !== "parameters")
        .map((method) => `${method.toUpperCase()} ${template}`),
    );
    const exercised = new Set(fake.requests.map((request) => `${request.method} ${request.operation}`));
    expect(documented.filter((operation) => !exercised.has(operation))).toEqual([]);
  });

  it("catches an answer in the wrong shape", async () => {
    fake.faults.inject(
      {
        kind: "corrupt",
        mutate: (body) => {
          const { default_branch: _dropped, ...rest } = body as JsonObject;
          return { ...rest, private: "yes" };
        },
      },
      { path: `/repos/${owner}/${repo}` },
    );
    await client(fake).rest.repos.get({ owner, repo });
    expect(fake.violations).toHaveLength(2);
    expect(fake.violations.join("\n")).toMatch(/required property 'default_branch'/);
    expect(fake.violations.join("\n")).toMatch(/response\/private must be boolean/);
  });

  it("flags a request for an operation outside the subset", async () => {
    const status = await statusOf(client(fake).rest.repos.listBranches({ owner, repo }));
    expect(status).toBe(404);
    expect(fake.violations).toEqual([
      `GET /repos/${owner}/${repo}/branches: no operation in ${specFileName} matches this request`,
    ]);
  });
});

describe("fake GitHub keeps git's object ids and GitHub's rules", () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub({ owner, repo, files, token, clock: fixedClock, validate: false });
  });
  afterEach(async () => {
    await fake.close();
  });

  it("names blobs and trees as git does", async () => {
    // Known answers from `git hash-object` and `git write-tree` on the same three files.
    const tree = await client(fake).rest.git.getTree({ owner, repo, tree_sha: "main" });
    expect(tree.data.sha).toBe("eef0cf8811372da61c30e0cbc6255d705955608e");
    expect(fake.state.fileOn("main", "runbooks/db/postgres.md")?.sha).toBe(
      "a7be4c31a85065a154c6eddeae3f5863313f37ad",
    );
  });

  it("refuses a missing or wrong token with 401", async () => {
    const anonymous = new Octokit({
      baseUrl: fake.url,
      throttle: { enabled: false },
      retry: { enabled: false },
    });
    expect(await statusOf(anonymous.rest.repos.get({ owner, repo }))).toBe(401);
    const wrong = new Octokit({
      auth: "nope",
      baseUrl: fake.url,
      throttle: { enabled: false },
      retry: { enabled: false },
    });
    expect(await statusOf(wrong.rest.repos.get({ owner, repo }))).toBe(401);
    const bearer = await fetch(`${fake.url}/repos/${owner}/${repo}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bearer.status).toBe(200);
  });

  it("lets a test change a file upstream, which makes the old sha stale", async () => {
    const before = fake.state.fileOn("main", "runbooks/payments-api.md")!.sha;
    fake.state.commitFile("main", "runbooks/payments-api.md", "# Payments\n\nPage the owner.\n");
    const stale = client(fake).rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: "runbooks/payments-api.md",
      message: "m",
      content: "eA==",
      sha: before,
    });
    expect(await statusOf(stale)).toBe(409);
    expect(fake.state.commitCount()).toBe(2);
  });

  it("produces each failure on demand", async () => {
    const url = `${fake.url}/repos/${owner}/${repo}`;
    const headers = { authorization: `token ${token}` };
    fake.faults.inject({ kind: "status", status: 503 });
    expect((await fetch(url, { headers })).status).toBe(503);
    expect((await fetch(url, { headers })).status).toBe(200);

    fake.faults.inject({ kind: "rate-limit", status: 403, retryAfterSeconds: 7 });
    const limited = await fetch(url, { headers });
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([403, "7"]);
    expect(((await limited.json()) as { message: string }).message).toMatch(/secondary rate limit/);

    fake.faults.inject({ kind: "html", status: 502 });
    const html = await fetch(url, { headers });
    expect([html.status, html.headers.get("content-type")]).toEqual([502, "text/html; charset=utf-8"]);

    fake.faults.inject({ kind: "reset" });
    await expect(fetch(url, { headers })).rejects.toThrow();

    fake.faults.inject({ kind: "truncated" });
    const truncated = await fetch(url, { headers });
    await expect(truncated.text()).rejects.toThrow();

    fake.faults.inject({ kind: "hang" }, { method: "GET", path: /\/git\/trees\// });
    const hung = fetch(`${url}/git/trees/main`, { headers, signal: AbortSignal.timeout(200) });
    await expect(hung).rejects.toThrow(/timeout|aborted/i);
    expect(fake.faults.pending).toBe(0);
    expect(fake.requests.map((request) => [request.status, request.fault])).toEqual([
      [503, "status"],
      [200, null],
      [403, "rate-limit"],
      [502, "html"],
      [0, "reset"],
      [200, "truncated"],
      [0, "hang"],
    ]);
  });
});
