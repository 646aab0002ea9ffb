// The GitHub operations runbooks need, each one request with its answer checked and its failure explained.
import { z } from "zod";
import { NotFoundError, UpstreamError } from "../../lib/errors.js";
import type { FetchContext } from "../../ports/sources.js";
import { gitBlobSha } from "./blob-sha.js";
import type { GitHubSend } from "./client.js";
import { type FailureContext, githubFailure, unexpectedAnswer } from "./errors.js";

const repositoryShape = z.object({ default_branch: z.string().min(1) });
const refShape = z.object({ object: z.object({ sha: z.string().min(1) }) });
const treeShape = z.object({
  truncated: z.boolean(),
  tree: z.array(z.object({ path: z.string(), type: z.string(), sha: z.string() })),
});
const fileShape = z.object({
  type: z.literal("file"),
  sha: z.string().min(1),
  content: z.string(),
  encoding: z.string(),
  size: z.number(),
});
const folderShape = z.array(z.object({ type: z.string() }));
const fileCommitShape = z.object({ commit: z.object({ sha: z.string().min(1) }) });
const pullShape = z.object({
  number: z.number().int(),
  html_url: z.string(),
  title: z.string(),
  body: z.string().nullable(),
});

export type PullRequestSummary = z.infer<typeof pullShape>;

export interface TreeFile {
  path: string;
  sha: string;
}

export interface RepoFile {
  sha: string;
  content: string;
}

export interface RepoApiOptions {
  owner: string;
  repo: string;
  apiUrl: string;
  token: string;
}

/** Thrown by putFile when the file's sha on the branch is no longer the one given. */
export class FileMovedError extends Error {
  override name = "FileMovedError";
}

export function createRepoApi(send: GitHubSend, options: RepoApiOptions) {
  const { owner, repo } = options;
  const fullName = `${owner}/${repo}`;
  const repoNotFound = () =>
    new NotFoundError(
      `GitHub has no repository ${fullName}, or the token cannot see it; check RUNBOOK_REPO and GITHUB_TOKEN.`,
    );

  async function call<Shape extends z.ZodType>(
    route: string,
    params: Record<string, unknown>,
    shape: Shape,
    context: Omit<FailureContext, "repo" | "apiUrl" | "token">,
    ctx: FetchContext | undefined,
  ): Promise<z.output<Shape>> {
    const failureContext: FailureContext = {
      ...context,
      repo: fullName,
      apiUrl: options.apiUrl,
      token: options.token,
    };
    let response: Awaited<ReturnType<GitHubSend>>;
    try {
      response = await send(route, { owner, repo, ...params }, ctx);
    } catch (error) {
      // A cancelled call ends with the caller's own reason (a deadline, a client cancelling), not a GitHub error.
      if (ctx?.signal?.aborted) throw ctx.signal.reason;
      throw githubFailure(error, failureContext);
    }
    const parsed = shape.safeParse(response.data);
    if (!parsed.success) throw unexpectedAnswer(failureContext, response.status);
    return parsed.data;
  }

  return {
    fullName,

    async defaultBranch(ctx?: FetchContext): Promise<string> {
      const answer = await call(
        "GET /repos/{owner}/{repo}",
        {},
        repositoryShape,
        { action: `read the repository ${fullName}`, access: "read", notFound: repoNotFound },
        ctx,
      );
      return answer.default_branch;
    },

    /** Every file on a branch, from one recursive tree request. */
    async listFiles(branch: string, ctx?: FetchContext): Promise<TreeFile[]> {
      const answer = await call(
        "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
        { tree_sha: branch, recursive: "1" },
        treeShape,
        { action: `list the files of ${fullName} on ${branch}`, access: "read", notFound: repoNotFound },
        ctx,
      );
      if (answer.truncated) {
        throw new UpstreamError(
          "GitHub",
          `GitHub cut the file list of ${fullName} short (the repository is too large to list at once); ` +
            "keep runbooks in a smaller repository and point RUNBOOK_REPO at it.",
          200,
          false,
        );
      }
      return answer.tree.filter((entry) => entry.type === "blob").map(({ path, sha }) => ({ path, sha }));
    },

    /** A file's content and blob sha on a branch (the default branch when none is given); null when absent. */
    async readFile(path: string, ref: string | null, ctx?: FetchContext): Promise<RepoFile | null> {
      const action = `read ${path} in ${fullName}${ref ? ` on ${ref}` : ""}`;
      let answer: z.output<typeof fileShape> | z.output<typeof folderShape>;
      try {
        answer = await call(
          "GET /repos/{owner}/{repo}/contents/{path}",
          ref ? { path, ref } : { path },
          z.union([fileShape, folderShape]),
          { action, access: "read", notFound: () => new NotFoundError(`${path} is not in ${fullName}.`) },
          ctx,
        );
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
      if (Array.isArray(answer)) return null;
      if (answer.encoding !== "base64") {
        throw new UpstreamError(
          "GitHub",
          `${path} in ${fullName} is too large to read through the GitHub contents API (${answer.size} bytes); ` +
            "split it into smaller runbooks.",
          200,
          false,
        );
      }
      const content = Buffer.from(answer.content, "base64").toString("utf8");
      if (gitBlobSha(content) !== answer.sha) {
        throw new UpstreamError(
          "GitHub",
          `GitHub sent a damaged copy of ${path} (its content does not match its sha); try again.`,
          200,
          true,
        );
      }
      return { sha: answer.sha, content };
    },

    /** The commit a branch points at; null when there is no such branch. */
    async branchHead(branch: string, ctx?: FetchContext): Promise<string | null> {
      try {
        const answer = await call(
          "GET /repos/{owner}/{repo}/git/ref/{ref}",
          { ref: `heads/${branch}` },
          refShape,
          {
            action: `read branch ${branch} of ${fullName}`,
            access: "read",
            notFound: () => new NotFoundError(""),
          },
          ctx,
        );
        return answer.object.sha;
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
    },

    async createBranch(branch: string, sha: string, ctx?: FetchContext): Promise<void> {
      await call(
        "POST /repos/{owner}/{repo}/git/refs",
        { ref: `refs/heads/${branch}`, sha },
        refShape,
        { action: `create branch ${branch} in ${fullName}`, access: "write", notFound: repoNotFound },
        ctx,
      );
    },

    /** Commits one file on a branch and returns the commit sha. `sha` is the file's blob sha there, null if new. */
    async writeFile(
      change: { path: string; content: string; branch: string; sha: string | null; message: string },
      ctx?: FetchContext,
    ): Promise<string> {
      const action = `commit ${change.path} to branch ${change.branch} of ${fullName}`;
      try {
        const answer = await call(
          "PUT /repos/{owner}/{repo}/contents/{path}",
          {
            path: change.path,
            branch: change.branch,
            message: change.message,
            content: Buffer.from(change.content, "utf8").toString("base64"),
            ...(change.sha ? { sha: change.sha } : {}),
          },
          fileCommitShape,
          { action, access: "write", notFound: repoNotFound },
          ctx,
        );
        return answer.commit.sha;
      } catch (error) {
        // 409: the sha is not the file's any more; 422 without a sha: the file appeared meanwhile.
        if (
          error instanceof UpstreamError &&
          (error.status === 409 || (error.status === 422 && !change.sha))
        ) {
          throw new FileMovedError(error.message);
        }
        throw error;
      }
    },

    async findOpenPull(branch: string, base: string, ctx?: FetchContext): Promise<PullRequestSummary | null> {
      const answers = await call(
        "GET /repos/{owner}/{repo}/pulls",
        { head: `${owner}:${branch}`, base, state: "open", per_page: 10 },
        z.array(pullShape),
        {
          action: `look for an open pull request from ${branch} in ${fullName}`,
          access: "read",
          notFound: repoNotFound,
        },
        ctx,
      );
      return answers[0] ?? null;
    },

    async openPull(
      pull: { branch: string; base: string; title: string; body: string },
      ctx?: FetchContext,
    ): Promise<PullRequestSummary> {
      return call(
        "POST /repos/{owner}/{repo}/pulls",
        { head: pull.branch, base: pull.base, title: pull.title, body: pull.body },
        pullShape,
        {
          action: `open a pull request from ${pull.branch} in ${fullName}`,
          access: "write",
          notFound: repoNotFound,
        },
        ctx,
      );
    },

    async updatePull(
      number: number,
      text: { title: string; body: string },
      ctx?: FetchContext,
    ): Promise<PullRequestSummary> {
      return call(
        "PATCH /repos/{owner}/{repo}/pulls/{pull_number}",
        { pull_number: number, title: text.title, body: text.body },
        pullShape,
        { action: `update pull request #${number} in ${fullName}`, access: "write", notFound: repoNotFound },
        ctx,
      );
    },
  };
}

export type RepoApi = ReturnType<typeof createRepoApi>;
