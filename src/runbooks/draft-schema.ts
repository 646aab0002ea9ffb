// The zod shapes the runbook draft tools share: their input and the draft they return.
import { z } from "zod";
import { idField } from "../lib/input-coercion.js";
import type { RunbookDraft } from "./draft-types.js";

export const incidentIdField = idField(z.string().trim().min(1).max(100).describe("Incident id or number"));
export const runbookPathField = z.string().min(1).max(500).describe("Default: the service's runbook");

export const draftInput = z.object({ incidentId: incidentIdField, runbookPath: runbookPathField.optional() });

const evidenceSchema = z.object({
  at: z.string(),
  source: z.enum(["note", "log_entry", "alert"]),
  excerpt: z.string(),
});

export const draftOutput = z.object({
  runbookPath: z.string(),
  baseVersion: z.string().nullable(),
  created: z.boolean(),
  changes: z.array(
    z.object({
      section: z.string(),
      newSection: z.boolean(),
      kind: z.enum(["symptom", "diagnosis", "mitigation", "escalation", "history", "metadata"]),
      text: z.string(),
      evidence: z.array(evidenceSchema),
    }),
  ),
  diff: z.string(),
  proposedContent: z.string(),
  warnings: z.array(z.string()),
});

export function draftStructured(draft: RunbookDraft): z.input<typeof draftOutput> {
  return {
    runbookPath: draft.runbookPath,
    baseVersion: draft.baseVersion,
    created: draft.created,
    changes: draft.changes,
    diff: draft.diff,
    proposedContent: draft.proposedContent,
    warnings: draft.warnings,
  };
}
