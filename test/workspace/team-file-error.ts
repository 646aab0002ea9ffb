// The message of the WorkspaceError parseTeamFile throws on `text`; fails the test when it throws none.
import { expect } from "vitest";
import { WorkspaceError } from "../../src/lib/errors.js";
import { parseTeamFile } from "../../src/sources/workspace/team-file.js";

export function teamFileError(text: string): string {
  try {
    parseTeamFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkspaceError);
    return (error as Error).message;
  }
  throw new Error("expected a WorkspaceError");
}
