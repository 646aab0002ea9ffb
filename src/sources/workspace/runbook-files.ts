// RunbookSource over <workspace>/<runbookDir>/**/*.md. Every path a caller gives is checked, and the file it
// resolves to (symbolic links followed) must still be inside the runbook folder.
import { lstat, mkdir, readdir, readFile, realpath, rename, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { NotFoundError, StaleVersionError, UserInputError } from "../../lib/errors.js";
import type { RunbookFile } from "../../model.js";
import type {
  FetchContext,
  RunbookEntry,
  RunbookProposal,
  RunbookProposalResult,
  RunbookSource,
} from "../ports.js";
import { gitBlobSha } from "./git-blob-sha.js";
import { checkRunbookPath } from "./runbook-paths.js";

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR";
}

/** A runbook is read whole and drafted against in memory; anything larger than this is not a runbook. */
export const MAX_RUNBOOK_BYTES = 2 * 1024 * 1024;

export class WorkspaceRunbookSource implements RunbookSource {
  readonly kind = "workspace" as const;
  /** Absolute runbook folder, as configured (not yet resolved through links). */
  readonly root: string;
  readonly diffRoot: string;

  constructor(workspaceDir: string, runbookDir: string) {
    this.root = resolve(workspaceDir, runbookDir);
    const fromWorkspace = relative(resolve(workspaceDir), this.root).split(sep).join("/");
    // A runbook folder outside the workspace has no path from its root: the diff is then relative to the folder.
    this.diffRoot = fromWorkspace.startsWith("..") || isAbsolute(fromWorkspace) ? "" : fromWorkspace;
  }

  private async realRoot(): Promise<string | null> {
    try {
      return await realpath(this.root);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  private isInside(realRoot: string, target: string): boolean {
    return target === realRoot || target.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
  }

  private refuseOutside(path: string): never {
    throw new UserInputError(
      `Runbook path "${path}" leads outside the runbook folder through a symbolic link; give a path to a file inside it.`,
    );
  }

  async listRunbooks(ctx?: FetchContext): Promise<RunbookEntry[]> {
    ctx?.signal?.throwIfAborted();
    const realRoot = await this.realRoot();
    if (!realRoot) return [];
    const paths = await this.walk(realRoot, realRoot, "");
    paths.sort();
    return Promise.all(
      paths.map(async (path) => ({ path, version: gitBlobSha(await readFile(join(realRoot, path))) })),
    );
  }

  /** Markdown files under `dir`, as forward-slash paths; hidden entries and links leading out are skipped. */
  private async walk(realRoot: string, dir: string, prefix: string): Promise<string[]> {
    const found: string[] = [];
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = prefix + entry.name;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        found.push(...(await this.walk(realRoot, full, `${path}/`)));
      } else if (entry.isFile() && entry.name.endsWith(".md")) {
        found.push(path);
      } else if (entry.isSymbolicLink() && entry.name.endsWith(".md")) {
        // Linked files count when they stay inside the folder; linked folders are not followed (no cycles).
        const target = await realpath(full).catch(() => null);
        if (target && this.isInside(realRoot, target) && (await stat(target)).isFile()) found.push(path);
      }
    }
    return found;
  }

  async readRunbook(path: string, ctx?: FetchContext): Promise<RunbookFile> {
    ctx?.signal?.throwIfAborted();
    checkRunbookPath(path);
    const notFound = () =>
      new NotFoundError(`No runbook ${path} under the runbook folder; list_runbooks shows the paths.`);
    const realRoot = await this.realRoot();
    if (!realRoot) throw notFound();
    let target: string;
    try {
      target = await realpath(join(realRoot, path));
    } catch (error) {
      if (isMissing(error)) throw notFound();
      throw error;
    }
    if (!this.isInside(realRoot, target)) this.refuseOutside(path);
    const info = await stat(target);
    if (!info.isFile()) throw notFound();
    if (info.size > MAX_RUNBOOK_BYTES) {
      throw new UserInputError(
        `Runbook ${path} is ${(info.size / 1024 / 1024).toFixed(1)} MB; runbooks over ${MAX_RUNBOOK_BYTES / 1024 / 1024} MB are not read, so split it into smaller runbooks.`,
      );
    }
    const bytes = await readFile(target);
    return { path, content: bytes.toString("utf8"), version: gitBlobSha(bytes) };
  }

  /** In a workspace a proposal is the file itself: written when it still is the version the draft was made from. */
  async proposeChange(proposal: RunbookProposal, ctx?: FetchContext): Promise<RunbookProposalResult> {
    const current = await this.readRunbook(proposal.path, ctx).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    if ((current?.version ?? null) !== proposal.baseVersion && current?.content !== proposal.content) {
      throw new StaleVersionError(
        `Runbook ${proposal.path} changed since it was drafted (version ${proposal.baseVersion?.slice(0, 7) ?? "none"}, now ${current?.version.slice(0, 7) ?? "none"}); draft it again.`,
      );
    }
    if (current?.content !== proposal.content) await this.writeRunbook(proposal.path, proposal.content);
    return {
      mode: "workspace",
      path: proposal.path,
      branch: null,
      pullRequest: null,
      updated: current !== null,
    };
  }

  /** Creates or replaces a runbook; parent folders are created. */
  async writeRunbook(path: string, content: string): Promise<RunbookFile> {
    checkRunbookPath(path);
    await mkdir(this.root, { recursive: true });
    const realRoot = (await this.realRoot())!;
    const full = join(realRoot, path);
    // Whatever already exists on the way (a folder or the file itself) must resolve inside the root.
    const existing = await this.nearestExisting(full);
    if (!this.isInside(realRoot, await realpath(existing))) this.refuseOutside(path);
    let destination = full;
    if ((await lstat(full).catch(() => null))?.isSymbolicLink()) {
      // Write through a link inside the folder (to its target); refuse one that leads out or nowhere.
      const target = await realpath(full).catch(() => null);
      if (!target || !this.isInside(realRoot, target)) this.refuseOutside(path);
      destination = target;
    }
    await mkdir(dirname(destination), { recursive: true });
    const temporary = `${destination}.${process.pid}.tmp`;
    await writeFile(temporary, content, "utf8");
    await rename(temporary, destination);
    return { path, content, version: gitBlobSha(content) };
  }

  private async nearestExisting(full: string): Promise<string> {
    let current = full;
    while (true) {
      try {
        await stat(current);
        return current;
      } catch (error) {
        if (!isMissing(error)) throw error;
        const parent = dirname(current);
        if (parent === current) return current;
        current = parent;
      }
    }
  }
}
