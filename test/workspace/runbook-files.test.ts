import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { NotFoundError, UserInputError } from "../../src/lib/errors.js";
import { gitBlobSha } from "../../src/sources/workspace/git-blob-sha.js";
import { WorkspaceRunbookSource } from "../../src/sources/workspace/runbook-files.js";
import { checkRunbookPath } from "../../src/sources/workspace/runbook-paths.js";

const FIXTURE = new URL("../fixtures/workspace-small", import.meta.url).pathname;
const temporaryDirs: string[] = [];
afterAll(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

function temporaryDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "runbooks-"));
  temporaryDirs.push(dir);
  return dir;
}

const fixture = new WorkspaceRunbookSource(FIXTURE, "runbooks");

describe("WorkspaceRunbookSource.diffRoot", () => {
  it("is the runbook folder from the workspace root, so a diff applies from there", () => {
    const workspace = temporaryDir();
    expect(new WorkspaceRunbookSource(workspace, "runbooks").diffRoot).toBe("runbooks");
    expect(new WorkspaceRunbookSource(workspace, "./docs/runbooks/").diffRoot).toBe("docs/runbooks");
    expect(new WorkspaceRunbookSource(workspace, ".").diffRoot).toBe("");
    // A folder outside the workspace has no path from its root: paths stay relative to the folder.
    expect(new WorkspaceRunbookSource(workspace, "../elsewhere").diffRoot).toBe("");
  });
});

describe("gitBlobSha", () => {
  it("equals git's own blob hash", () => {
    // `git hash-object` of "hello\n" is a well-known value.
    expect(gitBlobSha("hello\n")).toBe("ce013625030ba8dba906f756967f9e9ca394464a");
    expect(gitBlobSha("")).toBe("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
    // Multi-byte characters count in bytes, not characters.
    const text = "Müller ✓\n";
    const git = execFileSync("git", ["hash-object", "--stdin"], { input: text }).toString().trim();
    expect(gitBlobSha(text)).toBe(git);
  });
});

describe("listRunbooks and readRunbook", () => {
  it("lists the Markdown files under the runbook folder, nested ones with forward slashes", async () => {
    const list = await fixture.listRunbooks();
    expect(list.map((r) => r.path)).toEqual(["db/ledger-postgres.md", "payments-api.md"]);
    const content = readFileSync(join(FIXTURE, "runbooks/payments-api.md"), "utf8");
    expect(list[1]!.version).toBe(gitBlobSha(content));
  });

  it("reads a runbook with its content and version", async () => {
    const runbook = await fixture.readRunbook("db/ledger-postgres.md");
    expect(runbook.path).toBe("db/ledger-postgres.md");
    expect(runbook.content.startsWith("# Ledger Postgres\n")).toBe(true);
    expect(runbook.version).toBe(gitBlobSha(runbook.content));
  });

  it("says how to find the paths when there is no such runbook", async () => {
    const missing = fixture.readRunbook("nope.md");
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing).rejects.toThrow(
      "No runbook nope.md under the runbook folder; list_runbooks shows the paths.",
    );
    await expect(fixture.readRunbook("db.md")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("has no runbooks when the folder does not exist", async () => {
    const empty = new WorkspaceRunbookSource(temporaryDir(), "runbooks");
    expect(await empty.listRunbooks()).toEqual([]);
    await expect(empty.readRunbook("a.md")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("path refusal", () => {
  it.each([
    ["../team.yaml.md", 'goes up with ".."'],
    ["db/../../x.md", 'goes up with ".."'],
    ["/etc/passwd.md", "is absolute"],
    ["C:/x.md", "is absolute"],
    ["db\\ledger-postgres.md", "contains a backslash"],
    ["db%2Fledger-postgres.md", "is percent-encoded"],
    ["%2e%2e/x.md", "is percent-encoded"],
    ["db//ledger-postgres.md", "has an empty or '.' segment"],
    ["./payments-api.md", "has an empty or '.' segment"],
    ["payments-api.txt", "does not end in .md"],
    ["", "is empty"],
    ["a\u0000.md", "contains control characters"],
  ])("refuses %j", async (path, why) => {
    expect(() => checkRunbookPath(path)).toThrow(UserInputError);
    await expect(fixture.readRunbook(path)).rejects.toThrow(`Runbook path "${path}" ${why}; `);
  });

  it("accepts ordinary nested paths", () => {
    expect(checkRunbookPath("db/ledger-postgres.md")).toBe("db/ledger-postgres.md");
  });

  it("refuses a symbolic link that leads outside the folder, and skips it when listing", async () => {
    const workspace = temporaryDir();
    cpSync(join(FIXTURE, "runbooks"), join(workspace, "runbooks"), { recursive: true });
    writeFileSync(join(workspace, "secret.md"), "not a runbook");
    mkdirSync(join(workspace, "outside"));
    writeFileSync(join(workspace, "outside/other.md"), "also not");
    symlinkSync(join(workspace, "secret.md"), join(workspace, "runbooks/escape.md"));
    symlinkSync(join(workspace, "outside"), join(workspace, "runbooks/linked-dir"));
    symlinkSync(join(workspace, "runbooks/payments-api.md"), join(workspace, "runbooks/alias.md"));
    const source = new WorkspaceRunbookSource(workspace, "runbooks");

    await expect(source.readRunbook("escape.md")).rejects.toThrow(
      'Runbook path "escape.md" leads outside the runbook folder through a symbolic link; give a path to a file inside it.',
    );
    await expect(source.readRunbook("linked-dir/other.md")).rejects.toBeInstanceOf(UserInputError);
    expect((await source.readRunbook("alias.md")).content).toBe(
      readFileSync(join(workspace, "runbooks/payments-api.md"), "utf8"),
    );
    expect((await source.listRunbooks()).map((r) => r.path)).toEqual([
      "alias.md",
      "db/ledger-postgres.md",
      "payments-api.md",
    ]);
    await expect(source.writeRunbook("escape.md", "overwritten")).rejects.toBeInstanceOf(UserInputError);
    await expect(source.writeRunbook("linked-dir/new.md", "x")).rejects.toBeInstanceOf(UserInputError);
    expect(readFileSync(join(workspace, "secret.md"), "utf8")).toBe("not a runbook");
  });
});

describe("writeRunbook", () => {
  it("creates folders, writes the file and returns the new version", async () => {
    const workspace = temporaryDir();
    const source = new WorkspaceRunbookSource(workspace, "runbooks");
    const written = await source.writeRunbook("db/redis.md", "# Redis\n");
    expect(written).toEqual({ path: "db/redis.md", content: "# Redis\n", version: gitBlobSha("# Redis\n") });
    expect(await source.readRunbook("db/redis.md")).toEqual(written);
    await source.writeRunbook("db/redis.md", "# Redis\n\nUpdated.\n");
    expect(readFileSync(join(workspace, "runbooks/db/redis.md"), "utf8")).toBe("# Redis\n\nUpdated.\n");
  });

  it("refuses the same paths as reading", async () => {
    const source = new WorkspaceRunbookSource(temporaryDir(), "runbooks");
    await expect(source.writeRunbook("../x.md", "x")).rejects.toThrow('goes up with ".."');
  });
});
