// The shape of a runbook draft: what draft_runbook_update returns and a pull request is made from.
import type { Evidence } from "../records/extract-steps.js";
import type { RefusedChange } from "./model-changes.js";

export type { Evidence, RefusedChange };

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
  /** The file's path from the repository (GitHub) or workspace root: the path in the diff. */
  diffPath: string;
  /** The version of the runbook the diff applies to; null when the runbook is new. */
  baseVersion: string | null;
  /** True when the service had no runbook and this one is drafted from the template. */
  created: boolean;
  changes: RunbookChange[];
  /** The caller's changes that were not drafted, each with the reason. */
  refused: RefusedChange[];
  /** Unified diff against baseVersion (a/<diffPath>, b/<diffPath>) that `git apply` accepts from the root; empty when nothing changes. */
  diff: string;
  /** The whole runbook after the change: exactly the original with the diff applied. */
  proposedContent: string;
  /** What a reviewer should know: records left out, a front matter that could not be updated. */
  warnings: string[];
}
