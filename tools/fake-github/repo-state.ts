// The fake repository: git objects and branches, plus the pull requests and labels GitHub keeps beside them.
import { GitStore, type Sha, type Signature } from "./git-store.js";

export interface PullRecord {
  number: number;
  title: string;
  body: string | null;
  /** Branch names in this repository. */
  head: string;
  base: string;
  state: "open" | "closed";
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  /** The head commit when the pull request was last opened or updated. */
  headSha: Sha;
  labels: string[];
}

export interface RepoFile {
  sha: Sha;
  content: string;
}

export const fakeCommitter = { name: "Fake GitHub", email: "fake-github@example.com" } as const;

export class FakeRepoState {
  readonly git = new GitStore();
  readonly pulls: PullRecord[] = [];
  private nextIssueNumber = 1;

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly defaultBranch: string,
    files: Record<string, string>,
    private readonly clock: () => Date,
  ) {
    const blobs = new Map<string, Sha>();
    for (const [path, content] of Object.entries(files)) blobs.set(path, this.git.writeBlob(content));
    const root = this.git.commitFiles(null, blobs, "Initial commit", this.signature());
    this.git.refs.set(`heads/${defaultBranch}`, root);
  }

  now(): Date {
    return this.clock();
  }

  signature(): Signature {
    return { ...fakeCommitter, date: this.clock() };
  }

  branches(): string[] {
    return [...this.git.refs.keys()].filter((ref) => ref.startsWith("heads/")).map((ref) => ref.slice(6));
  }

  branchSha(branch: string): Sha | undefined {
    return this.git.refs.get(`heads/${branch}`);
  }

  fileOn(branch: string, path: string): RepoFile | undefined {
    const head = this.branchSha(branch);
    const item = head ? this.git.itemAt(head, path) : undefined;
    const blob = item?.type === "blob" ? this.git.blob(item.sha) : undefined;
    return item && blob ? { sha: item.sha, content: blob.content.toString("utf8") } : undefined;
  }

  /** Commits one file onto a branch, as a push by someone else would (tests use it to make a sha stale). */
  commitFile(branch: string, path: string, content: string | Buffer, message = `Update ${path}`): Sha {
    const head = this.branchSha(branch);
    if (!head) throw new Error(`The fake repository has no branch ${branch}.`);
    const files = this.git.filesOf(head);
    files.set(path, this.git.writeBlob(content));
    const commit = this.git.commitFiles(head, files, message, this.signature());
    this.git.refs.set(`heads/${branch}`, commit);
    return commit;
  }

  /** Issue and pull request numbers share one sequence, as on GitHub. */
  takeIssueNumber(): number {
    return this.nextIssueNumber++;
  }

  /** How many commits are reachable from any branch. */
  commitCount(): number {
    const reachable = new Set<Sha>();
    for (const head of this.git.refs.values()) for (const sha of this.git.history(head)) reachable.add(sha);
    return reachable.size;
  }
}
