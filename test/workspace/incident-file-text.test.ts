// Notes are added to an incident file by inserting text: every byte that was there stays, including what a
// JSON round trip would change (integers past 2^53, "1.10", duplicate keys), in every layout the file may have.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diffChars } from "diff";
import { afterEach, describe, expect, it } from "vitest";
import { WorkspaceError } from "../../src/lib/errors.js";
import { insertIntoIncidentText } from "../../src/sources/workspace/incident-file-text.js";
import { appendToIncidentFile } from "../../src/sources/workspace/incident-files.js";
import { DEMO_WORKSPACE } from "../helpers/paths.js";

const NOTE = {
  id: "NNEW",
  content: "Rolled back; latency back under 300 ms.",
  created_at: "2026-11-24T12:00:00Z",
};
const ENTRY = { id: "RNEW", type: "annotate_log_entry", created_at: "2026-11-24T12:00:00Z" };

/** The parts of `after` that are not in `before`; fails when anything of `before` is gone. */
function insertions(before: string, after: string): string[] {
  const parts = diffChars(before, after);
  expect(parts.filter((part) => part.removed).map((part) => part.value)).toEqual([]);
  return parts.filter((part) => part.added).map((part) => part.value);
}

const PRETTY = `{
  "incident": { "id": "Q1", "incident_number": 7 },
  "log_entries": [
    {
      "id": "R1",
      "ratio": 1.10
    }
  ],
  "alerts": [{ "body": { "event_id": 7366389516289485837 } }],
  "notes": []
}
`;

describe("insertIntoIncidentText", () => {
  it("keeps big integers, 1.10 and every other byte; the additions parse as the items given", () => {
    const after = insertIntoIncidentText(PRETTY, { notes: [NOTE], log_entries: [ENTRY] }, "incidents/x.json");
    const added = insertions(PRETTY, after);
    expect(added.length).toBeGreaterThan(0);
    expect(after).toContain("7366389516289485837");
    expect(after).toContain('"ratio": 1.10');
    const json = JSON.parse(after);
    expect(json.notes).toEqual([NOTE]);
    expect(json.log_entries.at(-1)).toEqual(ENTRY);
    // Laid out like its neighbours: the new log entry's id is indented like the old one's.
    expect(after).toContain('\n    {\n      "id": "RNEW",');
  });

  it("adds to the last of duplicate keys, the one a reader sees, and keeps the first", () => {
    const text = '{"incident":{"id":"Q1"},"notes":[{"id":"OLD"}],"notes":[{"id":"SEEN"}]}';
    const after = insertIntoIncidentText(text, { notes: [NOTE] }, "incidents/x.json");
    insertions(text, after);
    expect(after).toContain('"notes":[{"id":"OLD"}]');
    expect(JSON.parse(after).notes.map((n: { id: string }) => n.id)).toEqual(["SEEN", "NNEW"]);
    // One line stays one line.
    expect(after).not.toContain("\n");
  });

  it("adds a missing list as the last member, in the file's indentation and line ends", () => {
    const text = '{\r\n\t"incident": {\r\n\t\t"id": "Q1"\r\n\t}\r\n}\r\n';
    const after = insertIntoIncidentText(text, { notes: [NOTE] }, "incidents/x.json");
    insertions(text, after);
    expect(after).toContain('\t"notes": [\r\n\t\t{\r\n\t\t\t"id": "NNEW",');
    expect(after.replaceAll("\r\n", "")).not.toContain("\n");
    expect(JSON.parse(after).notes).toEqual([NOTE]);
  });

  it("refuses, with a sentence naming the file, a list that is not a list", () => {
    const text = '{"incident":{"id":"Q1"},"notes":{"id":"N"}}';
    expect(() => insertIntoIncidentText(text, { notes: [NOTE] }, "incidents/x.json")).toThrow(
      new WorkspaceError("incidents/x.json: notes is not a list; make it a list before adding to it."),
    );
  });
});

describe("appendToIncidentFile", () => {
  let dir = "";
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("changes a demo incident file only by the inserted bytes", async () => {
    dir = mkdtempSync(join(tmpdir(), "incident-text-"));
    cpSync(DEMO_WORKSPACE, dir, { recursive: true });
    const file = "incidents/1202-payments-api-crashloop.json";
    const before = readFileSync(join(dir, file), "utf8");
    await appendToIncidentFile(dir, file, { notes: [NOTE], log_entries: [ENTRY] });
    const after = readFileSync(join(dir, file), "utf8");
    const added = insertions(before, after).join("");
    expect(added).toContain('"id": "NNEW"');
    expect(added).toContain('"id": "RNEW"');
  });

  it("refuses a file that is not UTF-8, and leaves it as it was", async () => {
    dir = mkdtempSync(join(tmpdir(), "incident-text-"));
    const bytes = Buffer.concat([
      Buffer.from('{"incident":{"id":"Q1","title":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}}'),
    ]);
    writeFileSync(join(dir, "x.json"), bytes);
    await expect(appendToIncidentFile(dir, "x.json", { notes: [NOTE] })).rejects.toThrow(
      "x.json is not valid UTF-8, so a note cannot be added without changing its other bytes; save it as UTF-8 JSON.",
    );
    expect(readFileSync(join(dir, "x.json")).equals(bytes)).toBe(true);
  });
});
