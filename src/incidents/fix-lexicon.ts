// The small lexicon that recognises what responders did, in prose as well as in commands. It does not try to
// understand a note (the client's model does that); it points at the phrases that name an action, so that the
// summary can say which entries hold the fix and show the action beside them. Pure.
//
// Kinds and what they match (case-insensitive, whole words):
//   rollback  roll back / rolled back / rollback / revert / `rollout undo` / downgrade
//   restart   restart / reboot / bounce / recycle / power-cycle / killed the pod or process
//   failover  fail over / failover / promote(d) a replica / switchover
//   restore   restore(d) / recovered from / from a backup or snapshot
//   config    a setting with its value: `max_wal_senders = 32`, `set pool_size to 40`, `X from 8,000 to 2,000`,
//             "raised the connection pool to 200"
//   scale     scale up/out/down, "added 3 replicas", "brought up 55 nodes", "500 GB disks", resize, node pool
//   migrate   migrate / move traffic or capacity / drain nodes
//   messages  skipped offsets or messages / replay / reprocess / requeue / redeliver / dead-letter / purge, backlog
//             processed
//   fix       hotfix / patch / deployed a fix / replaced the code
//   disable   disable / turn off / kill switch / blocked IPs, users or traffic / rate-limit / pause
//   cleanup   vacuum / reindex / truncate / drop table / deleted or removed the (stray, stuck, old…) thing
//   script    a script path: `prow/deploy.sh`, `./scripts/failover.py`
//   command   a command in backticks or a fenced block, with an argument, or a line starting with `$ `
// None of them counts when its clause makes it a plan or an action not taken (see isPlan).
import { redactSecrets } from "../lib/redact.js";

export type FixKind =
  | "rollback"
  | "restart"
  | "failover"
  | "restore"
  | "config"
  | "scale"
  | "migrate"
  | "messages"
  | "fix"
  | "disable"
  | "cleanup"
  | "script"
  | "command";

export interface FixAction {
  kind: FixKind;
  /** The words that name it, as written (secrets redacted). */
  text: string;
}

const UNITS =
  "(?:nodes?|replicas?|instances?|servers?|workers?|pods?|machines?|hosts?|shards?|brokers?|vms?)";

const PHRASES: { kind: Exclude<FixKind, "config" | "script" | "command">; pattern: RegExp }[] = [
  {
    kind: "rollback",
    pattern:
      /\b(?:roll(?:ed|ing|s)?[ -]?back|rollbacks?|revert(?:ed|ing|s)?|rollout undo|undid|downgrad(?:e|ed|ing))\b/gi,
  },
  {
    kind: "restart",
    pattern:
      /\b(?:re-?start(?:ed|ing|s)?|re-?boot(?:ed|ing|s)?|bounc(?:e|ed|ing)|recycl(?:e|ed|ing)|power[- ]cycl(?:e|ed|ing)|kill(?:ed|ing)? (?:the |all |stuck )?(?:pods?|process(?:es)?|jobs?|queries|connections))\b/gi,
  },
  {
    kind: "failover",
    pattern:
      /\b(?:fail(?:ed|ing|s)?[ -]?over|failovers?|promot(?:e|ed|ing) (?:the |a )?(?:replica|standby|secondary)|switch(?:ed)?[ -]?over)\b/gi,
  },
  {
    kind: "restore",
    pattern:
      /\b(?:restor(?:e|ed|ing|es)|recover(?:ed|ing)? (?:it |them |the \w+ )?from|from (?:a |the )?(?:\w+ )?(?:backups?|snapshots?))\b/gi,
  },
  {
    kind: "scale",
    pattern: new RegExp(
      String.raw`\b(?:scal(?:e|ed|ing)(?: \w+)? (?:up|out|down|in)\b|(?:add(?:ed|ing)?|bring(?:ing)? up|brought up|sp[au]n up|spinning up|provision(?:ed|ing)?) (?:\d[\d,]*|an?|another) (?:more |new |extra )?${UNITS}\b|\d[\d,]* ${UNITS} with [\w ]{0,20}?\d+ ?[GT]B(?: \w+)?|resiz(?:e|ed|ing)\b|(?:more|extra|additional) (?:capacity|read replicas|replicas|disk space)|node ?pool)`,
      "gi",
    ),
  },
  {
    kind: "migrate",
    pattern:
      /\b(?:migrat(?:e|ed|ing|ion)|mov(?:e|ed|ing) (?:the )?(?:traffic|capacity|load|shard|database)|drain(?:ed|ing)? (?:the )?(?:old )?(?:nodes?|hosts?|servers?))\b/gi,
  },
  {
    kind: "messages",
    pattern:
      /\b(?:skip(?:ped|ping)? (?:the |an? |\d+ )?(?:bad |poison )?(?:offsets?|messages?|records?|events?|batch(?:es)?|partitions?)|replay(?:ed|ing|s)?|re-?process(?:ed|ing)?|re-?queu(?:e|ed|ing)|re-?deliver(?:ed|ing)?|dead[- ]letter(?:ed)?|purg(?:e|ed|ing)(?: the)? queue|(?:processed|processing|drained|draining) (?:the )?backlog)\b/gi,
  },
  {
    kind: "fix",
    pattern:
      /\b(?:hot-?fix(?:ed|es)?|patch(?:ed|ing)\b|deploy(?:ed|ing)? (?:a |the )?(?:code )?fix|roll(?:ed)? out (?:a |the )?fix|fix (?:was )?(?:deployed|rolled out)|replaced (?:the |it with )?[\w ]{0,30}?(?:function|code|regex|expression))/gi,
  },
  {
    kind: "disable",
    pattern:
      /\b(?:disabl(?:e|ed|ing)|turn(?:ed)? off|kill switch|global(?:ly)? (?:\w+ )?kill|block(?:ed|ing)? (?:the |all )?(?:\w+ )?(?:ips?|traffic|requests|users|spammers|accounts|addresses|ranges?)|rate[- ]limit(?:ed|ing)|paus(?:e|ed|ing) (?:the )?\w+)\b/gi,
  },
  {
    kind: "cleanup",
    pattern:
      /\b(?:vacuum(?:ed|ing)?(?: freeze)?|re-?index(?:ed|ing)?|truncat(?:e|ed|ing)|drop(?:ped)? (?:the )?table|(?:delet|remov)(?:e|ed|ing) (?:the|an?|all|stray|stuck|bad|offending|malformed|old) [\w-]+(?: \w+)?)\b/gi,
  },
];

// A setting and its value. The name carries `_` or `.` or is followed by "=": prose words do not qualify.
const SETTING = String.raw`[A-Za-z][\w-]*(?:[_.][\w-]+)+`;
const VALUE = String.raw`[\w.%/-]*\d[\w.%/,-]*|true|false|on|off`;
const CONFIG_PATTERNS: RegExp[] = [
  // "Raised the connection pool to 200", "lowered max_connections from 8000 to 2000".
  new RegExp(
    String.raw`\b(?:rais|lower|increas|decreas|bump|chang|reduc|doubl|halv)(?:e|ed|es|ing)? (?:the )?(?:[\w.-]+ ){1,4}?(?:from (?:${VALUE}) )?to (?:${VALUE})`,
    "gi",
  ),
  new RegExp(String.raw`\b(${SETTING})\s*(?:=|:=|to)\s*\`?(${VALUE})\`?`, "g"),
  new RegExp(String.raw`\b(${SETTING})\s+from\s+(${VALUE})\s+to\s+(${VALUE})`, "g"),
  new RegExp(String.raw`\bset\s+\`?([A-Za-z][\w.-]*)\`?\s+(?:to|=)\s+\`?(${VALUE})\`?`, "gi"),
];

const SCRIPT =
  /(?:^|[\s(`'"])((?:\.{1,2}\/|\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:sh|bash|py|rb|pl|ps1|sql|js|ts|go))\b/g;
const BACKTICKED = /`([^`\n]{3,160})`/g;
const FENCED_BLOCK = /```[\w-]*\n([\s\S]*?)```/g;
const SHELL_LINE = /^\s*\$\s+(\S[^\n]{1,160})$/gm;

/** An action found at a place in the text: where, so that its sentence can tell a plan from a deed. */
interface Found extends FixAction {
  index: number;
}

function configActions(text: string): Found[] {
  const found: Found[] = [];
  for (const pattern of CONFIG_PATTERNS)
    for (const match of text.matchAll(pattern))
      found.push({ kind: "config", text: match[0].replaceAll("`", ""), index: match.index });
  return found;
}

function commandActions(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(SCRIPT))
    found.push({ kind: "script", text: match[1]!, index: match.index + match[0].indexOf(match[1]!) });
  const command = (line: string, index: number) => {
    const body = line.replace(/\s#.*$/, "").trim();
    // A command has an argument; a lone word in backticks is a name (`default`, `test-pods`), and "x: y" is a
    // quoted log line, not something run.
    if (/^[\w./-]+\s+\S/.test(body) && !body.includes(": "))
      found.push({ kind: "command", text: body, index });
  };
  for (const match of text.matchAll(FENCED_BLOCK))
    for (const line of match[1]!.split("\n")) command(line, match.index);
  // Blocks blanked to spaces of the same length, so that positions stay those of the text.
  const unfenced = text.replace(FENCED_BLOCK, (block) => " ".repeat(block.length));
  for (const match of unfenced.matchAll(BACKTICKED)) command(match[1]!, match.index);
  for (const match of text.matchAll(SHELL_LINE))
    found.push({ kind: "command", text: match[1]!.trim(), index: match.index });
  return found;
}

// Plans, proposals and intentions are not what fixed it: "will restart the pods tomorrow", "we should roll back",
// "Plan: failover", "Proposal: a global kill of the WAF rules", "did not roll back". The words before an action in its
// own clause (a sentence, or the part of it after a comma) say so, or the few words after it ("… tomorrow").
const INTENT_BEFORE =
  /\b(?:will|won't|shall|should(?:n't)?|going to|gonna|about to|need(?:s|ed)? to|have to|has to|must|want(?:s|ed)? to|plan(?:s|ned|ning)? (?:is |was )?to|propos(?:e|ed|ing) (?:to|that|we)|consider(?:s|ed|ing)?|could try|we could|might|would|may need to|let's|let us|intend(?:s|ed)? to|(?:plan|proposal|proposed fix|options?|ideas?|todo|to-?do|next steps?|follow[- ]?ups?|action items?)\s*:)|(?:^|\s)(?:i|we|you|they|he|she|it)'ll\b/i;
const NEGATION_BEFORE =
  /\b(?:not|never|no need to|instead of|rather than|decided against|without|(?:did|does|do|could|can|would|was|were|is|are)n't)\b/i;
const INTENT_AFTER =
  /^[^.!?;\n]{0,60}?\b(?:tomorrow|next week|later today|tonight|if (?:needed|necessary|it (?:recurs|happens again|comes back))|is planned|planned for|scheduled for|as a follow[- ]?up)\b/i;

function isPlan(text: string, index: number, length: number): boolean {
  const sentenceStart =
    Math.max(...[".", "!", "?", ";", "\n"].map((mark) => text.lastIndexOf(mark, index - 1))) + 1;
  const sentence = text.slice(sentenceStart, index);
  const clause = sentence.slice(Math.max(sentence.lastIndexOf(", "), sentence.lastIndexOf(" but ")) + 1);
  return (
    INTENT_BEFORE.test(clause) ||
    NEGATION_BEFORE.test(clause) ||
    INTENT_AFTER.test(text.slice(index + length))
  );
}

/**
 * Every action the text names as done, in the order of the lexicon's kinds, each phrase once: plans, proposals and
 * actions not taken are left out. Secrets never show.
 */
export function recogniseActions(text: string): FixAction[] {
  const safe = redactSecrets(text);
  const found: Found[] = [];
  for (const { kind, pattern } of PHRASES)
    for (const match of safe.matchAll(pattern)) found.push({ kind, text: match[0], index: match.index });
  found.push(...configActions(safe), ...commandActions(safe));
  const seen = new Set<string>();
  return found
    .filter((action) => !isPlan(safe, action.index, action.text.length))
    .filter((action) => {
      const key = `${action.kind}\u0000${action.text.toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ kind, text }) => ({ kind, text }));
}
