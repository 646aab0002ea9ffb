// The shape of a runbook draft: what draft_runbook_update returns and a pull request is made from.
import type { Evidence } from "./extract-steps.js";

export type { Evidence };

export type ChangeKind = "symptom" | "diagnosis" | "mitigation" | "escalation" | "history" | "metadata";

export interface RunbookChange {
  /** The heading of the section the lines go to ("front matter" for metadata). */
  section: string;
  /** True when the draft creates that section. */
  newSection: boolean;
  kind: ChangeKind;
  /** The lines added, joined by "\n". */
  text: string;
  /** The incident records the lines come from. Never empty. */
  evidence: Evidence[];
}

export interface RunbookDraft {
  runbookPath: string;
  /** The version of the runbook the diff applies to; null when the runbook is new. */
  baseVersion: string | null;
  /** True when the service had no runbook and this one is drafted from the template. */
  created: boolean;
  changes: RunbookChange[];
  /** Unified diff against baseVersion (a/<path>, b/<path>) that `git apply` accepts; empty when nothing changes. */
  diff: string;
  /** The whole runbook after the change. */
  proposedContent: string;
  /** What a reviewer should know: records left out, a front matter that could not be updated. */
  warnings: string[];
}
