// Runbooks kept in a GitHub repository: listed and read from the default branch, updates proposed as pull requests.
import { NotFoundError } from "../../lib/errors.js";
import type { RunbookFile } from "../../model.js";
import type {
  FetchContext,
  RunbookEntry,
  RunbookProposalResult,
  RunbookSource,
} from "../../ports/sources.js";
import { createGitHubSend } from "./client.js";
import { type ProposeChangeRequest, type ProposedChange, proposeRunbookChange } from "./propose-change.js";
import { createRepoApi } from "./repo-api.js";
import { normalizeRunbookDir, runbookPathFromRepo, runbookRepoPath } from "./runbook-paths.js";

export interface GitHubRunbookSourceOptions {
  token: string;
  owner: string;
  repo: string;
  apiUrl: string;
  /** Folder of the repository that holds the runbooks (RUNBOOK_DIR). */
  runbookDir: string;
  /** octokit's throttling plugin; default true. Tests pass false. */
  throttle?: boolean;
  /** Retries of a failed request (5xx, dropped connection, timeout, cut-off or non-JSON answer); default 3. */
  retries?: number;
  /** Base of the retry backoff, in milliseconds; default 1000 (waits 1 s, 4 s, 9 s). */
  retryBaseMs?: number;
  /** Deadline for one HTTP attempt, in milliseconds; default 15000. */
  timeoutMs?: number;
}

export interface GitHubRunbookSource extends RunbookSource {
  /** Puts `content` on `branch` and opens (or updates) its pull request against the default branch. */
  proposeChange(
    change: ProposeChangeRequest,
    ctx?: FetchContext,
  ): Promise<RunbookProposalResult & ProposedChange>;
}

export function createGitHubRunbookSource(options: GitHubRunbookSourceOptions): GitHubRunbookSource {
  const runbookDir = normalizeRunbookDir(options.runbookDir);
  const send = createGitHubSend({
    token: options.token,
    apiUrl: options.apiUrl,
    throttle: options.throttle ?? true,
    retries: options.retries ?? 3,
    retryBaseMs: options.retryBaseMs ?? 1000,
    timeoutMs: options.timeoutMs ?? 15_000,
  });
  const api = createRepoApi(send, options);
  const where = runbookDir === "" ? api.fullName : `${api.fullName}/${runbookDir}`;

  // The default branch does not change while the server runs; ask once, and again only after a failure.
  let defaultBranchAnswer: Promise<string> | null = null;
  function defaultBranch(ctx?: FetchContext): Promise<string> {
    defaultBranchAnswer ??= api.defaultBranch(ctx).catch((error: unknown) => {
      defaultBranchAnswer = null;
      throw error;
    });
    return defaultBranchAnswer;
  }

  return {
    proposalMode: "github",
    diffRoot: runbookDir,

    async listRunbooks(ctx?: FetchContext): Promise<RunbookEntry[]> {
      const files = await api.listFiles(await defaultBranch(ctx), ctx);
      const entries: RunbookEntry[] = [];
      for (const file of files) {
        const path = runbookPathFromRepo(runbookDir, file.path);
        if (path !== null) entries.push({ path, version: file.sha });
      }
      return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },

    async readRunbook(path: string, ctx?: FetchContext): Promise<RunbookFile> {
      const file = await api.readFile(runbookRepoPath(runbookDir, path), null, ctx);
      if (!file)
        throw new NotFoundError(
          `There is no runbook ${path} in ${where}; list the runbooks to see the paths.`,
        );
      return { path, content: file.content, version: file.sha };
    },

    async proposeChange(change: ProposeChangeRequest, ctx?: FetchContext) {
      const proposed = await proposeRunbookChange({ api, runbookDir, defaultBranch }, change, ctx);
      return { mode: "github" as const, path: change.path, ...proposed };
    },
  };
}
