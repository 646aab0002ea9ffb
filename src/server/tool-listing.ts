// tools/list: each tool's schemas as flat JSON Schema, kept short (every client reads them in every conversation).
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { advertiseIdTypes } from "../lib/input-coercion.js";
import type { SourceName } from "../ports/sources.js";
import type { AnyToolDefinition } from "../ports/tool.js";
import { viewOfTool } from "../views/views.js";

export function toJsonSchema(schema: z.ZodObject, io: "input" | "output"): Tool["inputSchema"] {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    reused: "inline",
    override: advertiseIdTypes,
  }) as Record<string, unknown>;
  return compactSchema(rest, io) as Tool["inputSchema"];
}

const SAFE_INTEGER_BOUNDS = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);

/**
 * Every client reads every tool schema on every conversation (and all must fit a 24 KB budget), so schemas carry
 * only what informs a caller: zod's safe-integer bounds go, and on outputs so do `additionalProperties: false` and
 * `required`, which constrain the server (its answers always carry every field; the tests hold them to the full
 * schemas), not the client.
 */
function compactSchema(node: unknown, io: "input" | "output"): unknown {
  if (Array.isArray(node)) return node.map((item) => compactSchema(item, io));
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === "minimum" || key === "maximum") && SAFE_INTEGER_BOUNDS.has(value as number)) continue;
    if (io === "output" && ((key === "additionalProperties" && value === false) || key === "required"))
      continue;
    out[key] = key === "properties" || typeof value === "object" ? compactSchema(value, io) : value;
  }
  return out;
}

/**
 * The listing of the given tools. `remote` names the sources that are outside services in this configuration:
 * a tool reaching one of them is open-world.
 */
export function describeTools(
  tools: readonly AnyToolDefinition[],
  remote: ReadonlySet<SourceName> = new Set(),
): Tool[] {
  return tools.map((tool) => ({
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: toJsonSchema(tool.input.strict(), "input"),
    outputSchema: toJsonSchema(tool.output, "output") as Tool["outputSchema"],
    annotations: { ...tool.annotations, openWorldHint: tool.reaches.some((source) => remote.has(source)) },
    ...uiMeta(tool.name),
  }));
}

/** MCP Apps: the ui:// view a host with the extension renders beside the tool's result. */
function uiMeta(toolName: string): Pick<Tool, "_meta"> {
  const view = viewOfTool(toolName);
  return view ? { _meta: { ui: { resourceUri: view.uri } } } : {};
}
