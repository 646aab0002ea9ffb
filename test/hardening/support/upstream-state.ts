// What the fakes hold after writes, without the ids and times that differ between runs: branches with their files
// (content shas), pull requests, notes, schedules and overrides. Two runs that did the same work compare equal.
import type { FakeGitHub } from "../../../tools/fake-github/server.js";
import type { FakePagerDuty } from "../../../tools/fake-pagerduty/server.js";

export function gitHubFingerprint(fake: FakeGitHub): unknown {
  const { state } = fake;
  const branches = Object.fromEntries(
    state
      .branches()
      .sort()
      .map((branch) => [branch, Object.fromEntries([...state.git.filesOf(state.branchSha(branch)!)].sort())]),
  );
  const pulls = state.pulls
    .map((pull) => ({ head: pull.head, base: pull.base, state: pull.state, title: pull.title }))
    .sort((a, b) => a.head.localeCompare(b.head));
  return { branches, pulls };
}

export function pagerDutyFingerprint(fake: FakePagerDuty): unknown {
  const notes = Object.fromEntries(
    [...fake.state.incidents.values()]
      .map((record) => [record.id, record.notes.map((note) => String(note["content"] ?? ""))] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const schedules = [...fake.state.schedules.values()]
    .map((schedule) => ({
      name: String(schedule.object["name"] ?? ""),
      overrides: schedule.overrides
        .map((override) => `${String(override["start"])}..${String(override["end"])}`)
        .sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { notes, schedules };
}

/** Requests that would change the default branch: a commit onto it, or moving its ref. */
export function defaultBranchWrites(fake: FakeGitHub): string[] {
  const main = fake.state.defaultBranch;
  return fake.requests
    .filter((request) => {
      if (request.method === "GET") return false;
      const body = (request.body ?? {}) as { branch?: unknown; ref?: unknown };
      if (/\/contents\//.test(request.path) && request.method === "PUT")
        return body.branch === undefined || body.branch === main;
      if (/\/git\/refs/.test(request.path))
        return (
          decodeURIComponent(request.path).endsWith(`heads/${main}`) || body.ref === `refs/heads/${main}`
        );
      return false;
    })
    .map((request) => `${request.method} ${request.path}`);
}
