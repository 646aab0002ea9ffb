// Where an incident file stops being JSON: Node 20's JSON.parse names no position, so incident-files.ts finds the
// line itself and names it in the WorkspaceError.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WorkspaceError } from "../../src/lib/errors.js";
import { jsonErrorLine, parseIncidentFile } from "../../src/sources/workspace/incident-files.js";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("jsonErrorLine", () => {
  it.each([
    ["a bare word as a value", '{ "incident": { "id": "QBROKEN",\n  "title": oops }', 2],
    ["a trailing comma before the closing brace", '{\n  "a": 1,\n  "b": 2,\n}', 4],
    ["a missing comma between members", '{\n  "a": 1\n  "b": 2\n}', 3],
    ["a line break inside a string", '{ "a": "one\ntwo" }', 1],
    ["a single-quoted string", "{\n\n  'a': 1 }", 3],
    ["a closing brace missing at the end", '{\r\n  "a": [1, 2]\r\n', 3],
    ["text after the object", '{ "a": 1 }\n\n\nmore', 4],
    ["a leading zero", "[\n  1,\n  01\n]", 3],
    ["an unknown escape", '{\n  "a": "\\q"\n}', 2],
    ["an empty file", "", 1],
  ])("%s: line %i", (_name, text, line) => {
    expect(parses(text)).toBe(false);
    expect(jsonErrorLine(text)).toBe(line);
  });

  it("finds no error in valid JSON, however it is laid out", () => {
    expect(jsonErrorLine(' \n{ "a": [true, false, null, -1.5e+3, "\\u00e9\\n"], "b": {} }\r\n')).toBeNull();
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, "\t"), (value, indent) => {
        expect(jsonErrorLine(JSON.stringify(value, null, indent))).toBeNull();
      }),
    );
  });

  it("agrees with JSON.parse on whether a damaged text is JSON", () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', "\\", "\n", "x", "0", " "))
      .map(([text, at, inserted]) => {
        const cut = at % (text.length + 1);
        // Either replace the character at `cut` or insert before it.
        return at % 2 === 0
          ? text.slice(0, cut) + inserted + text.slice(cut + 1)
          : text.slice(0, cut) + inserted + text.slice(cut);
      });
    fc.assert(
      fc.property(damaged, (text) => {
        expect(jsonErrorLine(text) === null).toBe(parses(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseIncidentFile", () => {
  it("names the file and the line of a syntax error, and says to fix it there", () => {
    const text = '{ "incident": { "id": "QBROKEN",\n  "title": oops }';
    const error = (() => {
      try {
        parseIncidentFile("incidents/broken.json", text);
        return null;
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as Error).message).toMatch(
      /^incidents\/broken\.json line 2: the file is not valid JSON \(.+\); fix the syntax there\.$/s,
    );
  });
});
