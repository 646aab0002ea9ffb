// Pull requests and the labels on them.
import { label, pullRequest, type Site } from "../payloads.js";
import type { PullRecord } from "../repo-state.js";
import {
  type FakeRequest,
  notFound,
  paginate,
  type Reply,
  requestBodyObject,
  stringField,
  validationFailed,
} from "../router.js";

/** "owner:branch" or "branch" → the branch, when the owner is this repository's. */
function headBranch(head: string, site: Site): string | null {
  const colon = head.indexOf(":");
  if (colon < 0) return head;
  return head.slice(0, colon).toLowerCase() === site.state.owner.toLowerCase() ? head.slice(colon + 1) : null;
}

export function listPulls(request: FakeRequest, _params: Record<string, string>, site: Site): Reply {
  const state = request.query.get("state") ?? "open";
  if (!["open", "closed", "all"].includes(state)) {
    return validationFailed("Validation Failed", [
      { resource: "PullRequest", field: "state", code: "invalid" },
    ]);
  }
  const head = request.query.get("head");
  const base = request.query.get("base");
  const pulls = site.state.pulls
    .filter((pull) => state === "all" || pull.state === state)
    .filter((pull) => {
      if (head === null) return true;
      // Without a branch, `head` filters by user only: every pull request here is the owner's.
      if (!head.includes(":")) return head.toLowerCase() === site.state.owner.toLowerCase();
      return headBranch(head, site) === pull.head;
    })
    .filter((pull) => base === null || pull.base === base)
    .sort((a, b) => b.number - a.number);
  const { page, headers } = paginate(pulls, request, site);
  return { status: 200, body: page.map((pull) => pullRequest(site, pull, false)), headers };
}

export function createPull(request: FakeRequest, _params: Record<string, string>, site: Site): Reply {
  const body = requestBodyObject(request);
  const title = stringField(body, "title");
  const headField = stringField(body, "head");
  const base = stringField(body, "base");
  const missing = (["title", "head", "base"] as const).filter(
    (field) => stringField(body, field) === undefined,
  );
  if (missing.length > 0 || title === undefined || headField === undefined || base === undefined) {
    return validationFailed(
      "Validation Failed",
      missing.map((field) => ({ resource: "PullRequest", field, code: "missing_field" })),
    );
  }
  const head = headBranch(headField, site);
  const headSha = head === null ? undefined : site.state.branchSha(head);
  const baseSha = site.state.branchSha(base);
  if (!headSha || head === null) {
    return validationFailed("Validation Failed", [
      { resource: "PullRequest", field: "head", code: "invalid" },
    ]);
  }
  if (!baseSha) {
    return validationFailed("Validation Failed", [
      { resource: "PullRequest", field: "base", code: "invalid" },
    ]);
  }
  if (site.state.pulls.some((pull) => pull.state === "open" && pull.head === head && pull.base === base)) {
    return validationFailed("Validation Failed", [
      {
        resource: "PullRequest",
        code: "custom",
        message: `A pull request already exists for ${site.state.owner}:${head}.`,
      },
    ]);
  }
  if (site.state.git.isAncestor(headSha, baseSha)) {
    return validationFailed("Validation Failed", [
      { resource: "PullRequest", code: "custom", message: `No commits between ${base} and ${head}` },
    ]);
  }
  const now = site.state.now();
  const pull: PullRecord = {
    number: site.state.takeIssueNumber(),
    title,
    body: stringField(body, "body") ?? null,
    head,
    base,
    state: "open",
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    headSha,
    labels: [],
  };
  site.state.pulls.push(pull);
  const answer = pullRequest(site, pull, true);
  return { status: 201, body: answer, headers: { location: String(answer["url"]) } };
}

export function updatePull(request: FakeRequest, params: Record<string, string>, site: Site): Reply {
  const pull = site.state.pulls.find((candidate) => String(candidate.number) === params["pull_number"]);
  if (!pull) return notFound();
  const body = requestBodyObject(request);
  const state = stringField(body, "state");
  if (state !== undefined && state !== "open" && state !== "closed") {
    return validationFailed("Validation Failed", [
      { resource: "PullRequest", field: "state", code: "invalid" },
    ]);
  }
  const base = stringField(body, "base");
  if (base !== undefined && !site.state.branchSha(base)) {
    return validationFailed("Validation Failed", [
      { resource: "PullRequest", field: "base", code: "invalid" },
    ]);
  }
  const now = site.state.now();
  pull.title = stringField(body, "title") ?? pull.title;
  if ("body" in body) pull.body = stringField(body, "body") ?? null;
  pull.base = base ?? pull.base;
  if (state !== undefined && state !== pull.state) {
    pull.state = state;
    pull.closedAt = state === "closed" ? now : null;
  }
  pull.headSha = site.state.branchSha(pull.head) ?? pull.headSha;
  pull.updatedAt = now;
  return { status: 200, body: pullRequest(site, pull, true) };
}

export function addLabels(request: FakeRequest, params: Record<string, string>, site: Site): Reply {
  const pull = site.state.pulls.find((candidate) => String(candidate.number) === params["issue_number"]);
  if (!pull) return notFound();
  const raw = Array.isArray(request.body) ? request.body : requestBodyObject(request)["labels"];
  const names = Array.isArray(raw) ? raw.filter((name): name is string => typeof name === "string") : [];
  if (names.length === 0) {
    return validationFailed("Validation Failed", [
      { resource: "Label", field: "labels", code: "missing_field" },
    ]);
  }
  for (const name of names) if (!pull.labels.includes(name)) pull.labels.push(name);
  return { status: 200, body: pull.labels.map((name) => label(site, name)) };
}
