// Repository, contents, trees, commits and code search: reading and writing files.
import type { TreeItem } from "../git-store.js";
import {
  codeSearchItem,
  commitListItem,
  contentEntry,
  contentFile,
  errorBody,
  fileCommit,
  gitTree,
  repository,
  type Site,
} from "../payloads.js";
import {
  type FakeRequest,
  notFound,
  paginate,
  type Reply,
  requestBodyObject,
  stringField,
  validationFailed,
} from "../router.js";

export function getRepository(_request: FakeRequest, _params: Record<string, string>, site: Site): Reply {
  return { status: 200, body: repository(site) };
}

export function getContent(request: FakeRequest, params: Record<string, string>, site: Site): Reply {
  const ref = request.query.get("ref") ?? site.state.defaultBranch;
  const head = site.state.git.resolveCommit(ref);
  if (!head) return notFound(`No commit found for the ref ${ref}`);
  const path = params["path"] ?? "";
  const item = site.state.git.itemAt(head, path);
  if (!item) return notFound();
  if (item.type === "tree") {
    const children = site.state.git
      .listTree(item.sha, false)
      .map((child): TreeItem => ({ ...child, path: `${path}/${child.path}` }));
    return { status: 200, body: children.map((child) => contentEntry(site, child, ref)) };
  }
  const blob = site.state.git.blob(item.sha)!;
  return { status: 200, body: contentFile(site, item, blob.content, ref) };
}

const base64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

export function putContent(request: FakeRequest, params: Record<string, string>, site: Site): Reply {
  const body = requestBodyObject(request);
  const path = params["path"] ?? "";
  const message = stringField(body, "message");
  const content = stringField(body, "content");
  if (message === undefined) return validationFailed('Invalid request.\n\n"message" wasn\'t supplied.');
  if (content === undefined) return validationFailed('Invalid request.\n\n"content" wasn\'t supplied.');
  if (!base64.test(content)) return validationFailed("content is not valid Base64");
  const branch = stringField(body, "branch") ?? site.state.defaultBranch;
  const head = site.state.branchSha(branch);
  if (!head) return notFound(`Branch ${branch} not found`);
  const existing = site.state.git.itemAt(head, path);
  if (existing?.type === "tree") return validationFailed(`${path} is a directory`);
  const sha = stringField(body, "sha");
  if (existing && sha === undefined) return validationFailed('Invalid request.\n\n"sha" wasn\'t supplied.');
  if (existing && sha !== existing.sha) {
    return { status: 409, body: errorBody(`${path} does not match ${sha}`, { status: "409" }) };
  }
  const commitSha = site.state.commitFile(branch, path, Buffer.from(content, "base64"), message);
  const commit = site.state.git.commit(commitSha)!;
  const item = site.state.git.itemAt(commitSha, path)!;
  return { status: existing ? 200 : 201, body: fileCommit(site, item, branch, commitSha, commit) };
}

export function getTree(
  request: FakeRequest,
  params: Record<string, string>,
  site: Site,
  maxEntries: number,
): Reply {
  const wanted = params["tree_sha"] ?? "";
  const git = site.state.git;
  const commitSha = git.resolveCommit(wanted);
  const treeSha = commitSha ? git.commit(commitSha)!.tree : git.tree(wanted) ? wanted : undefined;
  if (!treeSha) return notFound();
  // GitHub treats any value of `recursive` as true, even "0" or "false".
  const items = git.listTree(treeSha, request.query.has("recursive"));
  const truncated = items.length > maxEntries;
  return { status: 200, body: gitTree(site, treeSha, items.slice(0, maxEntries), truncated) };
}

export function listCommits(request: FakeRequest, _params: Record<string, string>, site: Site): Reply {
  const git = site.state.git;
  const from = request.query.get("sha") ?? site.state.defaultBranch;
  const head = git.resolveCommit(from);
  if (!head) return notFound(`No commit found for SHA: ${from}`);
  const path = request.query.get("path");
  const shas = git.history(head).filter((sha) => {
    if (!path) return true;
    const parent = git.commit(sha)!.parents[0];
    const now = git.itemAt(sha, path)?.sha;
    const before = parent ? git.itemAt(parent, path)?.sha : undefined;
    return now !== before;
  });
  const { page, headers } = paginate(shas, request, site);
  return { status: 200, body: page.map((sha) => commitListItem(site, sha, git.commit(sha)!)), headers };
}

interface CodeQuery {
  terms: string[];
  repo: string | null;
  path: string | null;
  extension: string | null;
  filename: string | null;
}

function parseCodeQuery(q: string): CodeQuery {
  const query: CodeQuery = { terms: [], repo: null, path: null, extension: null, filename: null };
  for (const token of q.split(/\s+/).filter(Boolean)) {
    const [key, ...rest] = token.split(":");
    const value = rest.join(":");
    if (rest.length > 0 && (key === "repo" || key === "path" || key === "extension" || key === "filename")) {
      query[key] = value;
    } else if (rest.length === 0 || (key !== "in" && key !== "language")) {
      query.terms.push(token.replace(/^"|"$/g, "").toLowerCase());
    }
  }
  return query;
}

export function searchCode(request: FakeRequest, _params: Record<string, string>, site: Site): Reply {
  const q = request.query.get("q");
  if (!q?.trim())
    return validationFailed("Validation Failed", [{ resource: "Search", field: "q", code: "missing" }]);
  const query = parseCodeQuery(q);
  const { owner, repo, defaultBranch } = site.state;
  const git = site.state.git;
  const head = site.state.branchSha(defaultBranch)!;
  const inRepo = query.repo === null || query.repo.toLowerCase() === `${owner}/${repo}`.toLowerCase();
  const hits = inRepo
    ? git.listTree(git.commit(head)!.tree, true).filter((item) => {
        if (item.type !== "blob") return false;
        const name = item.path.split("/").pop() ?? "";
        if (query.path !== null && !`${item.path}`.startsWith(query.path.replace(/^\//, ""))) return false;
        if (query.extension !== null && !name.endsWith(`.${query.extension}`)) return false;
        if (query.filename !== null && name !== query.filename) return false;
        const text = git.blob(item.sha)!.content.toString("utf8").toLowerCase();
        return query.terms.every((term) => text.includes(term) || item.path.toLowerCase().includes(term));
      })
    : [];
  const { page, headers } = paginate(hits, request, site);
  return {
    status: 200,
    body: {
      total_count: hits.length,
      incomplete_results: false,
      items: page.map((item) => codeSearchItem(site, item)),
    },
    headers,
  };
}
