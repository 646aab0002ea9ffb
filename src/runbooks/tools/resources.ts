// Runbooks as resources: runbook://<path>, read, and completed by path.
import { UserInputError } from "../../lib/errors.js";
import type { CallContext } from "../../ports/call-context.js";
import { defineResource } from "../../ports/resource.js";
import { RUNBOOK_URI_TEMPLATE, runbookPathOfUri } from "../catalog/runbook-uri.js";

/** Completions offered at most; list_runbooks filters the rest. */
export const RESOURCE_LIMITS = { completions: 50 } as const;

async function runbookPaths(ctx: CallContext): Promise<string[]> {
  const entries = await ctx.sources.runbooks.listRunbooks({ signal: ctx.signal, requests: ctx.requests });
  return entries.map((entry) => entry.path);
}

export const runbookResources = [
  defineResource({
    name: "runbook",
    title: "Runbook",
    description: "One runbook's Markdown, by its path under the runbook folder.",
    uriTemplate: RUNBOOK_URI_TEMPLATE,
    mimeType: "text/markdown",
    complete: {
      path: async (value, ctx) => {
        const typed = runbookPathOfUri(value) ?? value;
        return (await runbookPaths(ctx))
          .filter((path) => path.startsWith(typed))
          .slice(0, RESOURCE_LIMITS.completions);
      },
    },
    read: async (variables, ctx) => {
      const path = runbookPathOfUri(variables["path"] ?? "");
      if (!path)
        throw new UserInputError(
          "Name the runbook in the URI, as runbook://<path> such as runbook://db/postgres.md.",
        );
      const file = await ctx.sources.runbooks.readRunbook(path, {
        signal: ctx.signal,
        requests: ctx.requests,
      });
      return file.content;
    },
  }),
];
