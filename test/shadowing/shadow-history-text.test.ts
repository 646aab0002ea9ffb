import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UserInputError, WorkspaceError } from "../../src/lib/errors.js";
import {
  appendShadowHistory,
  appendShadowHistoryBytes,
  removeShadowHistory,
  removeShadowHistoryBytes,
  shadowEntryText,
} from "../../src/sources/workspace/shadow-history-text.js";
import { parseTeamFile } from "../../src/sources/workspace/team-file.js";
import { DEMO_WORKSPACE, SMALL_WORKSPACE } from "../helpers/paths.js";

const erin = {
  mentee: "erin",
  mentor: "alice",
  schedule: "payments-primary",
  start: "2026-11-30T17:00:00.000Z",
  end: "2026-12-07T17:00:00.000Z",
};
const dev = { ...erin, mentee: "dev", start: "2026-12-07T17:00:00.000Z", end: "2026-12-14T17:00:00.000Z" };
const ERIN_LINE =
  "{ mentee: erin, mentor: alice, schedule: payments-primary, start: 2026-11-30T17:00:00Z, end: 2026-12-07T17:00:00Z }";
const DEV_LINE =
  "{ mentee: dev, mentor: alice, schedule: payments-primary, start: 2026-12-07T17:00:00Z, end: 2026-12-14T17:00:00Z }";

/** The text with `inserted` removed at its only place: what must equal the original byte for byte. */
function withoutInsertion(after: string, inserted: string): string {
  const at = after.indexOf(inserted);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(after.indexOf(inserted, at + 1)).toBe(-1);
  return after.slice(0, at) + after.slice(at + inserted.length);
}

describe("shadowEntryText", () => {
  it("writes one flow mapping without milliseconds, quoting what YAML would misread", () => {
    expect(shadowEntryText(erin)).toBe(ERIN_LINE);
    expect(shadowEntryText({ ...erin, mentee: "null", mentor: "1.5" })).toBe(
      '{ mentee: "null", mentor: "1.5", schedule: payments-primary, start: 2026-11-30T17:00:00Z, end: 2026-12-07T17:00:00Z }',
    );
  });
});

describe("appendShadowHistory", () => {
  it("adds lines after the demo's last entry, every other byte unchanged, comments included", () => {
    const before = readFileSync(`${DEMO_WORKSPACE}/team.yaml`, "utf8");
    const after = appendShadowHistory(before, [erin, dev]);
    expect(withoutInsertion(after, `  - ${ERIN_LINE}\n  - ${DEV_LINE}\n`)).toBe(before);
    // Right after the last shadow shift (Erin's reverse shadow), before drillHistory.
    expect(after).toContain(`role: reverse-shadow }\n  - ${ERIN_LINE}\n  - ${DEV_LINE}\n\n# Drills run`);
    const history = parseTeamFile(after).shadowHistory;
    expect(history).toHaveLength(7);
    expect(history.slice(5)).toEqual([erin, dev]);
  });

  it("follows a multi-line last entry (the small workspace) with entries at the list's indentation", () => {
    const before = readFileSync(`${SMALL_WORKSPACE}/team.yaml`, "utf8");
    const after = appendShadowHistory(before, [erin]);
    expect(withoutInsertion(after, `  - ${ERIN_LINE}\n`)).toBe(before);
    expect(after.endsWith(`      end: 2026-10-26T16:00:00Z,\n    }\n  - ${ERIN_LINE}\n`)).toBe(true);
    expect(parseTeamFile(after).shadowHistory.map((r) => r.mentee)).toEqual(["erin", "erin"]);
  });

  it("keeps a trailing comment on the last entry's line, and comments after the list, where they were", () => {
    const before = [
      "shadowHistory: # past shifts",
      "- mentee: x",
      "  mentor: y # the last one",
      "# a comment after the list",
      "asOf: 2026-11-24T12:00:00Z",
      "",
    ].join("\n");
    expect(appendShadowHistory(before, [erin])).toBe(
      [
        "shadowHistory: # past shifts",
        "- mentee: x",
        "  mentor: y # the last one",
        `- ${ERIN_LINE}`,
        "# a comment after the list",
        "asOf: 2026-11-24T12:00:00Z",
        "",
      ].join("\n"),
    );
  });

  it("starts the list when the key is empty, null or absent", () => {
    expect(appendShadowHistory("shadowHistory:\nasOf: x\n", [erin])).toBe(
      `shadowHistory:\n  - ${ERIN_LINE}\nasOf: x\n`,
    );
    expect(appendShadowHistory("shadowHistory: ~ # none yet\nasOf: x", [erin])).toBe(
      `shadowHistory:  # none yet\n  - ${ERIN_LINE}\nasOf: x`,
    );
    expect(appendShadowHistory("asOf: x # the demo's now", [erin])).toBe(
      `asOf: x # the demo's now\nshadowHistory:\n  - ${ERIN_LINE}\n`,
    );
  });

  it("appends inside a flow list", () => {
    expect(appendShadowHistory("shadowHistory: []\n", [erin, dev])).toBe(
      `shadowHistory: [${ERIN_LINE}, ${DEV_LINE}]\n`,
    );
    expect(appendShadowHistory("shadowHistory: [ {mentee: x} ] # c\n", [erin])).toBe(
      `shadowHistory: [ {mentee: x}, ${ERIN_LINE} ] # c\n`,
    );
  });

  it("keeps CRLF line ends", () => {
    expect(appendShadowHistory("a: 1\r\nshadowHistory:\r\n  - {mentee: x}\r\n", [erin])).toBe(
      `a: 1\r\nshadowHistory:\r\n  - {mentee: x}\r\n  - ${ERIN_LINE}\r\n`,
    );
  });

  it("changes nothing for no entries, and refuses a shadowHistory that is not a list", () => {
    expect(appendShadowHistory("a: [ 1 ]\n", [])).toBe("a: [ 1 ]\n");
    expect(() => appendShadowHistory("a: 1\nshadowHistory: { mentee: x }\n", [erin])).toThrow(
      new WorkspaceError(
        "team.yaml line 2: shadowHistory must be a list of shadow shifts; fix it before recording a rotation.",
      ),
    );
  });
});

describe("appendShadowHistoryBytes", () => {
  it("keeps bytes that are not UTF-8 (a Latin-1 é in a comment) and a byte-order mark, byte for byte", () => {
    const demo = readFileSync(`${DEMO_WORKSPACE}/team.yaml`);
    const latin1Comment = Buffer.concat([
      Buffer.from("# Caf"),
      Buffer.from([0xe9]),
      Buffer.from(" rota, owned by Ren\u00e9e\n"),
    ]);
    const before = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), latin1Comment, demo]);
    const after = appendShadowHistoryBytes(before, [erin, { ...erin, mentee: "dev" }]);
    const inserted = Buffer.from(`  - ${ERIN_LINE}\n  - ${shadowEntryText({ ...erin, mentee: "dev" })}\n`);
    const at = after.indexOf(inserted);
    expect(at).toBeGreaterThan(0);
    expect(Buffer.concat([after.subarray(0, at), after.subarray(at + inserted.length)]).equals(before)).toBe(
      true,
    );
    const history = parseTeamFile(after.toString("utf8")).shadowHistory;
    expect(history.slice(-2).map((entry) => entry.mentee)).toEqual(["erin", "dev"]);
  });
});

describe("removeShadowHistory", () => {
  it("takes back what the append wrote: the demo as it was, byte for byte, comments included", () => {
    const before = readFileSync(`${DEMO_WORKSPACE}/team.yaml`, "utf8");
    const after = appendShadowHistory(before, [erin, dev]);
    expect(removeShadowHistory(after, [5, 6], 7)).toBe(before);
    expect(removeShadowHistory(after, [5], 7)).toBe(appendShadowHistory(before, [dev]));
    expect(removeShadowHistory(after, [], 7)).toBe(after);
  });

  it("removes a line with its trailing comment, keeps CRLF, and leaves an emptied list empty", () => {
    const text = `a: 1\r\nshadowHistory:\r\n  - ${ERIN_LINE} # first\r\n  - ${DEV_LINE}\r\nb: 2\r\n`;
    expect(removeShadowHistory(text, [0], 2)).toBe(`a: 1\r\nshadowHistory:\r\n  - ${DEV_LINE}\r\nb: 2\r\n`);
    const emptied = removeShadowHistory(text, [0, 1], 2);
    expect(emptied).toBe("a: 1\r\nshadowHistory:\r\nb: 2\r\n");
  });

  it("refuses an entry that is not on a line of its own, or a flow list, naming the line to edit by hand", () => {
    const small = readFileSync(`${SMALL_WORKSPACE}/team.yaml`, "utf8");
    const count = parseTeamFile(small).shadowHistory.length;
    expect(() => removeShadowHistory(small, [0], count)).toThrow(UserInputError);
    expect(() => removeShadowHistory(small, [0], count)).toThrow(
      /^team\.yaml line \d+: this shadowHistory entry is not on a line of its own in a block list, so it is not removed automatically; delete it by hand, then undo again for the rest\.$/,
    );
    expect(() => removeShadowHistory(`shadowHistory: [${ERIN_LINE}]\n`, [0], 1)).toThrow(
      "team.yaml line 1: this shadowHistory entry is not on a line of its own",
    );
  });

  it("refuses when the list is not the one that was read", () => {
    expect(() => removeShadowHistory(`shadowHistory:\n  - ${ERIN_LINE}\n`, [0], 2)).toThrow(
      new WorkspaceError(
        "team.yaml: its shadowHistory is not the list this server read; check the file, then undo again.",
      ),
    );
  });

  it("keeps bytes that are not UTF-8 and a byte-order mark", () => {
    const before = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("# Caf"),
      Buffer.from([0xe9]),
      Buffer.from(`\nshadowHistory:\n  - ${DEV_LINE}\n`),
    ]);
    const after = appendShadowHistoryBytes(before, [erin]);
    expect(removeShadowHistoryBytes(after, [1], 2).equals(before)).toBe(true);
  });
});
