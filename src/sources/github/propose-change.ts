// A runbook update as a pull request: its own branch, one commit on it, one pull request. Safe to repeat.
import { UserInputError } from "../../lib/errors.js";
import type { FetchContext, RunbookProposal } from "../../ports/sources.js";
import { gitBlobSha } from "./blob-sha.js";
import { StaleRunbookError } from "./errors.js";
import { FileMovedError, type RepoApi } from "./repo-api.js";
import { checkBranchName, runbookRepoPath } from "./runbook-paths.js";

/** The port's proposal: a runbook path under the runbook folder, the new content and the version it came from. */
export type ProposeChangeRequest = RunbookProposal;

export interface ProposedChange {
  branch: string;
  pullRequest: { number: number; url: string };
  /** True when the pull request already existed and was updated rather than opened. */
  updated: boolean;
  /** The branch's head commit after the change. */
  commitSha: string;
}

export interface ProposeDeps {
  api: RepoApi;
  runbookDir: string;
  defaultBranch(ctx?: FetchContext): Promise<string>;
}

/** Makes sure `branch` exists and returns its head and the file's blob sha on it. */
async function prepareBranch(
  deps: ProposeDeps,
  request: ProposeChangeRequest,
  repoPath: string,
  base: { branch: string; fileSha: string | null },
  ctx: FetchContext | undefined,
): Promise<{ head: string; fileSha: string | null }> {
  const head = await deps.api.branchHead(request.branch, ctx);
  if (head) {
    const file = await deps.api.readFile(repoPath, request.branch, ctx);
    return { head, fileSha: file?.sha ?? null };
  }
  const baseHead = await deps.api.branchHead(base.branch, ctx);
  if (!baseHead)
    throw new UserInputError(`The default branch ${base.branch} of ${deps.api.fullName} has no commits.`);
  await deps.api.createBranch(request.branch, baseHead, ctx);
  // A branch made from the default branch holds the file the default branch holds.
  return { head: baseHead, fileSha: base.fileSha };
}

export async function proposeRunbookChange(
  deps: ProposeDeps,
  request: ProposeChangeRequest,
  ctx?: FetchContext,
): Promise<ProposedChange> {
  const repoPath = runbookRepoPath(deps.runbookDir, request.path);
  checkBranchName(request.branch);
  if (request.title.trim() === "" || request.commitMessage.trim() === "") {
    throw new UserInputError("A runbook proposal needs a non-empty pull request title and commit message.");
  }
  const defaultBranch = await deps.defaultBranch(ctx);
  if (request.branch === defaultBranch) {
    throw new UserInputError(
      `Branch "${request.branch}" is the default branch of ${deps.api.fullName}; proposals go on their own branch, so pick another name.`,
    );
  }
  const proposedSha = gitBlobSha(request.content);
  const upstream = await deps.api.readFile(repoPath, defaultBranch, ctx);
  const upstreamSha = upstream?.sha ?? null;
  if (upstreamSha === proposedSha) {
    throw new UserInputError(
      `${request.path} on ${defaultBranch} already has exactly this content; there is nothing to propose.`,
    );
  }
  if (upstreamSha !== request.baseVersion) {
    throw new StaleRunbookError(request.path, request.baseVersion, upstreamSha, defaultBranch);
  }

  const branch = await prepareBranch(
    deps,
    request,
    repoPath,
    { branch: defaultBranch, fileSha: upstreamSha },
    ctx,
  );
  let commitSha = branch.head;
  if (branch.fileSha !== proposedSha) {
    try {
      commitSha = await deps.api.writeFile(
        {
          path: repoPath,
          content: request.content,
          branch: request.branch,
          sha: branch.fileSha,
          message: request.commitMessage,
        },
        ctx,
      );
    } catch (error) {
      if (error instanceof FileMovedError) {
        throw new StaleRunbookError(request.path, branch.fileSha, null, `branch ${request.branch}`);
      }
      throw error;
    }
  }

  const existing = await deps.api.findOpenPull(request.branch, defaultBranch, ctx);
  if (existing) {
    const unchanged = existing.title === request.title && (existing.body ?? "") === request.body;
    const pull = unchanged
      ? existing
      : await deps.api.updatePull(existing.number, { title: request.title, body: request.body }, ctx);
    return {
      branch: request.branch,
      pullRequest: { number: pull.number, url: pull.html_url },
      updated: true,
      commitSha,
    };
  }
  const pull = await deps.api.openPull(
    { branch: request.branch, base: defaultBranch, title: request.title, body: request.body },
    ctx,
  );
  return {
    branch: request.branch,
    pullRequest: { number: pull.number, url: pull.html_url },
    updated: false,
    commitSha,
  };
}
