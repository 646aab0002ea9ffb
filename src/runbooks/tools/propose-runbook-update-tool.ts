import { z } from "zod";
import { defineTool, lazyHandler } from "../../ports/tool.js";
import { changesField, incidentIdField, reviewedField, runbookPathField } from "./draft-schema.js";

export const proposeInput = z.object({
  incidentId: incidentIdField,
  runbookPath: runbookPathField.optional(),
  title: z.string().max(200).optional().describe("Pull request title"),
  changes: changesField.optional(),
  reviewed: reviewedField.optional(),
});

export const proposeOutput = z.object({
  mode: z.enum(["workspace", "github"]),
  path: z.string(),
  branch: z.string().nullable(),
  pullRequest: z.object({ number: z.number().int(), url: z.string() }).nullable(),
  updated: z.boolean().describe("An earlier proposal or file was updated"),
  changes: z.number().int().describe("Changes proposed; 0: nothing to do"),
  baseVersion: z.string().nullable().describe("Version drafted on"),
  refused: z.array(z.object({ index: z.number().int(), reason: z.string() })),
});

export const proposeRunbookUpdateTool = defineTool({
  name: "propose_runbook_update",
  title: "Propose a runbook update from an incident",
  description:
    "draft_runbook_update's draft as a proposal. GitHub: a commit on branch runbook/<incident number>-<service> and a pull request listing each change with its evidence, never the default branch. Workspace: the file. Repeating updates the same pull request; a runbook changed meanwhile is redrafted, not overwritten.",
  input: proposeInput,
  output: proposeOutput,
  writes: true,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
  reaches: ["incidents", "runbooks"],
  handler: lazyHandler(() => import("./propose-runbook-update-handler.js")),
});
