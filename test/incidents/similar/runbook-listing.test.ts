// find_similar_incidents when the runbooks cannot be listed (GitHub down): it still answers, and says the links may
// be missing, in the Markdown and in `runbooks` of the structured output.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderSimilar } from "../../../src/incidents/similar/render.js";
import { findSimilarOutput } from "../../../src/incidents/similar/schema.js";
import { findSimilarIncidents, type SimilarContext } from "../../../src/incidents/similar/search.js";
import { createGitHubRunbookSource } from "../../../src/sources/github/index.js";
import { createWorkspaceSources } from "../../../src/sources/workspace/index.js";
import { WorkspaceShadowRecorder } from "../../../src/sources/workspace/shadow-rotation-files.js";
import { type FakeGitHub, startFakeGitHub } from "../../../tools/fake-github/server.js";
import { runbookFiles } from "../../hardening/support/workspaces.js";
import { textOf } from "../../helpers/mcp-client.js";
import { DEMO_WORKSPACE } from "../../helpers/paths.js";
import { connectSimilarTool } from "./similar-server.js";

const token = "ghp_similarRunbookTest000000000000000000";
const asOf = new Date("2026-11-24T12:00:00Z");
// Incident 1243 (Postgres too many clients): its 5 matches, best first, and their runbooks when GitHub answers.
// Postgres and ledger name their runbooks in team.yaml (runbook: …); payments-api names none, so its link comes
// from the listing finding payments-api.md.
// The earlier incidents above the relevance floor.
const MATCHES_1243 = [1205, 1218];
const RUNBOOKS_1243 = ["db/postgres.md", "payments-api.md"];

let fake: FakeGitHub;

beforeEach(async () => {
  const files = Object.fromEntries(
    Object.entries(runbookFiles(DEMO_WORKSPACE)).map(([path, text]) => [`runbooks/${path}`, text]),
  );
  fake = await startFakeGitHub({ owner: "acme", repo: "runbooks", files, token });
});

afterEach(async () => {
  const violations = [...fake.violations];
  await fake.close();
  expect(violations).toEqual([]);
});

async function context(): Promise<SimilarContext> {
  const workspace = createWorkspaceSources({ workspaceDir: DEMO_WORKSPACE, runbookDir: "runbooks" });
  const runbooks = createGitHubRunbookSource({
    token,
    owner: "acme",
    repo: "runbooks",
    apiUrl: fake.url,
    runbookDir: "runbooks",
    throttle: false,
    retryBaseMs: 5,
    timeoutMs: 2000,
  });
  return {
    sources: { ...workspace, runbooks, shadows: new WorkspaceShadowRecorder(DEMO_WORKSPACE) },
    team: await workspace.team.load(),
    now: asOf,
    signal: new AbortController().signal,
    requests: { count: 0 },
    progress: async () => {},
  };
}

describe("similar incidents when the runbooks cannot be listed", () => {
  it("links the runbooks the listing found when GitHub answers", async () => {
    const result = await findSimilarIncidents(await context(), { incidentId: "1243" });
    expect(result.matches.map((match) => match.incident.number)).toEqual(MATCHES_1243);
    expect(result.matches.map((match) => match.runbookPath)).toEqual(RUNBOOKS_1243);
    expect(result.runbooks).toEqual({ state: "listed", failure: null });
    expect(renderSimilar(result)).not.toContain("Runbook links");
  });

  it("keeps answering when GitHub fails for good, and says the links may be missing", async () => {
    fake.faults.inject({ kind: "status", status: 502 }, { times: 10_000 });
    const ctx = await context();
    const result = await findSimilarIncidents(ctx, { incidentId: "1243" });

    expect(result.matches.map((match) => match.incident.number)).toEqual(MATCHES_1243);
    // The team file's runbook fields still answer; the one found only by listing is lost.
    expect(result.matches.map((match) => match.runbookPath)).toEqual(["db/postgres.md", null]);
    const sentence =
      "GitHub failed to read the repository acme/runbooks (502) even after retrying; try again later.";
    expect(result.runbooks).toEqual({
      state: "unavailable",
      failure: { service: "GitHub", message: sentence, retryLater: true },
    });
    expect(renderSimilar(result).split("\n").at(-1)).toBe(
      `Runbook links may be missing (only the team file's \`runbook\` fields were used): ${sentence}`,
    );
    // The first request and 3 retries, then the search goes on without the listing.
    expect(fake.requests).toHaveLength(4);
    expect(ctx.requests.count).toBe(4);
  });

  it("lists the runbooks after a retry when GitHub fails once", async () => {
    fake.faults.inject({ kind: "status", status: 503 });
    const result = await findSimilarIncidents(await context(), { incidentId: "1243" });
    expect(result.matches.map((match) => match.runbookPath)).toEqual(RUNBOOKS_1243);
    expect(result.runbooks.state).toBe("listed");
    expect(fake.requests.map((request) => request.status)).toEqual([503, 200, 200]);
  });

  it("says nothing was listed when nothing matched", async () => {
    fake.faults.inject({ kind: "status", status: 502 }, { times: 10_000 });
    const result = await findSimilarIncidents(await context(), { query: "zebra xylophone quokka" });
    expect(result.matches).toEqual([]);
    expect(result.runbooks).toEqual({ state: "skipped", failure: null });
    expect(fake.requests).toEqual([]);
  });

  it("through the tool: answers with runbooks unavailable and the reason in the text", async () => {
    fake.faults.inject({ kind: "status", status: 401 }, { times: 10_000 });
    const tool = await connectSimilarTool({
      ONCALL_WORKSPACE: DEMO_WORKSPACE,
      GITHUB_TOKEN: token,
      RUNBOOK_REPO: "acme/runbooks",
      GITHUB_API_URL: fake.url,
    });
    try {
      const answer = await tool.call({ incidentId: "1243" });
      expect(answer.isError, textOf(answer)).toBeFalsy();
      const output = findSimilarOutput.parse(answer.structuredContent);
      expect(output.runbooks).toBe("unavailable");
      expect(output.matches[1]).toMatchObject({ incident: { number: 1218 }, runbookPath: null });
      expect(textOf(answer)).toContain(
        "\n\nRunbook links may be missing (only the team file's `runbook` fields were used): " +
          "GitHub refused the token (401); check GITHUB_TOKEN.",
      );
      // A refused token is not retried.
      expect(fake.requests).toHaveLength(1);
    } finally {
      await tool.close();
    }
  });
});
