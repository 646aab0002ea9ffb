import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-P23S5MLP.js";
import {
  external_exports
} from "./chunk-7U34ADOT.js";
import {
  NotFoundError,
  StaleVersionError,
  UpstreamError,
  UserInputError
} from "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/sources/github/errors.ts
var StaleRunbookError = class extends StaleVersionError {
  constructor(path, baseVersion, currentVersion, where) {
    super(
      `Runbook ${path} changed on ${where} since it was read (version ${short(baseVersion)}, now ${short(currentVersion)}); read it again and redraft the update.`
    );
    this.path = path;
    this.baseVersion = baseVersion;
    this.currentVersion = currentVersion;
  }
  path;
  baseVersion;
  currentVersion;
  name = "StaleRunbookError";
}, GitHubTimeoutError = class extends Error {
  constructor(timeoutMs) {
    super(`no answer within ${timeoutMs / 1e3} s`);
    this.timeoutMs = timeoutMs;
  }
  timeoutMs;
  name = "GitHubTimeoutError";
}, GitHubBrokenAnswerError = class extends Error {
  constructor(status, problem) {
    super(problem === "cut off" ? "the answer was cut off" : "the answer was not JSON");
    this.status = status;
    this.problem = problem;
  }
  status;
  problem;
  name = "GitHubBrokenAnswerError";
};
function short(version) {
  return version === null ? "none" : version.slice(0, 7);
}
function isHttpFailure(error) {
  return typeof error == "object" && error !== null && typeof error.status == "number";
}
function header(failure, name) {
  let value = failure.response?.headers?.[name];
  return typeof value == "string" || typeof value == "number" ? String(value) : null;
}
function githubMessage(failure) {
  let data = failure.response?.data, message = typeof data == "object" && data !== null ? data.message : null;
  if (typeof message != "string") return "";
  let errors = data.errors, details = Array.isArray(errors) ? errors.map(
    (entry) => typeof entry == "object" && entry !== null ? String(entry.message ?? "") : ""
  ).filter(Boolean) : [];
  return [message, ...details].join(" ").replace(/\s+/g, " ").trim().slice(0, 200);
}
function isRateLimited(failure) {
  return failure.status === 429 ? !0 : failure.status !== 403 ? !1 : header(failure, "x-ratelimit-remaining") === "0" || header(failure, "retry-after") !== null || /rate limit/i.test(githubMessage(failure));
}
function whenToRetry(failure) {
  let retryAfter = Number(header(failure, "retry-after"));
  if (Number.isFinite(retryAfter) && retryAfter > 0)
    return `in ${retryAfter} second${retryAfter === 1 ? "" : "s"}`;
  let reset = Number(header(failure, "x-ratelimit-reset"));
  return header(failure, "x-ratelimit-remaining") === "0" && Number.isFinite(reset) && reset > 0 ? `after ${new Date(reset * 1e3).toISOString().replace(/\.000Z$/, "Z")}` : "in a few minutes";
}
function scrub(text, context) {
  return (context.token ? text.replaceAll(context.token, "[token]") : text).replace(/\/\/[^/@\s]*@/g, "//");
}
function describe(failure, context) {
  let { status, response } = failure, what = context.action;
  if (status === 401)
    return new UpstreamError("GitHub", "GitHub refused the token (401); check GITHUB_TOKEN.", 401, !1);
  if (isRateLimited(failure))
    return new UpstreamError(
      "GitHub",
      `GitHub rate limit reached (${status}) while trying to ${what}; try again ${whenToRetry(failure)}.`,
      status,
      !0
    );
  if (status === 403) {
    let need = context.access === "write" ? "Contents and Pull requests write permission" : "read permission on its contents";
    return new UpstreamError(
      "GitHub",
      `GitHub denied access to ${context.repo} (403) while trying to ${what}; give the token in GITHUB_TOKEN ${need}.`,
      403,
      !1
    );
  }
  if (status === 404 && response)
    return context.notFound?.() ?? new NotFoundError(`GitHub found nothing to ${what} in ${context.repo} (404).`);
  if (response && status >= 400 && status < 500) {
    let detail = githubMessage(failure);
    return new UpstreamError(
      "GitHub",
      `GitHub refused to ${what} (${status})${detail ? `: ${detail}` : ""}.`,
      status,
      !1
    );
  }
  if (response)
    return new UpstreamError(
      "GitHub",
      `GitHub failed to ${what} (${status}) even after retrying; try again later.`,
      status,
      !0
    );
  if (failure.cause instanceof GitHubTimeoutError)
    return new UpstreamError(
      "GitHub",
      `GitHub did not answer within ${failure.cause.timeoutMs / 1e3} s while trying to ${what}, even after retrying; try again later.`,
      null,
      !0
    );
  if (failure.cause instanceof GitHubBrokenAnswerError) {
    let answer = failure.cause.problem === "cut off" ? "an answer cut off midway" : "a page that is not JSON";
    return new UpstreamError(
      "GitHub",
      `GitHub failed to ${context.action} (it sent ${answer}, ${failure.cause.status}) even after retrying; try again later, and if it persists check that GITHUB_API_URL points at the GitHub REST API.`,
      failure.cause.status,
      !0
    );
  }
  let reason = failure.message ? ` (${failure.message})` : "";
  return new UpstreamError(
    "GitHub",
    `Could not reach GitHub at ${context.apiUrl} to ${what}${reason}; check GITHUB_API_URL and the network.`,
    null,
    !0
  );
}
function githubFailure(error, context) {
  if (error instanceof UserInputError || error instanceof UpstreamError) return error;
  if (!isHttpFailure(error)) {
    let reason = error instanceof Error ? error.message : String(error);
    return new UpstreamError(
      "GitHub",
      scrub(`GitHub request to ${context.action} failed: ${reason}.`, context),
      null,
      !0
    );
  }
  let described = describe(error, context);
  return described.message = scrub(described.message, context), described;
}
function unexpectedAnswer(context, status) {
  return new UpstreamError(
    "GitHub",
    scrub(
      `GitHub sent an unexpected answer (${status}, not the JSON expected) while trying to ${context.action}; check that GITHUB_API_URL points at the GitHub REST API, then try again.`,
      context
    ),
    status,
    !0
  );
}

// src/sources/github/client.ts
var doNotRetry = [400, 401, 403, 404, 409, 410, 422, 429, 451], longestRateLimitWaitSeconds = 10;
async function createOctokit(options) {
  let { Octokit } = await import("./dist-bundle-ISBTE6AE.js"), waitBriefly = (retryAfter, _request, _octokit, retryCount) => retryCount < 1 && retryAfter <= longestRateLimitWaitSeconds;
  return new Octokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ""),
    userAgent: "oncall-mentor-mcp",
    retry: { doNotRetry, retries: options.retries, retryAfterBaseValue: options.retryBaseMs },
    throttle: options.throttle ? { onRateLimit: waitBriefly, onSecondaryRateLimit: waitBriefly } : { enabled: !1 },
    log: { debug: () => {
    }, info: () => {
    }, warn: () => {
    }, error: () => {
    } }
  });
}
function abortError() {
  let error = new Error("The request was cancelled.");
  return error.name = "AbortError", error;
}
var JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
async function wholeJson(response) {
  if (response.status < 200 || response.status >= 300 || response.status === 204 || response.status === 205)
    return response;
  let text;
  try {
    text = await response.text();
  } catch {
    throw new GitHubBrokenAnswerError(response.status, "cut off");
  }
  if (!JSON_TYPE.test(response.headers.get("content-type") ?? "") || !parsesAsJson(text))
    throw new GitHubBrokenAnswerError(response.status, "not JSON");
  let copy = new Response(text, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers
  });
  return Object.defineProperty(copy, "url", { value: response.url }), copy;
}
function parsesAsJson(text) {
  try {
    return JSON.parse(text), !0;
  } catch {
    return !1;
  }
}
function fetchFor(ctx, timeoutMs) {
  return async (input, init) => {
    if (ctx?.signal?.aborted) throw abortError();
    ctx?.requests && (ctx.requests.count += 1);
    let deadline = AbortSignal.timeout(timeoutMs), signals = [deadline, ctx?.signal, init?.signal].filter((signal) => !!signal);
    try {
      return await wholeJson(await fetch(input, { ...init, signal: AbortSignal.any(signals) }));
    } catch (error) {
      throw ctx?.signal?.aborted ? abortError() : deadline.aborted ? new GitHubTimeoutError(timeoutMs) : error;
    }
  };
}
function createGitHubSend(options) {
  let client = null;
  return async (route, params, ctx) => {
    client ??= createOctokit(options);
    let response = await (await client).request(route, {
      ...params,
      request: { fetch: fetchFor(ctx, options.timeoutMs) }
    });
    return { status: response.status, data: response.data };
  };
}

// src/sources/github/blob-sha.ts
import { createHash } from "node:crypto";
function gitBlobSha(content) {
  let bytes = Buffer.from(content, "utf8");
  return createHash("sha1").update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes])).digest("hex");
}

// src/sources/github/repo-api.ts
var repositoryShape = external_exports.object({ default_branch: external_exports.string().min(1) }), refShape = external_exports.object({ object: external_exports.object({ sha: external_exports.string().min(1) }) }), treeShape = external_exports.object({
  truncated: external_exports.boolean(),
  tree: external_exports.array(external_exports.object({ path: external_exports.string(), type: external_exports.string(), sha: external_exports.string() }))
}), fileShape = external_exports.object({
  type: external_exports.literal("file"),
  sha: external_exports.string().min(1),
  content: external_exports.string(),
  encoding: external_exports.string(),
  size: external_exports.number()
}), folderShape = external_exports.array(external_exports.object({ type: external_exports.string() })), fileCommitShape = external_exports.object({ commit: external_exports.object({ sha: external_exports.string().min(1) }) }), pullShape = external_exports.object({
  number: external_exports.number().int(),
  html_url: external_exports.string(),
  title: external_exports.string(),
  body: external_exports.string().nullable()
}), FileMovedError = class extends Error {
  name = "FileMovedError";
};
function createRepoApi(send, options) {
  let { owner, repo } = options, fullName = `${owner}/${repo}`, repoNotFound = () => new NotFoundError(
    `GitHub has no repository ${fullName}, or the token cannot see it; check RUNBOOK_REPO and GITHUB_TOKEN.`
  );
  async function call(route, params, shape, context, ctx) {
    let failureContext = {
      ...context,
      repo: fullName,
      apiUrl: options.apiUrl,
      token: options.token
    }, response;
    try {
      response = await send(route, { owner, repo, ...params }, ctx);
    } catch (error) {
      throw ctx?.signal?.aborted ? ctx.signal.reason : githubFailure(error, failureContext);
    }
    let parsed = shape.safeParse(response.data);
    if (!parsed.success) throw unexpectedAnswer(failureContext, response.status);
    return parsed.data;
  }
  return {
    fullName,
    async defaultBranch(ctx) {
      return (await call(
        "GET /repos/{owner}/{repo}",
        {},
        repositoryShape,
        { action: `read the repository ${fullName}`, access: "read", notFound: repoNotFound },
        ctx
      )).default_branch;
    },
    /** Every file on a branch, from one recursive tree request. */
    async listFiles(branch, ctx) {
      let answer = await call(
        "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
        { tree_sha: branch, recursive: "1" },
        treeShape,
        { action: `list the files of ${fullName} on ${branch}`, access: "read", notFound: repoNotFound },
        ctx
      );
      if (answer.truncated)
        throw new UpstreamError(
          "GitHub",
          `GitHub cut the file list of ${fullName} short (the repository is too large to list at once); keep runbooks in a smaller repository and point RUNBOOK_REPO at it.`,
          200,
          !1
        );
      return answer.tree.filter((entry) => entry.type === "blob").map(({ path, sha }) => ({ path, sha }));
    },
    /** A file's content and blob sha on a branch (the default branch when none is given); null when absent. */
    async readFile(path, ref, ctx) {
      let action = `read ${path} in ${fullName}${ref ? ` on ${ref}` : ""}`, answer;
      try {
        answer = await call(
          "GET /repos/{owner}/{repo}/contents/{path}",
          ref ? { path, ref } : { path },
          external_exports.union([fileShape, folderShape]),
          { action, access: "read", notFound: () => new NotFoundError(`${path} is not in ${fullName}.`) },
          ctx
        );
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
      if (Array.isArray(answer)) return null;
      if (answer.encoding !== "base64")
        throw new UpstreamError(
          "GitHub",
          `${path} in ${fullName} is too large to read through the GitHub contents API (${answer.size} bytes); split it into smaller runbooks.`,
          200,
          !1
        );
      let content = Buffer.from(answer.content, "base64").toString("utf8");
      if (gitBlobSha(content) !== answer.sha)
        throw new UpstreamError(
          "GitHub",
          `GitHub sent a damaged copy of ${path} (its content does not match its sha); try again.`,
          200,
          !0
        );
      return { sha: answer.sha, content };
    },
    /** The commit a branch points at; null when there is no such branch. */
    async branchHead(branch, ctx) {
      try {
        return (await call(
          "GET /repos/{owner}/{repo}/git/ref/{ref}",
          { ref: `heads/${branch}` },
          refShape,
          {
            action: `read branch ${branch} of ${fullName}`,
            access: "read",
            notFound: () => new NotFoundError("")
          },
          ctx
        )).object.sha;
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
    },
    async createBranch(branch, sha, ctx) {
      await call(
        "POST /repos/{owner}/{repo}/git/refs",
        { ref: `refs/heads/${branch}`, sha },
        refShape,
        { action: `create branch ${branch} in ${fullName}`, access: "write", notFound: repoNotFound },
        ctx
      );
    },
    /** Commits one file on a branch and returns the commit sha. `sha` is the file's blob sha there, null if new. */
    async writeFile(change, ctx) {
      let action = `commit ${change.path} to branch ${change.branch} of ${fullName}`;
      try {
        return (await call(
          "PUT /repos/{owner}/{repo}/contents/{path}",
          {
            path: change.path,
            branch: change.branch,
            message: change.message,
            content: Buffer.from(change.content, "utf8").toString("base64"),
            ...change.sha ? { sha: change.sha } : {}
          },
          fileCommitShape,
          { action, access: "write", notFound: repoNotFound },
          ctx
        )).commit.sha;
      } catch (error) {
        throw error instanceof UpstreamError && (error.status === 409 || error.status === 422 && !change.sha) ? new FileMovedError(error.message) : error;
      }
    },
    async findOpenPull(branch, base, ctx) {
      return (await call(
        "GET /repos/{owner}/{repo}/pulls",
        { head: `${owner}:${branch}`, base, state: "open", per_page: 10 },
        external_exports.array(pullShape),
        {
          action: `look for an open pull request from ${branch} in ${fullName}`,
          access: "read",
          notFound: repoNotFound
        },
        ctx
      ))[0] ?? null;
    },
    async openPull(pull, ctx) {
      return call(
        "POST /repos/{owner}/{repo}/pulls",
        { head: pull.branch, base: pull.base, title: pull.title, body: pull.body },
        pullShape,
        {
          action: `open a pull request from ${pull.branch} in ${fullName}`,
          access: "write",
          notFound: repoNotFound
        },
        ctx
      );
    },
    async updatePull(number, text, ctx) {
      return call(
        "PATCH /repos/{owner}/{repo}/pulls/{pull_number}",
        { pull_number: number, title: text.title, body: text.body },
        pullShape,
        { action: `update pull request #${number} in ${fullName}`, access: "write", notFound: repoNotFound },
        ctx
      );
    }
  };
}

// src/sources/github/runbook-paths.ts
function hasControlCharacter(text) {
  return [...text].some((char) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127);
}
function problemWith(path) {
  if (path.trim() === "") return "it is empty";
  if (hasControlCharacter(path)) return "it contains control characters";
  if (/%(2f|5c)/i.test(path)) return "it contains an encoded slash (%2F or %5C)";
  if (path.includes("\\")) return "it contains a backslash; use forward slashes";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path))
    return "it is absolute; give it relative to the runbook folder";
  let segments = path.split("/");
  return segments.includes("..") ? 'it contains ".."' : segments.includes(".") ? 'it contains "." as a folder' : segments.includes("") ? "it contains an empty folder name (// or a trailing /)" : null;
}
function normalizeRunbookDir(dir) {
  let trimmed = dir.trim().replace(/^\.\/+/, "").replace(/^\/+|\/+$/g, "");
  if (trimmed === "" || trimmed === ".") return "";
  let problem = problemWith(trimmed);
  if (problem) throw new UserInputError(`RUNBOOK_DIR "${dir}" cannot be used: ${problem}.`);
  return trimmed;
}
function runbookRepoPath(dir, path) {
  let problem = problemWith(path);
  if (problem) throw new UserInputError(`Runbook path "${path}" is refused: ${problem}.`);
  if (!path.toLowerCase().endsWith(".md"))
    throw new UserInputError(`Runbook path "${path}" is refused: runbooks are Markdown files ending in .md.`);
  return dir === "" ? path : `${dir}/${path}`;
}
function runbookPathFromRepo(dir, repoPath) {
  let prefix = dir === "" ? "" : `${dir}/`;
  return !repoPath.startsWith(prefix) || !repoPath.toLowerCase().endsWith(".md") ? null : repoPath.slice(prefix.length);
}
var refNameProblems = [
  [/^$/, "it is empty"],
  [/[ ~^:?*[\\]/, "it contains a space or one of ~ ^ : ? * [ \\"],
  [/\.\./, 'it contains ".."'],
  [/@\{/, 'it contains "@{"'],
  [/^\/|\/$|\/\//, "it starts or ends with / or contains //"],
  [/(^|\/)\./, 'a part of it starts with "."'],
  [/\.lock(\/|$)|\.$/, 'a part of it ends with ".lock" or it ends with "."'],
  [/^@$/, 'it is "@"']
];
function checkBranchName(branch) {
  if (hasControlCharacter(branch))
    throw new UserInputError(
      `Branch name ${JSON.stringify(branch)} is not valid for git: it contains control characters.`
    );
  for (let [pattern, problem] of refNameProblems)
    if (pattern.test(branch))
      throw new UserInputError(
        `Branch name "${branch}" is not valid for git: ${problem}; use letters, digits, "-", "_", "." and "/".`
      );
}

// src/sources/github/propose-change.ts
async function prepareBranch(deps, request, repoPath, base, ctx) {
  let head = await deps.api.branchHead(request.branch, ctx);
  if (head) {
    let file = await deps.api.readFile(repoPath, request.branch, ctx);
    return { head, fileSha: file?.sha ?? null };
  }
  let baseHead = await deps.api.branchHead(base.branch, ctx);
  if (!baseHead)
    throw new UserInputError(`The default branch ${base.branch} of ${deps.api.fullName} has no commits.`);
  return await deps.api.createBranch(request.branch, baseHead, ctx), { head: baseHead, fileSha: base.fileSha };
}
async function proposeRunbookChange(deps, request, ctx) {
  let repoPath = runbookRepoPath(deps.runbookDir, request.path);
  if (checkBranchName(request.branch), request.title.trim() === "" || request.commitMessage.trim() === "")
    throw new UserInputError("A runbook proposal needs a non-empty pull request title and commit message.");
  let defaultBranch = await deps.defaultBranch(ctx);
  if (request.branch === defaultBranch)
    throw new UserInputError(
      `Branch "${request.branch}" is the default branch of ${deps.api.fullName}; proposals go on their own branch, so pick another name.`
    );
  let proposedSha = gitBlobSha(request.content), upstreamSha = (await deps.api.readFile(repoPath, defaultBranch, ctx))?.sha ?? null;
  if (upstreamSha === proposedSha)
    throw new UserInputError(
      `${request.path} on ${defaultBranch} already has exactly this content; there is nothing to propose.`
    );
  if (upstreamSha !== request.baseVersion)
    throw new StaleRunbookError(request.path, request.baseVersion, upstreamSha, defaultBranch);
  let branch = await prepareBranch(
    deps,
    request,
    repoPath,
    { branch: defaultBranch, fileSha: upstreamSha },
    ctx
  ), commitSha = branch.head;
  if (branch.fileSha !== proposedSha)
    try {
      commitSha = await deps.api.writeFile(
        {
          path: repoPath,
          content: request.content,
          branch: request.branch,
          sha: branch.fileSha,
          message: request.commitMessage
        },
        ctx
      );
    } catch (error) {
      throw error instanceof FileMovedError ? new StaleRunbookError(request.path, branch.fileSha, null, `branch ${request.branch}`) : error;
    }
  let existing = await deps.api.findOpenPull(request.branch, defaultBranch, ctx);
  if (existing) {
    let pull2 = existing.title === request.title && (existing.body ?? "") === request.body ? existing : await deps.api.updatePull(existing.number, { title: request.title, body: request.body }, ctx);
    return {
      branch: request.branch,
      pullRequest: { number: pull2.number, url: pull2.html_url },
      updated: !0,
      commitSha
    };
  }
  let pull = await deps.api.openPull(
    { branch: request.branch, base: defaultBranch, title: request.title, body: request.body },
    ctx
  );
  return {
    branch: request.branch,
    pullRequest: { number: pull.number, url: pull.html_url },
    updated: !1,
    commitSha
  };
}

// src/sources/github/runbook-source.ts
function createGitHubRunbookSource(options) {
  let runbookDir = normalizeRunbookDir(options.runbookDir), send = createGitHubSend({
    token: options.token,
    apiUrl: options.apiUrl,
    throttle: options.throttle ?? !0,
    retries: options.retries ?? 3,
    retryBaseMs: options.retryBaseMs ?? 1e3,
    timeoutMs: options.timeoutMs ?? 15e3
  }), api = createRepoApi(send, options), where = runbookDir === "" ? api.fullName : `${api.fullName}/${runbookDir}`, defaultBranchAnswer = null;
  function defaultBranch(ctx) {
    return defaultBranchAnswer ??= api.defaultBranch(ctx).catch((error) => {
      throw defaultBranchAnswer = null, error;
    }), defaultBranchAnswer;
  }
  return {
    proposalMode: "github",
    diffRoot: runbookDir,
    async listRunbooks(ctx) {
      let files = await api.listFiles(await defaultBranch(ctx), ctx), entries = [];
      for (let file of files) {
        let path = runbookPathFromRepo(runbookDir, file.path);
        path !== null && entries.push({ path, version: file.sha });
      }
      return entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    },
    async readRunbook(path, ctx) {
      let file = await api.readFile(runbookRepoPath(runbookDir, path), null, ctx);
      if (!file)
        throw new NotFoundError(
          `There is no runbook ${path} in ${where}; list the runbooks to see the paths.`
        );
      return { path, content: file.content, version: file.sha };
    },
    async proposeChange(change, ctx) {
      let proposed = await proposeRunbookChange({ api, runbookDir, defaultBranch }, change, ctx);
      return { mode: "github", path: change.path, ...proposed };
    }
  };
}
export {
  StaleRunbookError,
  createGitHubRunbookSource
};
