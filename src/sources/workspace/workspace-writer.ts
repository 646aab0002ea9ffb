// Every write to the workspace goes through here, so two server processes (Claude Desktop and Claude Code on one
// folder) or many HTTP sessions never lose or tear each other's writes:
// - resolveWritePath: the path is followed through symbolic links and must stay inside its root (one rule for
//   every kind of file: a link whose target is inside is written through, one that leads outside is refused);
// - withFileLocks: a read-modify-write holds a lock per file, in this process (a queue) and across processes
//   (proper-lockfile: a lock folder beside the file, refreshed while held, stale when its holder died);
// - writeFileAtomically: a uniquely named temporary file, flushed to disk, then renamed over the file.
import { randomBytes } from "node:crypto";
import { lstat, open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import lockfile from "proper-lockfile";
import { UserInputError, WorkspaceError } from "../../lib/errors.js";

/** How long a write waits for another writer of the same file before it gives up with a sentence. */
export const LOCK_WAIT_MS = 10_000;
/** A lock not refreshed for this long belongs to a process that died (kill -9) and is taken over. */
const LOCK_STALE_MS = 5_000;

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR";
}

export function isInside(realRoot: string, target: string): boolean {
  return target === realRoot || target.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
}

/**
 * The real absolute path that writing `file` (relative to `root`) would change: links followed, the file itself
 * when it exists, else the nearest folder on the way. Refused with a sentence when that leads outside `root`.
 */
export async function resolveWritePath(
  root: string,
  file: string,
  rootName = "the workspace",
): Promise<string> {
  const realRoot = await realpath(root);
  const full = join(realRoot, file);
  const refuse = (): never => {
    throw new UserInputError(
      `${file} leads outside ${rootName} through a symbolic link, so it is not written; replace the link with the file itself or point it at a file inside ${rootName}.`,
    );
  };
  if (!isInside(realRoot, full)) refuse();
  const link = await lstat(full).catch(() => null);
  if (link) {
    const target = await realpath(full).catch(() => null);
    if (!target || !isInside(realRoot, target)) refuse();
    return target!;
  }
  // The file does not exist yet: the folders on the way must resolve inside, and the name is kept.
  let existing = dirname(full);
  const rest = [basename(full)];
  for (;;) {
    const real = await realpath(existing).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });
    if (real !== null) {
      if (!isInside(realRoot, real)) refuse();
      return join(real, ...rest);
    }
    const info = await lstat(existing).catch(() => null);
    // A dangling link on the way cannot be followed: refuse rather than create somewhere unknown.
    if (info?.isSymbolicLink()) refuse();
    // Another writer created the folder meanwhile: resolve it again.
    if (info) continue;
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
}

/** Writes beside, flushes, renames: a reader never sees half a file, and a crash leaves the old or the new one. */
export async function writeFileAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const mode = await stat(path).then(
    (info) => info.mode & 0o777,
    () => 0o644,
  );
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    const handle = await open(temporary, "wx", mode);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writers of each file in this process, one after another (the lock folder is for other processes). */
const queues = new Map<string, Promise<unknown>>();

function queued<T>(path: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(path) ?? Promise.resolve();
  const run = previous.catch(() => {}).then(task);
  const settled = run.catch(() => {});
  queues.set(path, settled);
  void settled.then(() => {
    if (queues.get(path) === settled) queues.delete(path);
  });
  return run;
}

export interface LockOptions {
  signal?: AbortSignal | undefined;
  /** How to name the file in a sentence; defaults to the path. */
  describe?: (path: string) => string;
  waitMs?: number;
}

/**
 * Runs `task` holding the lock of every path (real absolute paths from resolveWritePath), taken in sorted order so
 * two writers of the same files never wait on each other. A lock not free within the wait is a sentence.
 */
export async function withFileLocks<T>(
  paths: readonly string[],
  task: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const sorted = [...new Set(paths)].sort();
  const hold = (index: number): Promise<T> => {
    if (index === sorted.length) return task();
    const path = sorted[index]!;
    return queued(path, async () => {
      const release = await acquire(path, options);
      try {
        return await hold(index + 1);
      } finally {
        await release().catch(() => {});
      }
    });
  };
  return hold(0);
}

async function acquire(path: string, options: LockOptions): Promise<() => Promise<void>> {
  const deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS);
  const lockPath = join(dirname(path), `.${basename(path)}.lock`);
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      return await lockfile.lock(path, {
        realpath: false,
        lockfilePath: lockPath,
        stale: LOCK_STALE_MS,
        retries: 0,
        // The default throws from a timer and ends the process; a lost lock is reported, the write goes on.
        onCompromised: (error) =>
          process.stderr.write(`oncall-mentor-mcp: lock on ${path} lost: ${error.message}\n`),
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    }
    if (Date.now() >= deadline) {
      const name = options.describe?.(path) ?? path;
      throw new WorkspaceError(
        `${name} is being written by another call or another server process on this workspace, and it stayed locked for ${((options.waitMs ?? LOCK_WAIT_MS) / 1000).toLocaleString("en", { maximumFractionDigits: 1 })} s; try again in a moment (if no server is running, delete ${relative(dirname(path), lockPath)} beside it).`,
      );
    }
    await sleep(5 + Math.random() * 20);
  }
}
