// The GitHub runbook source end to end: the real octokit over real HTTP against the loopback fake GitHub.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError, UpstreamError, UserInputError } from "../../src/lib/errors.js";
import type { FetchContext } from "../../src/ports/sources.js";
import {
  createGitHubRunbookSource,
  type GitHubRunbookSource,
  type ProposeChangeRequest,
  StaleRunbookError,
} from "../../src/sources/github/index.js";
import { type FakeGitHub, startFakeGitHub } from "../../tools/fake-github/server.js";

const owner = "acme";
const repo = "runbooks";
const token = "ghp_sourceTestToken1111111111111111111111";
const postgres = "# Postgres\n\n## Failover\n\nPromote the replica.\n";
const postgresRevised = "# Postgres\n\n## Failover\n\nPromote the replica, then repoint PgBouncer.\n";
// Known answers from `git hash-object`.
const postgresSha = "0821767d29f1071a4ac28d85cd5ff63640edf73c";
const postgresRevisedSha = "3079239b9c2e2b055703b5a4f985dba2c6a1d76a";
const paymentsSha = "58cdfbe428625b8645ddad06da5de7ac326026d7";
const files = {
  "README.md": "# Team repo\n",
  "docs/onboarding.md": "# Onboarding\n",
  "runbooks/payments-api.md": "# Payments API\n\n## Restart\n\nRun the restart job.\n",
  "runbooks/db/postgres.md": postgres,
  "runbooks/notes.txt": "not a runbook\n",
};
const branch = "runbook/postgres-failover";

let fake: FakeGitHub;

function source(overrides: { token?: string; repo?: string; timeoutMs?: number } = {}): GitHubRunbookSource {
  return createGitHubRunbookSource({
    token: overrides.token ?? token,
    owner,
    repo: overrides.repo ?? repo,
    apiUrl: fake.url,
    runbookDir: "runbooks",
    throttle: false,
    retryBaseMs: 5,
    // Generous: an answer delayed by a busy machine must not turn into a retry that the request counts would show.
    timeoutMs: overrides.timeoutMs ?? 10_000,
  });
}

function counted(): FetchContext & { requests: { count: number } } {
  return { requests: { count: 0 } };
}

function proposal(overrides: Partial<ProposeChangeRequest> = {}): ProposeChangeRequest {
  return {
    path: "db/postgres.md",
    content: postgresRevised,
    baseVersion: postgresSha,
    branch,
    title: "Runbook: Postgres failover",
    body: "Adds the PgBouncer step learned in INC-42.",
    commitMessage: "Update db/postgres.md after INC-42",
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to fail");
}

beforeEach(async () => {
  fake = await startFakeGitHub({ owner, repo, files, token, clock: () => new Date("2026-11-24T12:00:00Z") });
});

afterEach(async () => {
  const violations = [...fake.violations];
  await fake.close();
  expect(violations).toEqual([]);
});

describe("listing and reading runbooks", () => {
  it("lists the Markdown files under the runbook folder with their blob shas, from one tree request", async () => {
    const ctx = counted();
    const runbooks = await source().listRunbooks(ctx);
    expect(runbooks).toEqual([
      { path: "db/postgres.md", version: postgresSha },
      { path: "payments-api.md", version: paymentsSha },
    ]);
    expect(fake.requests.map((request) => `${request.method} ${request.path}${request.query}`)).toEqual([
      "GET /repos/acme/runbooks",
      "GET /repos/acme/runbooks/git/trees/main?recursive=1",
    ]);
    expect(ctx.requests.count).toBe(2);
  });

  it("asks for the default branch once per source", async () => {
    const runbooks = source();
    await runbooks.listRunbooks();
    const ctx = counted();
    await runbooks.listRunbooks(ctx);
    expect(ctx.requests.count).toBe(1);
  });

  it("reads a runbook with its blob sha as version", async () => {
    const ctx = counted();
    const file = await source().readRunbook("db/postgres.md", ctx);
    expect(file).toEqual({ path: "db/postgres.md", content: postgres, version: postgresSha });
    expect(fake.requests.map((request) => request.path)).toEqual([
      "/repos/acme/runbooks/contents/runbooks%2Fdb%2Fpostgres.md",
    ]);
    expect(ctx.requests.count).toBe(1);
  });

  it("says which runbook is missing", async () => {
    const error = await failure(source().readRunbook("db/mysql.md"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(
      "There is no runbook db/mysql.md in acme/runbooks/runbooks; list the runbooks to see the paths.",
    );
  });

  it.each([
    ["../README.md", '".."'],
    ["db/../../README.md", '".."'],
    ["/etc/passwd.md", "absolute"],
    ["C:/runbooks/x.md", "absolute"],
    ["db%2Fpostgres.md", "encoded slash"],
    ["db%2fpostgres.md", "encoded slash"],
    ["db\\postgres.md", "backslash"],
    ["notes.txt", ".md"],
  ])("refuses the path %s before asking GitHub", async (path, reason) => {
    const error = await failure(source().readRunbook(path));
    expect(error).toBeInstanceOf(UserInputError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error.message).toContain(reason);
    expect(fake.requests).toEqual([]);
  });
});

describe("proposing a runbook change", () => {
  it("branches from the default branch, commits on the right base sha and opens a pull request", async () => {
    const mainHead = fake.state.branchSha("main")!;
    const ctx = counted();
    const result = await source().proposeChange(proposal(), ctx);

    expect(result).toEqual({
      mode: "github",
      path: "db/postgres.md",
      branch,
      pullRequest: { number: 1, url: "https://github.com/acme/runbooks/pull/1" },
      updated: false,
      commitSha: fake.state.branchSha(branch),
    });
    const createRef = fake.requests.find(
      (request) => request.method === "POST" && request.path.endsWith("/git/refs"),
    );
    expect(createRef?.body).toEqual({ ref: `refs/heads/${branch}`, sha: mainHead });
    const put = fake.requests.find((request) => request.method === "PUT");
    expect(put?.body).toMatchObject({
      branch,
      sha: postgresSha,
      message: "Update db/postgres.md after INC-42",
    });
    expect(fake.state.git.commit(result.commitSha)?.parents).toEqual([mainHead]);
    expect(fake.state.fileOn(branch, "runbooks/db/postgres.md")).toEqual({
      sha: postgresRevisedSha,
      content: postgresRevised,
    });
    expect(fake.state.pulls).toMatchObject([
      { number: 1, head: branch, base: "main", state: "open", title: "Runbook: Postgres failover" },
    ]);
    expect(ctx.requests.count).toBe(fake.requests.length);
  });

  it("leaves the default branch untouched", async () => {
    const mainHead = fake.state.branchSha("main")!;
    await source().proposeChange(proposal());
    expect(fake.state.branchSha("main")).toBe(mainHead);
    expect(fake.state.fileOn("main", "runbooks/db/postgres.md")?.content).toBe(postgres);
    const writes = fake.requests.filter((request) => request.method !== "GET");
    expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual([
      "POST /repos/acme/runbooks/git/refs",
      "PUT /repos/acme/runbooks/contents/runbooks%2Fdb%2Fpostgres.md",
      "POST /repos/acme/runbooks/pulls",
    ]);
  });

  it("proposing the same change again updates the same pull request: no second branch, commit or pull request", async () => {
    const runbooks = source();
    const first = await runbooks.proposeChange(proposal());
    const commitsBefore = fake.state.commitCount();
    const requestsBefore = fake.requests.length;

    const second = await runbooks.proposeChange(proposal());

    expect(second).toEqual({ ...first, updated: true });
    expect(fake.state.branches().sort()).toEqual(["main", branch]);
    expect(fake.state.pulls).toHaveLength(1);
    expect(fake.state.commitCount()).toBe(commitsBefore);
    const writes = fake.requests.slice(requestsBefore).filter((request) => request.method !== "GET");
    expect(writes).toEqual([]);
  });

  it("a revised proposal commits on top of the branch and retitles the pull request", async () => {
    const runbooks = source();
    const first = await runbooks.proposeChange(proposal());
    const third = "# Postgres\n\n## Failover\n\nPromote the replica, repoint PgBouncer, then check lag.\n";

    const revised = await runbooks.proposeChange(
      proposal({ content: third, title: "Runbook: Postgres failover v2" }),
    );

    expect(revised.updated).toBe(true);
    expect(revised.pullRequest).toEqual(first.pullRequest);
    expect(fake.state.git.commit(revised.commitSha)?.parents).toEqual([first.commitSha]);
    const puts = fake.requests.filter((request) => request.method === "PUT");
    expect(puts.map((request) => (request.body as { sha: string }).sha)).toEqual([
      postgresSha,
      postgresRevisedSha,
    ]);
    expect(fake.state.pulls).toMatchObject([{ number: 1, title: "Runbook: Postgres failover v2" }]);
    expect(fake.state.fileOn(branch, "runbooks/db/postgres.md")?.content).toBe(third);
  });

  it("proposes a new runbook when there was none (no base version)", async () => {
    const result = await source().proposeChange(
      proposal({ path: "db/redis.md", content: "# Redis\n", baseVersion: null, branch: "runbook/redis" }),
    );
    expect(result.updated).toBe(false);
    const put = fake.requests.find((request) => request.method === "PUT");
    expect(put?.body).not.toHaveProperty("sha");
    expect(fake.state.fileOn("runbook/redis", "runbooks/db/redis.md")?.content).toBe("# Redis\n");
  });

  it("reports a runbook changed upstream since it was read as stale, and writes nothing", async () => {
    const runbooks = source();
    const read = await runbooks.readRunbook("db/postgres.md");
    fake.state.commitFile("main", "runbooks/db/postgres.md", "# Postgres\n\nSomeone else's edit.\n");
    const upstreamSha = fake.state.fileOn("main", "runbooks/db/postgres.md")!.sha;

    const error = await failure(runbooks.proposeChange(proposal({ baseVersion: read.version })));

    expect(error).toBeInstanceOf(StaleRunbookError);
    expect(error).toMatchObject({
      path: "db/postgres.md",
      baseVersion: postgresSha,
      currentVersion: upstreamSha,
    });
    expect(error.message).toBe(
      `Runbook db/postgres.md changed on main since it was read (version 0821767, now ${upstreamSha.slice(0, 7)}); ` +
        "read it again and redraft the update.",
    );
    expect(fake.state.branches()).toEqual(["main"]);
    expect(fake.state.pulls).toEqual([]);
  });

  it("reports a conflict on the commit itself (409) as stale too", async () => {
    fake.faults.inject(
      { kind: "status", status: 409, message: "runbooks/db/postgres.md does not match" },
      { method: "PUT" },
    );
    const error = await failure(source().proposeChange(proposal()));
    expect(error).toBeInstanceOf(StaleRunbookError);
    expect(fake.requests.filter((request) => request.method === "PUT")).toHaveLength(1);
    expect(fake.state.pulls).toEqual([]);
  });

  it("refuses to propose on the default branch", async () => {
    const error = await failure(source().proposeChange(proposal({ branch: "main" })));
    expect(error).toBeInstanceOf(UserInputError);
    expect(error.message).toMatch(/^Branch "main" is the default branch of acme\/runbooks/);
    expect(fake.requests.filter((request) => request.method !== "GET")).toEqual([]);
  });

  it("refuses content identical to the default branch, a branch name git would refuse and an empty title", async () => {
    const same = await failure(source().proposeChange(proposal({ content: postgres })));
    expect(same.message).toBe(
      "db/postgres.md on main already has exactly this content; there is nothing to propose.",
    );
    const badName = await failure(source().proposeChange(proposal({ branch: "runbook/../main" })));
    expect(badName).toBeInstanceOf(UserInputError);
    expect(badName.message).toContain('contains ".."');
    const untitled = await failure(source().proposeChange(proposal({ title: "  " })));
    expect(untitled.message).toBe(
      "A runbook proposal needs a non-empty pull request title and commit message.",
    );
    expect(fake.requests.filter((request) => request.method !== "GET")).toEqual([]);
  });
});

describe("failures", () => {
  it("names the token problem without the token", async () => {
    const secret = "ghp_wrongTokenThatMustNeverBeShown0000000";
    const error = await failure(source({ token: secret }).listRunbooks());
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toBe("GitHub refused the token (401); check GITHUB_TOKEN.");
    expect(error).toMatchObject({ status: 401, retryLater: false });
    expect(`${error.stack} ${JSON.stringify(error)}`).not.toContain(secret);
  });

  it("says when the repository does not exist", async () => {
    const error = await failure(source({ repo: "nope" }).listRunbooks());
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(
      "GitHub has no repository acme/nope, or the token cannot see it; check RUNBOOK_REPO and GITHUB_TOKEN.",
    );
  });

  it("retries a 503, a dropped connection and a hung request, counting every attempt", async () => {
    fake.faults.inject({ kind: "status", status: 503 });
    fake.faults.inject({ kind: "reset" });
    fake.faults.inject({ kind: "hang" });
    const ctx = counted();
    const file = await source({ timeoutMs: 300 }).readRunbook("db/postgres.md", ctx);
    expect(file.version).toBe(postgresSha);
    expect(fake.requests.map((request) => request.fault)).toEqual(["status", "reset", "hang", null]);
    expect(ctx.requests.count).toBe(4);
  });

  it("gives up after the retries with a sentence about trying later", async () => {
    fake.faults.inject({ kind: "status", status: 502 }, { times: 10 });
    const ctx = counted();
    const error = await failure(source().readRunbook("db/postgres.md", ctx));
    expect(error.message).toBe(
      "GitHub failed to read runbooks/db/postgres.md in acme/runbooks (502) even after retrying; try again later.",
    );
    expect(error).toMatchObject({ status: 502, retryLater: true });
    expect(ctx.requests.count).toBe(4);
  });

  it("reports a timeout that outlasts the retries", async () => {
    fake.faults.inject({ kind: "hang" }, { times: 10 });
    const error = await failure(
      createGitHubRunbookSource({
        token,
        owner,
        repo,
        apiUrl: fake.url,
        runbookDir: "runbooks",
        throttle: false,
        retries: 1,
        retryBaseMs: 5,
        timeoutMs: 150,
      }).readRunbook("payments-api.md"),
    );
    expect(error.message).toBe(
      "GitHub did not answer within 0.15 s while trying to read runbooks/payments-api.md in acme/runbooks, even after retrying; try again later.",
    );
    expect(error).toMatchObject({ retryLater: true });
  });

  it("explains a secondary rate limit with GitHub's retry-after", async () => {
    fake.faults.inject({ kind: "rate-limit", status: 403, retryAfterSeconds: 30 });
    const error = await failure(source().listRunbooks());
    expect(error.message).toBe(
      "GitHub rate limit reached (403) while trying to read the repository acme/runbooks; try again in 30 seconds.",
    );
    expect(error).toMatchObject({ status: 403, retryLater: true });
  });

  it("with throttling on, as in production, waits out a short rate limit and reports a long one at once", async () => {
    const throttled = createGitHubRunbookSource({
      token,
      owner,
      repo,
      apiUrl: fake.url,
      runbookDir: "runbooks",
    });
    fake.faults.inject({ kind: "rate-limit", status: 429, retryAfterSeconds: 1 });
    const startedShort = Date.now();
    const file = await throttled.readRunbook("payments-api.md");
    expect(file.version).toBe(paymentsSha);
    expect(Date.now() - startedShort).toBeGreaterThanOrEqual(900);

    fake.faults.inject({ kind: "rate-limit", status: 429, retryAfterSeconds: 60 }, { times: 5 });
    const startedLong = Date.now();
    const error = await failure(throttled.readRunbook("payments-api.md"));
    expect(error.message).toMatch(/rate limit reached \(429\).*try again in 60 seconds\.$/);
    expect(Date.now() - startedLong).toBeLessThan(900);
    expect(fake.requests.map((request) => request.status)).toEqual([429, 200, 429]);
  });

  it("explains an exhausted primary rate limit with its reset time", async () => {
    const resetAt = new Date("2026-11-24T13:00:00Z");
    fake.faults.inject({ kind: "rate-limit", status: 403, secondary: false, resetAt });
    const error = await failure(source().readRunbook("payments-api.md"));
    expect(error.message).toBe(
      "GitHub rate limit reached (403) while trying to read runbooks/payments-api.md in acme/runbooks; " +
        "try again after 2026-11-24T13:00:00Z.",
    );
  });

  it("retries a 200 HTML page and a cut-off body, counting every attempt", async () => {
    fake.faults.inject({ kind: "html", status: 200 });
    fake.faults.inject({ kind: "truncated" });
    const ctx = counted();
    const file = await source().readRunbook("payments-api.md", ctx);
    expect(file.version).toBe(paymentsSha);
    expect(fake.requests.map((request) => request.fault)).toEqual(["html", "truncated", null]);
    expect(ctx.requests.count).toBe(3);
  });

  it("retries a tree listing cut off once and lists the runbooks", async () => {
    fake.faults.inject({ kind: "truncated" }, { path: "/git/trees/" });
    const ctx = counted();
    const runbooks = await source().listRunbooks(ctx);
    expect(runbooks.map((entry) => entry.path)).toEqual(["db/postgres.md", "payments-api.md"]);
    expect(fake.requests.map((request) => request.fault)).toEqual([null, "truncated", null]);
    expect(ctx.requests.count).toBe(3);
  });

  it("gives up on a 200 HTML page after the retries with a sentence about trying later", async () => {
    fake.faults.inject({ kind: "html", status: 200 }, { times: 10 });
    const ctx = counted();
    const error = await failure(source().readRunbook("payments-api.md", ctx));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toBe(
      "GitHub failed to read runbooks/payments-api.md in acme/runbooks (it sent a page that is not JSON, 200) " +
        "even after retrying; try again later, and if it persists check that GITHUB_API_URL points at the GitHub REST API.",
    );
    expect(error).toMatchObject({ status: 200, retryLater: true });
    expect(ctx.requests.count).toBe(4);
    expect(fake.requests).toHaveLength(4);
    expect(fake.faults.pending).toBe(6);
  });

  it("gives up on a body cut off every time after the retries with a sentence about trying later", async () => {
    fake.faults.inject({ kind: "truncated" }, { times: 10 });
    const ctx = counted();
    const error = await failure(source().listRunbooks(ctx));
    expect(error.message).toBe(
      "GitHub failed to read the repository acme/runbooks (it sent an answer cut off midway, 200) even after retrying; " +
        "try again later, and if it persists check that GITHUB_API_URL points at the GitHub REST API.",
    );
    expect(error).toMatchObject({ status: 200, retryLater: true });
    expect(ctx.requests.count).toBe(4);
    expect(fake.requests.map((request) => request.fault)).toEqual([
      "truncated",
      "truncated",
      "truncated",
      "truncated",
    ]);
  });

  it("rejects whole JSON of the wrong shape at once instead of passing it on", async () => {
    fake.faults.inject({ kind: "corrupt", mutate: () => ({ hello: "world" }) });
    const ctx = counted();
    const error = await failure(source().readRunbook("payments-api.md", ctx));
    expect(error.message).toBe(
      "GitHub sent an unexpected answer (200, not the JSON expected) while trying to read runbooks/payments-api.md " +
        "in acme/runbooks; check that GITHUB_API_URL points at the GitHub REST API, then try again.",
    );
    expect(ctx.requests.count).toBe(1);
    // The fake reports the answer it was told to corrupt as off the API description: expected here.
    expect(fake.violations.length).toBeGreaterThan(0);
    fake.violations.length = 0;
  });

  it("an HTML error page becomes a sentence, not the page", async () => {
    fake.faults.inject({ kind: "html", status: 502 }, { times: 10 });
    const error = await failure(source().readRunbook("payments-api.md"));
    expect(error.message).not.toContain("<");
    expect(error).toMatchObject({ status: 502, retryLater: true });
  });

  it("stops when the caller cancels, with the caller's reason", async () => {
    const controller = new AbortController();
    const reason = new Error("tool deadline passed");
    fake.faults.inject({ kind: "hang" });
    const ctx = { signal: controller.signal, requests: { count: 0 } };
    const pending = source().readRunbook("payments-api.md", ctx);
    // Cancel once the request is waiting on the fake, however long a busy machine takes to send it.
    while (ctx.requests.count === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort(reason);
    expect(await failure(pending)).toBe(reason);
    expect(ctx.requests.count).toBe(1);
  });
});
