// The write lock: a lock left by a process that died (kill -9) is taken over; a lock someone holds makes a write
// wait and then give up with a sentence, writing nothing; temporary files never collide or stay behind.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WorkspaceError } from "../../src/lib/errors.js";
import { withFileLocks, writeFileAtomically } from "../../src/sources/workspace/workspace-writer.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "workspace-writer-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("withFileLocks", () => {
  it("takes over a lock whose holder stopped refreshing it long ago", async () => {
    const file = join(dir, "team.yaml");
    writeFileSync(file, "old\n");
    const lock = join(dir, ".team.yaml.lock");
    mkdirSync(lock);
    utimesSync(lock, new Date(0), new Date(0));
    await withFileLocks([file], () => writeFileAtomically(file, "new\n"), { waitMs: 2_000 });
    expect(readFileSync(file, "utf8")).toBe("new\n");
    expect(readdirSync(dir)).toEqual(["team.yaml"]);
  });

  it("queues writers in one process; gives up on another process's lock with a sentence, running nothing", async () => {
    const file = join(dir, "team.yaml");
    writeFileSync(file, "old\n");
    let ran = false;
    // The first writer holds the lock for longer than the second waits.
    let release = () => {};
    const holding = withFileLocks([file], () => new Promise<void>((resolve) => (release = resolve)));
    const waiting = withFileLocks(
      [file],
      async () => {
        ran = true;
      },
      { waitMs: 300, describe: () => "team.yaml" },
    );
    // Another process's lock is a fresh lock folder: it blocks until the wait runs out.
    const other = join(dir, "other.yaml");
    writeFileSync(other, "x\n");
    const lock = join(dir, ".other.yaml.lock");
    mkdirSync(lock);
    // Fresh by this process's clock: the file system stamps the kernel's time, which a run under faketime does not move.
    utimesSync(lock, new Date(), new Date());
    let ranBlocked = false;
    const blocked = async () => {
      ranBlocked = true;
    };
    await expect(
      withFileLocks([other], blocked, { waitMs: 300, describe: () => "other.yaml" }),
    ).rejects.toThrow(
      new WorkspaceError(
        "other.yaml is being written by another call or another server process on this workspace, and it stayed locked for 0.3 s; try again in a moment (if no server is running, delete .other.yaml.lock beside it).",
      ),
    );
    expect(ranBlocked).toBe(false);
    expect(ran).toBe(false);
    release();
    await holding;
    await waiting;
    expect(ran).toBe(true);
  });
});

describe("writeFileAtomically", () => {
  it("gives concurrent writes of one file their own temporary files and leaves none behind", async () => {
    const file = join(dir, "x.json");
    const texts = Array.from({ length: 40 }, (_, i) => `${"x".repeat(10_000)}${i}\n`);
    await Promise.all(texts.map((text) => writeFileAtomically(file, text)));
    expect(texts).toContain(readFileSync(file, "utf8"));
    expect(readdirSync(dir)).toEqual(["x.json"]);
  });
});
