// An in-memory git object store with real git object ids, so shas seen through the fake behave like GitHub's.
import { createHash } from "node:crypto";

export type Sha = string;

export interface Signature {
  name: string;
  email: string;
  date: Date;
}

export interface BlobObject {
  type: "blob";
  content: Buffer;
}

export interface TreeEntry {
  name: string;
  type: "blob" | "tree";
  sha: Sha;
}

export interface TreeObject {
  type: "tree";
  entries: TreeEntry[];
}

export interface CommitObject {
  type: "commit";
  tree: Sha;
  parents: Sha[];
  message: string;
  author: Signature;
  committer: Signature;
}

export type GitObject = BlobObject | TreeObject | CommitObject;

/** One file or folder of a tree, flattened to its full path. */
export interface TreeItem {
  path: string;
  type: "blob" | "tree";
  sha: Sha;
  size: number | null;
}

function hashObject(kind: string, body: Buffer): Sha {
  return createHash("sha1")
    .update(Buffer.concat([Buffer.from(`${kind} ${body.length}\0`), body]))
    .digest("hex");
}

/** The id git gives a file's content: sha1("blob <length>\0<content>"). */
export function gitBlobSha(content: string | Buffer): Sha {
  return hashObject("blob", typeof content === "string" ? Buffer.from(content, "utf8") : content);
}

function formatSignature(who: Signature): string {
  return `${who.name} <${who.email}> ${Math.floor(who.date.getTime() / 1000)} +0000`;
}

// git sorts tree entries by name, comparing a folder as if its name ended in "/".
function treeOrder(a: TreeEntry, b: TreeEntry): number {
  const left = a.type === "tree" ? `${a.name}/` : a.name;
  const right = b.type === "tree" ? `${b.name}/` : b.name;
  return left < right ? -1 : left > right ? 1 : 0;
}

export class GitStore {
  readonly objects = new Map<Sha, GitObject>();
  /** "heads/main" → commit sha. */
  readonly refs = new Map<string, Sha>();

  writeBlob(content: string | Buffer): Sha {
    const body = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const sha = hashObject("blob", body);
    this.objects.set(sha, { type: "blob", content: body });
    return sha;
  }

  /** Writes the nested trees for a flat path → blob sha map and returns the root tree's sha. */
  writeTree(files: ReadonlyMap<string, Sha>): Sha {
    const filesHere = new Map<string, Sha>();
    const folders = new Map<string, Map<string, Sha>>();
    for (const [path, sha] of files) {
      const slash = path.indexOf("/");
      if (slash < 0) {
        filesHere.set(path, sha);
        continue;
      }
      const folder = path.slice(0, slash);
      const inner = folders.get(folder) ?? new Map<string, Sha>();
      inner.set(path.slice(slash + 1), sha);
      folders.set(folder, inner);
    }
    const entries: TreeEntry[] = [
      ...[...filesHere].map(([name, sha]): TreeEntry => ({ name, type: "blob", sha })),
      ...[...folders].map(([name, inner]): TreeEntry => ({ name, type: "tree", sha: this.writeTree(inner) })),
    ].sort(treeOrder);
    const body = Buffer.concat(
      entries.map((entry) =>
        Buffer.concat([
          Buffer.from(`${entry.type === "tree" ? "40000" : "100644"} ${entry.name}\0`),
          Buffer.from(entry.sha, "hex"),
        ]),
      ),
    );
    const sha = hashObject("tree", body);
    this.objects.set(sha, { type: "tree", entries });
    return sha;
  }

  writeCommit(commit: Omit<CommitObject, "type">): Sha {
    const lines = [
      `tree ${commit.tree}`,
      ...commit.parents.map((parent) => `parent ${parent}`),
      `author ${formatSignature(commit.author)}`,
      `committer ${formatSignature(commit.committer)}`,
      "",
      commit.message,
    ];
    const sha = hashObject("commit", Buffer.from(lines.join("\n"), "utf8"));
    this.objects.set(sha, { type: "commit", ...commit });
    return sha;
  }

  blob(sha: Sha): BlobObject | undefined {
    const object = this.objects.get(sha);
    return object?.type === "blob" ? object : undefined;
  }

  tree(sha: Sha): TreeObject | undefined {
    const object = this.objects.get(sha);
    return object?.type === "tree" ? object : undefined;
  }

  commit(sha: Sha): CommitObject | undefined {
    const object = this.objects.get(sha);
    return object?.type === "commit" ? object : undefined;
  }

  /** A branch name ("main", "heads/main", "refs/heads/main") or a commit sha → the commit sha. */
  resolveCommit(refOrSha: string): Sha | undefined {
    const name = refOrSha.replace(/^refs\//, "").replace(/^heads\//, "");
    const fromRef = this.refs.get(`heads/${name}`);
    if (fromRef) return fromRef;
    return this.commit(refOrSha) ? refOrSha : undefined;
  }

  /** Every file and folder under a tree, depth first, in git's order. */
  listTree(treeSha: Sha, recursive: boolean, prefix = ""): TreeItem[] {
    const tree = this.tree(treeSha);
    if (!tree) return [];
    const items: TreeItem[] = [];
    for (const entry of tree.entries) {
      const path = prefix + entry.name;
      const size = entry.type === "blob" ? (this.blob(entry.sha)?.content.length ?? 0) : null;
      items.push({ path, type: entry.type, sha: entry.sha, size });
      if (recursive && entry.type === "tree") items.push(...this.listTree(entry.sha, true, `${path}/`));
    }
    return items;
  }

  /** The files of a commit as path → blob sha. */
  filesOf(commitSha: Sha): Map<string, Sha> {
    const commit = this.commit(commitSha);
    const files = new Map<string, Sha>();
    if (!commit) return files;
    for (const item of this.listTree(commit.tree, true)) {
      if (item.type === "blob") files.set(item.path, item.sha);
    }
    return files;
  }

  /** The tree item at a path of a commit ("" is the root tree). */
  itemAt(commitSha: Sha, path: string): TreeItem | undefined {
    const commit = this.commit(commitSha);
    if (!commit) return undefined;
    if (path === "") return { path: "", type: "tree", sha: commit.tree, size: null };
    return this.listTree(commit.tree, true).find((item) => item.path === path);
  }

  /** Commits a new version of the whole file map on top of `parent`. */
  commitFiles(parent: Sha | null, files: ReadonlyMap<string, Sha>, message: string, who: Signature): Sha {
    return this.writeCommit({
      tree: this.writeTree(files),
      parents: parent ? [parent] : [],
      message,
      author: who,
      committer: who,
    });
  }

  /** First-parent history from a commit, newest first. */
  history(commitSha: Sha): Sha[] {
    const shas: Sha[] = [];
    for (let sha: Sha | undefined = commitSha; sha; sha = this.commit(sha)?.parents[0]) shas.push(sha);
    return shas;
  }

  isAncestor(ancestor: Sha, descendant: Sha): boolean {
    const seen = new Set<Sha>();
    const queue = [descendant];
    while (queue.length > 0) {
      const sha = queue.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commit(sha)?.parents ?? []));
    }
    return false;
  }
}
