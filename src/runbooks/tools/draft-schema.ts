// The zod shapes the runbook draft tools share: their input and the draft they return.
import { z } from "zod";
import { idField } from "../../lib/input-coercion.js";

export const incidentIdField = idField(z.string().trim().min(1).max(100).describe("Incident id or number"));
export const runbookPathField = z.string().min(1).max(500).describe("Default: the service's runbook");

const draftedKind = z.enum(["symptom", "diagnosis", "mitigation", "escalation", "history"]);

export const changesField = z
  .array(
    z.object({
      kind: draftedKind,
      text: z.string().max(4000).describe("Markdown for one list item"),
      entryIds: z.array(z.string().max(200)).min(1).max(20).describe("Ids of the records it comes from"),
    }),
  )
  .max(30)
  .describe("Your reading; each command, path, name and number must be in a cited record");

export const reviewedField = z.boolean().describe("The runbook was reviewed: set lastReviewed");

export const draftInput = z.object({
  incidentId: incidentIdField,
  runbookPath: runbookPathField.optional(),
  changes: changesField.optional(),
  reviewed: reviewedField.optional(),
});

const evidenceSchema = z.object({
  id: z.string().describe("The record's id: a note, log entry or alert of the incident"),
  at: z.string(),
  source: z.enum(["note", "log_entry", "alert"]),
  excerpt: z.string(),
});

export const draftOutput = z.object({
  runbookPath: z.string(),
  diffPath: z.string(),
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
  refused: z.array(z.object({ index: z.number().int(), kind: draftedKind, reason: z.string() })),
  diff: z.string(),
  proposedContent: z.string(),
  warnings: z.array(z.string()),
});
