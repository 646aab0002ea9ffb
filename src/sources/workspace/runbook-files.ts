// RunbookSource over <workspace>/<runbookDir>/**/*.md. Every path a caller gives is checked, and the file it
// resolves to (symbolic links followed) must still be inside the runbook folder.
import { mkdir, readdir, readFile, realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { NotFoundError, StaleVersionError, UserInputError } from "../../lib/errors.js";
import { FILE_READ_CONCURRENCY, mapBounded } from "../../lib/map-bounded.js";
import type { RunbookFile } from "../../model.js";
import type {
  FetchContext,
  RunbookEntry,
  RunbookProposal,
  RunbookProposalResult,
  RunbookSource,
} from "../../ports/sources.js";
import { gitBlobSha } from "./git-blob-sha.js";
import { checkRunbookPath } from "./runbook-paths.js";
import { isInside, resolveWritePath, withFileLocks, writeFileAtomically } from "./workspace-writer.js";

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR";
}

/** A runbook is read whole and drafted against in memory; anything larger than this is not a runbook. */
export const MAX_RUNBOOK_BYTES = 2 * 1024 * 1024;

export class WorkspaceRunbookSource implements RunbookSource {
  /** Absolute runbook folder, as configured (not yet resolved through links). */
  readonly root: string;
  readonly proposalMode = "workspace" as const;
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
    return isInside(realRoot, target);
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
    return mapBounded(paths, FILE_READ_CONCURRENCY, async (path) => ({
      path,
      version: gitBlobSha(await readFile(join(realRoot, path))),
    }));
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

  /**
   * In a workspace a proposal is the file itself: written when it still is the version the draft was made from.
   * The check and the write happen under the file's lock, so of two proposals drafted from one version only the
   * first is written and the second is told to draft again, in this process or another.
   */
  async proposeChange(proposal: RunbookProposal, ctx?: FetchContext): Promise<RunbookProposalResult> {
    return this.underLock(
      proposal.path,
      async (destination) => {
        const current = await this.readRunbook(proposal.path, ctx).catch((error: unknown) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        });
        if ((current?.version ?? null) !== proposal.baseVersion && current?.content !== proposal.content) {
          throw new StaleVersionError(
            `Runbook ${proposal.path} changed since it was drafted (version ${proposal.baseVersion?.slice(0, 7) ?? "none"}, now ${current?.version.slice(0, 7) ?? "none"}); draft it again.`,
          );
        }
        ctx?.signal?.throwIfAborted();
        if (current?.content !== proposal.content) await writeFileAtomically(destination, proposal.content);
        return {
          mode: "workspace" as const,
          path: proposal.path,
          branch: null,
          pullRequest: null,
          updated: current !== null,
        };
      },
      ctx?.signal,
    );
  }

  /** Creates or replaces a runbook; parent folders are created. */
  async writeRunbook(path: string, content: string): Promise<RunbookFile> {
    await this.underLock(path, (destination) => writeFileAtomically(destination, content));
    return { path, content, version: gitBlobSha(content) };
  }

  /** Runs `task` with the file a write to `path` changes (links inside the folder followed), holding its lock. */
  private async underLock<T>(
    path: string,
    task: (destination: string) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    checkRunbookPath(path);
    await mkdir(this.root, { recursive: true });
    const destination = await resolveWritePath(this.root, path, "the runbook folder");
    await mkdir(dirname(destination), { recursive: true });
    return withFileLocks([destination], () => task(destination), {
      signal,
      describe: () => `Runbook ${path}`,
    });
  }
}
