// Runbooks as resources: runbook://<path>, listed, read, and completed by path.
import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { McpError } from "@modelcontextprotocol/sdk/types.js";
import type { AppContext } from "../context.js";
import { UserInputError } from "../lib/errors.js";
import { publishText, withProtocolCall } from "../protocol-call.js";
import { RUNBOOK_URI_TEMPLATE, runbookPathOfUri, runbookUri } from "./runbook-uri.js";

/** Resources listed and completions offered at most; list_runbooks filters the rest. */
export const RESOURCE_LIMITS = { listed: 200, completions: 50 } as const;

export function registerRunbookResources(server: McpServer, app: AppContext): void {
  const listPaths = (signal: AbortSignal) =>
    withProtocolCall(app, "listing runbooks", signal, async (ctx) =>
      (await ctx.sources.runbooks.listRunbooks({ signal: ctx.signal, requests: ctx.requests })).map(
        (entry) => entry.path,
      ),
    );

  server.registerResource(
    "runbook",
    new ResourceTemplate(RUNBOOK_URI_TEMPLATE, {
      // A runbook source that cannot answer leaves the other resources listed, and says so in the log.
      list: async (extra) => {
        const paths = await listPaths(extra.signal).catch((error: unknown) => {
          // The sentence without the "MCP error <code>: " the SDK puts before an McpError's message.
          const reason =
            error instanceof McpError ? error.message.replace(/^MCP error -?\d+: /, "") : String(error);
          app.log.warn(`runbook resources not listed: ${reason}`);
          return [];
        });
        return {
          resources: paths.slice(0, RESOURCE_LIMITS.listed).map((path) => ({
            uri: runbookUri(path),
            name: path,
            mimeType: "text/markdown",
          })),
        };
      },
      complete: {
        path: async (value) => {
          const typed = runbookPathOfUri(value) ?? value;
          try {
            const paths = await listPaths(AbortSignal.timeout(10_000));
            return paths.filter((path) => path.startsWith(typed)).slice(0, RESOURCE_LIMITS.completions);
          } catch {
            return [];
          }
        },
      },
    }),
    {
      title: "Runbook",
      description: "One runbook's Markdown, by its path under the runbook folder.",
      mimeType: "text/markdown",
    },
    (uri, variables, extra) =>
      withProtocolCall(app, `reading ${uri.href}`, extra.signal, async (ctx) => {
        const raw = String([variables["path"]].flat()[0] ?? "");
        const path = runbookPathOfUri(raw);
        if (!path)
          throw new UserInputError(
            `Name the runbook in the URI, as runbook://<path> such as runbook://db/postgres.md.`,
          );
        const file = await ctx.sources.runbooks.readRunbook(path, {
          signal: ctx.signal,
          requests: ctx.requests,
        });
        return {
          contents: [{ uri: uri.href, mimeType: "text/markdown", text: publishText(app, file.content) }],
        };
      }),
  );
}
