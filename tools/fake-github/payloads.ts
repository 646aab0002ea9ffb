// The JSON bodies GitHub sends, built from the fake's state in the shapes of GitHub's API description.
import type { CommitObject, Sha, TreeItem } from "./git-store.js";
import type { FakeRepoState, PullRecord } from "./repo-state.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Site {
  /** The fake's base URL, where API links point. */
  apiUrl: string;
  state: FakeRepoState;
}

const webUrl = "https://github.com";
const ownerId = 583231;
const repoId = 1296269;
const docs = "https://docs.github.com/rest";

function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0:${kind}${id}`).toString("base64");
}

export function errorBody(message: string, extra: JsonObject = {}): JsonObject {
  return { message, documentation_url: docs, ...extra };
}

export function simpleUser(site: Site, login: string, id: number): JsonObject {
  const api = `${site.apiUrl}/users/${login}`;
  return {
    login,
    id,
    node_id: nodeId("User", id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: "",
    url: api,
    html_url: `${webUrl}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: "User",
    site_admin: false,
  };
}

/** The bot account every write is attributed to. */
export function actor(site: Site): JsonObject {
  return simpleUser(site, "runbook-bot", 9919);
}

/** Fits `repository`, `full-repository` and `minimal-repository` at once (their required fields differ). */
export function repository(site: Site): JsonObject {
  const { owner, repo, defaultBranch } = site.state;
  const api = `${site.apiUrl}/repos/${owner}/${repo}`;
  const created = iso(new Date("2026-01-05T09:00:00Z"));
  const pushed = iso(site.state.now());
  return {
    id: repoId,
    node_id: nodeId("Repository", repoId),
    name: repo,
    full_name: `${owner}/${repo}`,
    private: true,
    owner: simpleUser(site, owner, ownerId),
    html_url: `${webUrl}/${owner}/${repo}`,
    description: "Runbooks for the on-call rotation",
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${owner}/${repo}.git`,
    hooks_url: `${api}/hooks`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${owner}/${repo}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${webUrl}/${owner}/${repo}.git`,
    mirror_url: null,
    svn_url: `${webUrl}/${owner}/${repo}`,
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 42,
    default_branch: defaultBranch,
    open_issues: site.state.pulls.filter((pull) => pull.state === "open").length,
    open_issues_count: site.state.pulls.filter((pull) => pull.state === "open").length,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: "private",
    pushed_at: pushed,
    created_at: created,
    updated_at: pushed,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_forking: false,
    web_commit_signoff_required: false,
    license: null,
    network_count: 0,
    subscribers_count: 1,
  };
}

function contentLinks(site: Site, path: string, sha: Sha, ref: string): JsonObject {
  const { owner, repo } = site.state;
  const self = `${site.apiUrl}/repos/${owner}/${repo}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const git = `${site.apiUrl}/repos/${owner}/${repo}/git/blobs/${sha}`;
  const html = `${webUrl}/${owner}/${repo}/blob/${ref}/${path}`;
  return { self, git, html };
}

/** A folder entry of the contents API (no content). */
export function contentEntry(site: Site, item: TreeItem, ref: string): JsonObject {
  const { owner, repo } = site.state;
  const links = contentLinks(site, item.path, item.sha, ref);
  const type = item.type === "tree" ? "dir" : "file";
  return {
    type,
    size: item.size ?? 0,
    name: item.path.split("/").pop() ?? item.path,
    path: item.path,
    sha: item.sha,
    url: links["self"] ?? null,
    git_url:
      item.type === "tree"
        ? `${site.apiUrl}/repos/${owner}/${repo}/git/trees/${item.sha}`
        : (links["git"] ?? null),
    html_url:
      item.type === "tree" ? `${webUrl}/${owner}/${repo}/tree/${ref}/${item.path}` : (links["html"] ?? null),
    download_url:
      item.type === "tree" ? null : `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${item.path}`,
    _links: links,
  };
}

/** GitHub wraps base64 at 60 columns with "\n". */
export function base64Lines(content: Buffer): string {
  const encoded = content.toString("base64");
  const lines: string[] = [];
  for (let at = 0; at < encoded.length; at += 60) lines.push(encoded.slice(at, at + 60));
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

export function contentFile(site: Site, item: TreeItem, content: Buffer, ref: string): JsonObject {
  return { ...contentEntry(site, item, ref), content: base64Lines(content), encoding: "base64" };
}

function commitUrl(site: Site, sha: Sha): { api: string; git: string; html: string } {
  const { owner, repo } = site.state;
  return {
    api: `${site.apiUrl}/repos/${owner}/${repo}/commits/${sha}`,
    git: `${site.apiUrl}/repos/${owner}/${repo}/git/commits/${sha}`,
    html: `${webUrl}/${owner}/${repo}/commit/${sha}`,
  };
}

function gitUser(commit: CommitObject, who: "author" | "committer"): JsonObject {
  const person = commit[who];
  return { name: person.name, email: person.email, date: iso(person.date) };
}

function verification(): JsonObject {
  return { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null };
}

export function fileCommit(
  site: Site,
  item: TreeItem,
  ref: string,
  commitSha: Sha,
  commit: CommitObject,
): JsonObject {
  const { owner, repo } = site.state;
  const urls = commitUrl(site, commitSha);
  return {
    content: contentEntry(site, item, ref),
    commit: {
      sha: commitSha,
      node_id: nodeId("Commit", commitSha),
      url: urls.git,
      html_url: urls.html,
      author: gitUser(commit, "author"),
      committer: gitUser(commit, "committer"),
      message: commit.message,
      tree: { sha: commit.tree, url: `${site.apiUrl}/repos/${owner}/${repo}/git/trees/${commit.tree}` },
      parents: commit.parents.map((parent) => {
        const parentUrls = commitUrl(site, parent);
        return { sha: parent, url: parentUrls.git, html_url: parentUrls.html };
      }),
      verification: verification(),
    },
  };
}

/** The `commit` schema, as listed by GET /repos/{owner}/{repo}/commits. */
export function commitListItem(site: Site, sha: Sha, commit: CommitObject): JsonObject {
  const { owner, repo } = site.state;
  const urls = commitUrl(site, sha);
  return {
    sha,
    node_id: nodeId("Commit", sha),
    url: urls.api,
    html_url: urls.html,
    comments_url: `${urls.api}/comments`,
    commit: {
      url: urls.git,
      author: gitUser(commit, "author"),
      committer: gitUser(commit, "committer"),
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${site.apiUrl}/repos/${owner}/${repo}/git/trees/${commit.tree}` },
      verification: verification(),
    },
    author: actor(site),
    committer: actor(site),
    parents: commit.parents.map((parent) => {
      const parentUrls = commitUrl(site, parent);
      return { sha: parent, url: parentUrls.api, html_url: parentUrls.html };
    }),
  };
}

export function gitRef(site: Site, ref: string, sha: Sha): JsonObject {
  const { owner, repo } = site.state;
  return {
    ref: `refs/${ref}`,
    node_id: nodeId("Ref", ref),
    url: `${site.apiUrl}/repos/${owner}/${repo}/git/refs/${ref}`,
    object: { type: "commit", sha, url: `${site.apiUrl}/repos/${owner}/${repo}/git/commits/${sha}` },
  };
}

export function gitTree(site: Site, treeSha: Sha, items: TreeItem[], truncated: boolean): JsonObject {
  const { owner, repo } = site.state;
  const api = `${site.apiUrl}/repos/${owner}/${repo}/git`;
  return {
    sha: treeSha,
    url: `${api}/trees/${treeSha}`,
    tree: items.map(
      (item): JsonObject =>
        item.type === "blob"
          ? {
              path: item.path,
              mode: "100644",
              type: "blob",
              sha: item.sha,
              size: item.size ?? 0,
              url: `${api}/blobs/${item.sha}`,
            }
          : { path: item.path, mode: "040000", type: "tree", sha: item.sha, url: `${api}/trees/${item.sha}` },
    ),
    truncated,
  };
}

export function label(site: Site, name: string): JsonObject {
  const { owner, repo } = site.state;
  const id = [...name].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 1_000_000_007, 7);
  return {
    id,
    node_id: nodeId("Label", id),
    url: `${site.apiUrl}/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: "ededed",
    default: false,
  };
}

function branchEnd(site: Site, branch: string, sha: Sha): JsonObject {
  return {
    label: `${site.state.owner}:${branch}`,
    ref: branch,
    sha,
    user: simpleUser(site, site.state.owner, ownerId),
    repo: repository(site),
  };
}

/** `pull-request-simple` (list) or, with `full`, `pull-request` (create, update). */
export function pullRequest(site: Site, pull: PullRecord, full: boolean): JsonObject {
  const { owner, repo } = site.state;
  const api = `${site.apiUrl}/repos/${owner}/${repo}`;
  const url = `${api}/pulls/${pull.number}`;
  const html = `${webUrl}/${owner}/${repo}/pull/${pull.number}`;
  const headSha = site.state.branchSha(pull.head) ?? pull.headSha;
  const baseSha = site.state.branchSha(pull.base) ?? headSha;
  const links = {
    self: { href: url },
    html: { href: html },
    issue: { href: `${api}/issues/${pull.number}` },
    comments: { href: `${api}/issues/${pull.number}/comments` },
    review_comments: { href: `${url}/comments` },
    review_comment: { href: `${api}/pulls/comments{/number}` },
    commits: { href: `${url}/commits` },
    statuses: { href: `${api}/statuses/${headSha}` },
  };
  const simple: JsonObject = {
    url,
    id: 1_000_000 + pull.number,
    node_id: nodeId("PullRequest", pull.number),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: links.issue.href,
    commits_url: links.commits.href,
    review_comments_url: links.review_comments.href,
    review_comment_url: links.review_comment.href,
    comments_url: links.comments.href,
    statuses_url: links.statuses.href,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: actor(site),
    body: pull.body,
    labels: pull.labels.map((name) => label(site, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: iso(pull.createdAt),
    updated_at: iso(pull.updatedAt),
    closed_at: pull.closedAt ? iso(pull.closedAt) : null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchEnd(site, pull.head, headSha),
    base: branchEnd(site, pull.base, baseSha),
    _links: links,
    author_association: "CONTRIBUTOR",
    auto_merge: null,
    draft: false,
  };
  if (!full) return simple;
  return {
    ...simple,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: "unknown",
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: Math.max(1, site.state.git.history(headSha).length - site.state.git.history(baseSha).length),
    additions: 1,
    deletions: 1,
    changed_files: 1,
  };
}

export function codeSearchItem(site: Site, item: TreeItem): JsonObject {
  const { owner, repo, defaultBranch } = site.state;
  const links = contentLinks(site, item.path, item.sha, defaultBranch);
  return {
    name: item.path.split("/").pop() ?? item.path,
    path: item.path,
    sha: item.sha,
    url: links["self"] ?? null,
    git_url: links["git"] ?? null,
    html_url: `${webUrl}/${owner}/${repo}/blob/${item.sha}/${item.path}`,
    repository: repository(site),
    score: 1,
  };
}
