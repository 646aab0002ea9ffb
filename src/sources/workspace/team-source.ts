// TeamSource over <workspace>/team.yaml: read on first use, then again only when the file's mtime changes.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { WorkspaceError } from "../../lib/errors.js";
import type { TeamDirectory } from "../../model.js";
import type { FetchContext, TeamSource } from "../../ports/sources.js";
import { parseTeamFile } from "./team-file.js";

export const TEAM_FILE = "team.yaml";

export class WorkspaceTeamSource implements TeamSource {
  private cached: { stamp: string; result: Promise<TeamDirectory> } | null = null;
  readonly path: string;

  constructor(workspaceDir: string) {
    this.path = join(workspaceDir, TEAM_FILE);
  }

  async load(ctx?: FetchContext): Promise<TeamDirectory> {
    ctx?.signal?.throwIfAborted();
    let stamp: string;
    try {
      const info = await stat(this.path);
      stamp = `${info.mtimeMs}:${info.size}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        throw new WorkspaceError(
          `There is no ${TEAM_FILE} in the workspace (${this.path}); create one listing engineers, services and schedules (see docs/workspace.md).`,
        );
      }
      throw error;
    }
    // The same stamp gives the same directory object, so callers may cache on its identity.
    if (this.cached?.stamp !== stamp) {
      this.cached = {
        stamp,
        result: readFile(this.path, "utf8").then((text) => parseTeamFile(text, TEAM_FILE)),
      };
    }
    return this.cached.result;
  }
}
