// What responders wrote in sentences rather than commands: the actions they took ("Restored db1 from the LVM
// snapshot", "Fixed: telemetry service rolled back") and the error messages they quoted. An action is a step
// of its own; an error message is what a responder sees, so it belongs with the symptoms. Pure.

// A sentence that starts with one of these reports something a responder did to the system.
const ACTION_START =
  /^(?:restored|rolled back|reverted|raised|increased|lowered|reduced|bumped|scaled(?: up| down| out| in)?|failed over|promoted|migrated|drained|cordoned|rotated|renewed|re-?issued|issued|recreated|rebuilt|resynced|re-?synced|restarted|rebooted|replaced|re-?deployed|disabled|enabled|blocked|purged|flushed|removed|deleted|killed|terminated|moved|switched|upgraded|downgraded|patched|applied|cleared|freed|expanded|resized|added|ran|re-?ran|set|changed|reset|truncated|vacuumed|reindexed)\b/i;
const ACTION_ANYWHERE = new RegExp(ACTION_START.source.replace("^", "\\b"), "i");
// What starts a sentence reporting the fix: after it, any sentence naming an action counts.
const FIX_PREFIX =
  /^(?:fixed|fix|mitigated|mitigation|workaround|resolved|resolution|remediation)\b[^:]{0,20}:\s*/i;
const SKIPPED_PREFIX = /^(?:we|i|then|and|so|finally|eventually)\s+/i;

/** The action sentences of a record's text, as a runbook would say them, without code (commands are read apart). */
export function actionSentences(text: string): string[] {
  const found: string[] = [];
  let fence: string | null = null;
  for (const line of text.split("\n")) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      continue;
    }
    if (fence !== null || /^\s*(?:\$|#|>)\s/.test(line)) continue;
    const plain = line.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, "").trim();
    for (const sentence of plain.split(/(?<=[.!?])\s+(?=[A-Z])|;\s+/)) {
      // "Rolled back the bad deploy:" introduces the commands that follow; they are the step.
      if (/:\s*$/.test(sentence)) continue;
      const fixed = FIX_PREFIX.test(sentence.trim());
      // "Issued a token for both zones, then `cmctl renew …`": the command is read as a command, the rest here.
      for (const part of sentence
        .trim()
        .replace(FIX_PREFIX, "")
        .split(/,?\s+then\s+/i)) {
        if (part.includes("`")) continue;
        const clause = part
          .trim()
          .replace(/[.!]+$/, "")
          .replace(SKIPPED_PREFIX, "");
        if (clause.length < 8 || clause.length > 300) continue;
        if (ACTION_START.test(clause) || (fixed && ACTION_ANYWHERE.test(clause)))
          found.push(clause[0]!.toUpperCase() + clause.slice(1));
      }
    }
  }
  return found;
}

// A quoted line that reads as what a program printed when it failed, not as something to run: it starts like
// one ("FATAL: …", "failed to …", "etcdserver: mvcc: database space exceeded"), or it names a failure and is
// not a command.
const ERROR_START =
  /^(?:error|fatal|panic|warning|failed|failure|exception|unable|cannot|could not|no more|[\w.-]+:\s+(?:[\w.-]+:\s+)?(?:[\w.-]+\s+){0,4}(?:error|failed|exceeded|refused|denied|timeout))\b/i;
const ERROR_WORDS =
  /\b(?:error|exception|exceeded|exceeds|not allowed|refused|denied|timed out|not accepting)\b/i;

export function startsLikeErrorMessage(text: string): boolean {
  return text.length >= 12 && ERROR_START.test(text.trim());
}

export function namesAFailure(text: string): boolean {
  return text.length >= 12 && ERROR_WORDS.test(text);
}

/** The words of an action that carry meaning, to tell one action said twice ("rolled back X" / "X rolled back"). */
export function actionWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}_.-]{3,}/gu) ?? []).filter(
      (word) => !/^(?:the|and|then|from|with|for|all|was|were)$/.test(word),
    ),
  );
}
