import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  redactSecrets
} from "./chunk-65K74YAK.js";

// src/runbooks/records/command-text.ts
var PROGRAMS = /* @__PURE__ */ new Set([
  "ansible",
  "ansible-playbook",
  "argocd",
  "aws",
  "az",
  "cat",
  "consul",
  "crictl",
  "curl",
  "dig",
  "docker",
  "docker-compose",
  "du",
  "df",
  "etcdctl",
  "flux",
  "free",
  "gcloud",
  "gh",
  "git",
  "grep",
  "gsutil",
  "head",
  "helm",
  "htop",
  "iostat",
  "iptables",
  "istioctl",
  "journalctl",
  "jq",
  "k9s",
  "kafka-consumer-groups",
  "kafka-topics",
  "kill",
  "kubectl",
  "kustomize",
  "less",
  "ls",
  "lsof",
  "make",
  "mongo",
  "mongosh",
  "mysql",
  "mysqladmin",
  "nc",
  "netstat",
  "nginx",
  "nomad",
  "nslookup",
  "openssl",
  "pg_dump",
  "pg_restore",
  "pgbouncer",
  "ping",
  "pkill",
  "ps",
  "psql",
  "python",
  "python3",
  "rabbitmqctl",
  "redis-cli",
  "rm",
  "rsync",
  "scp",
  "service",
  "ss",
  "ssh",
  "sudo",
  "systemctl",
  "tail",
  "tcpdump",
  "telnet",
  "terraform",
  "top",
  "traceroute",
  "vault",
  "vmstat",
  "wget"
]), INTERACTIVE = /* @__PURE__ */ new Set(["htop", "k9s", "top"]), NEEDS_TARGET = /^(?:apply|create|replace|patch|delete|edit|scale|annotate|label|taint|upgrade|install|uninstall|rollback|destroy|import|exec|run)$/, SCRIPT_PATH = /^(?:\.{1,2}\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:sh|bash|py|rb|pl|js|ts)$/, ALSO_WORDS = /* @__PURE__ */ new Set([
  "cat",
  "df",
  "dig",
  "du",
  "free",
  "head",
  "kill",
  "less",
  "make",
  "nc",
  "ping",
  "ps",
  "rm",
  "service",
  "ss",
  "tail",
  "top"
]), PROSE_AFTER_PROGRAM = /^(?:is|was|were|are|has|had|have|and|or|the|a|an|seems|seemed|returned|showed|shows|did|didn't|does|doesn't|not|timed|kept|output|says|said|hung|failed|worked|works|errored|itself|access|again|too|also|which|that|then|could|couldn't|would|wouldn't|can|can't|cannot|will|won't)$/i, SQL = /^(?:select|update|delete|insert|alter|vacuum|analyze|explain|reindex|truncate|drop|create|grant|revoke|kill|show|set|begin|commit|rollback)\b/i, PROMPT = /^(?:\$|#|>|%|PS>|[\w.-]+@[\w.-]+(?::[^$#\s]*)?[$#])\s+/;
function stripPrompt(text) {
  return text.trim().replace(PROMPT, "");
}
function looksLikeCommand(text, options) {
  let prompted = PROMPT.test(text.trim()), command = stripPrompt(text).replace(/^(?:[A-Z_][A-Z0-9_]*=\S*\s+)+/, "");
  if (command.length < 3 || command.length > 400) return !1;
  let words = command.split(/\s+/), program = words[0] === "sudo" ? words[1] ?? "" : words[0];
  if (PROGRAMS.has(program)) {
    let rest = words.slice(words[0] === "sudo" ? 2 : 1);
    if (rest.length === 1 && NEEDS_TARGET.test(rest[0])) return !1;
    if (options.inCodeSpan || prompted) return words.length > 1 || INTERACTIVE.has(program);
    let argument = words[words[0] === "sudo" ? 2 : 1];
    return argument !== void 0 && !PROSE_AFTER_PROGRAM.test(argument) && (!ALSO_WORDS.has(program) || /^-/.test(argument));
  }
  return SQL.test(command) && words.length > 1 && (options.inCodeSpan || prompted || /;\s*$/.test(command)) ? !0 : SCRIPT_PATH.test(words[0]) ? options.inCodeSpan || prompted || words[0].includes("/") : options.inCodeSpan && /^[a-z][\w.-]*$/.test(words[0]) && words.length > 1 && (/(?:ctl|adm|cli)$/.test(words[0]) || words.slice(1).some((word) => /^--?[a-z]|[/=|]/.test(word)));
}
function normalizeCommand(text) {
  return stripPrompt(text).replace(/\\\r?\n/g, " ").replace(/[‘’']/g, '"').replace(/[“”]/g, '"').replace(/\s+/g, " ").replace(/[;\s]+$/, "").toLowerCase();
}
var PLACEHOLDER = /<[^<>\s]+>|\{\{?[^{}\s]+\}?\}|\$\{[^}\s]+\}|\$[a-z_][a-z0-9_]*/g;
function commandTemplate(normalized) {
  if (!PLACEHOLDER.test(normalized)) return null;
  PLACEHOLDER.lastIndex = 0;
  let pattern = "", copied = 0;
  for (let match of normalized.matchAll(PLACEHOLDER))
    pattern += escapeRegExp(normalized.slice(copied, match.index)) + "[^\\s]+", copied = match.index + match[0].length;
  return new RegExp(`^${pattern}${escapeRegExp(normalized.slice(copied))}$`);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var CHANGES_STATE = /(?:\b|_)(?:renew|rotate|disarm|raise|increase|resync|rebuild|recreate|restore|migrate|restart|rollout restart|rollout undo|undo|rollback|roll back|scale|delete|drain|cordon|uncordon|kill|pkill|reboot|failover|promote|apply|patch|replace|set|edit|annotate|label|taint|upgrade|install|uninstall|flush|flushall|purge|evict|stop|start|reload|enable|disable|terminate|reset|resume|pause|suspend|truncate|drop|update|insert|vacuum|reindex|rm|mv|cp|put|post|sync|invalidate|del|unlink|expire|terminate_backend|cancel_backend|clear)\b/, LOOKS_ONLY = /\b(?:get|describe|logs?|top|status|show|list|ls|cat|tail|head|grep|less|explain|select|ping|dig|nslookup|traceroute|netstat|ss|lsof|ps|df|du|free|iostat|vmstat|history|info|inspect|check|diff|events|version|query|watch|stats|health|whoami|config view|cluster-info)\b/;
function commandPurpose(command, context) {
  let words = normalizeCommand(command);
  if (/^(?:sudo )?curl\b/.test(words))
    return /\s-(?:x|-request)\s*"?(?:post|put|patch|delete)\b/.test(words) ? "mitigation" : "diagnosis";
  let first = words.split(" ")[0];
  return SCRIPT_PATH.test(first) ? /(?:check|status|list|show|get|debug|diag|inspect|report)[^/]*$/.test(first) ? "diagnosis" : "mitigation" : CHANGES_STATE.test(words) ? "mitigation" : LOOKS_ONLY.test(words) ? "diagnosis" : /\b(?:fix|fixed|mitigat|resolv|recover|restor|rolled|workaround)/i.test(context) ? "mitigation" : "diagnosis";
}
function meaningfulLines(lines) {
  return lines.filter((line) => line.trim() !== "" && !/^\s*#(?!!)/.test(line) && !/^\s*--\s/.test(line));
}

// src/runbooks/records/prose-actions.ts
var ACTION_START = /^(?:restored|rolled back|reverted|raised|increased|lowered|reduced|bumped|scaled(?: up| down| out| in)?|failed over|promoted|migrated|drained|cordoned|rotated|renewed|re-?issued|issued|recreated|rebuilt|resynced|re-?synced|restarted|rebooted|replaced|re-?deployed|disabled|enabled|blocked|purged|flushed|removed|deleted|killed|terminated|moved|switched|upgraded|downgraded|patched|applied|cleared|freed|expanded|resized|added|ran|re-?ran|set|changed|reset|truncated|vacuumed|reindexed)\b/i, ACTION_ANYWHERE = new RegExp(ACTION_START.source.replace("^", "\\b"), "i"), FIX_PREFIX = /^(?:fixed|fix|mitigated|mitigation|workaround|resolved|resolution|remediation)\b[^:]{0,20}:\s*/i, SKIPPED_PREFIX = /^(?:we|i|then|and|so|finally|eventually)\s+/i;
function actionSentences(text) {
  let found = [], fence = null;
  for (let line of text.split(`
`)) {
    let marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      continue;
    }
    if (fence !== null || /^\s*(?:\$|#|>)\s/.test(line)) continue;
    let plain = line.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, "").trim();
    for (let sentence of plain.split(/(?<=[.!?])\s+(?=[A-Z])|;\s+/)) {
      if (/:\s*$/.test(sentence)) continue;
      let fixed = FIX_PREFIX.test(sentence.trim());
      for (let part of sentence.trim().replace(FIX_PREFIX, "").split(/,?\s+then\s+/i)) {
        if (part.includes("`")) continue;
        let clause = part.trim().replace(/[.!]+$/, "").replace(SKIPPED_PREFIX, "");
        clause.length < 8 || clause.length > 300 || (ACTION_START.test(clause) || fixed && ACTION_ANYWHERE.test(clause)) && found.push(clause[0].toUpperCase() + clause.slice(1));
      }
    }
  }
  return found;
}
var ERROR_START = /^(?:error|fatal|panic|warning|failed|failure|exception|unable|cannot|could not|no more|[\w.-]+:\s+(?:[\w.-]+:\s+)?(?:[\w.-]+\s+){0,4}(?:error|failed|exceeded|refused|denied|timeout))\b/i, ERROR_WORDS = /\b(?:error|exception|exceeded|exceeds|not allowed|refused|denied|timed out|not accepting)\b/i;
function startsLikeErrorMessage(text) {
  return text.length >= 12 && ERROR_START.test(text.trim());
}
function namesAFailure(text) {
  return text.length >= 12 && ERROR_WORDS.test(text);
}
function actionWords(text) {
  return new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}_.-]{3,}/gu) ?? []).filter(
      (word) => !/^(?:the|and|then|from|with|for|all|was|were)$/.test(word)
    )
  );
}

// src/runbooks/records/extract-steps.ts
var EXCERPT_LIMIT = 200, SHELL_LANGUAGES = /^(?:sh|bash|zsh|shell|console|shell-session|fish|ps1?|powershell|pwsh|sql|psql|mysql|cmd|bat)$/i, FENCE = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^`\s]*)/, CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, LIST_MARKER = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/;
function extractSteps(notes, logEntries) {
  let records = recordTexts(notes, logEntries), steps = /* @__PURE__ */ new Map(), add = (key, found, evidence) => {
    let known = steps.get(key);
    known ? (known.evidence.some((item) => item.at === evidence.at && item.excerpt === evidence.excerpt) || known.evidence.push(evidence), found.purpose === "mitigation" && (known.purpose = "mitigation")) : steps.set(key, { ...found, evidence: [evidence] });
  };
  for (let record of records) {
    let text = redactSecrets(record.text.replace(/\r\n?/g, `
`));
    for (let found of stepsInText(text)) {
      let purpose = found.lines.some((line) => commandPurpose(line, text) === "mitigation") ? "mitigation" : "diagnosis", evidence = { at: record.at, source: record.source, excerpt: excerpt(found.excerpt) };
      add(
        found.lines.map(normalizeCommand).join(`
`),
        { lines: found.lines, language: found.language, purpose, prose: !1 },
        evidence
      );
    }
    for (let sentence of actionSentences(text)) {
      let evidence = { at: record.at, source: record.source, excerpt: excerpt(sentence) };
      add(
        `prose:${[...actionWords(sentence)].join(" ")}`,
        { lines: [sentence], language: null, purpose: "mitigation", prose: !0 },
        evidence
      );
    }
  }
  return withoutRepeatedActions(withoutCommandsInsideBlocks([...steps.values()]));
}
function quotedErrors(notes, logEntries) {
  let errors = /* @__PURE__ */ new Map();
  for (let record of recordTexts(notes, logEntries)) {
    let text = redactSecrets(record.text.replace(/\r\n?/g, `
`));
    for (let span of text.matchAll(CODE_SPAN)) {
      let message = span[2].trim();
      if (!(startsLikeErrorMessage(message) || namesAFailure(message) && !looksLikeCommand(message, { inCodeSpan: !0 }))) continue;
      let evidence = { at: record.at, source: record.source, excerpt: excerpt(text) }, known = errors.get(message);
      known ? known.evidence.push(evidence) : errors.set(message, {
        lines: [message],
        language: null,
        purpose: "diagnosis",
        prose: !1,
        evidence: [evidence]
      });
    }
  }
  return [...errors.values()];
}
function withoutRepeatedActions(steps) {
  let prose = steps.filter((step) => step.prose), words = new Map(prose.map((step) => [step, actionWords(step.lines[0])]));
  return steps.filter((step) => {
    if (!step.prose) return !0;
    let mine = words.get(step), fuller = prose.find(
      (other) => other !== step && words.get(other).size > mine.size && [...mine].every((word) => words.get(other).has(word))
    );
    return fuller && fuller.evidence.push(...step.evidence.filter((item) => !fuller.evidence.includes(item))), !fuller;
  });
}
function recordTexts(notes, logEntries) {
  let noteTexts = new Set(notes.map((note) => note.content.trim()));
  return [
    ...notes.map((note) => ({ at: note.at, source: "note", text: note.content })),
    ...logEntries.filter((entry) => (entry.kind === "annotate" || entry.kind === "resolve") && entry.message).filter((entry) => !(entry.kind === "annotate" && noteTexts.has(entry.message.trim()))).map((entry) => ({ at: entry.at, source: "log_entry", text: entry.message }))
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
function stepsInText(text) {
  let found = [], lines = text.split(`
`);
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index], fence = FENCE.exec(line);
    if (fence) {
      let [, indent, marker, info] = fence, closing = new RegExp(`^[ \\t]*${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \\t]*$`), body = [];
      for (index++; index < lines.length && !closing.test(lines[index]); index++)
        body.push(
          lines[index].startsWith(indent) ? lines[index].slice(indent.length) : lines[index].trimStart()
        );
      let block = commandsOfBlock(body, info);
      block && found.push(block);
      continue;
    }
    let plain = line.replace(LIST_MARKER, "");
    if (plain.includes("`"))
      for (let span of plain.matchAll(CODE_SPAN)) {
        let command = span[2].trim();
        looksLikeCommand(command, { inCodeSpan: !0 }) && !startsLikeErrorMessage(command) && found.push({ lines: [stripPrompt(command)], language: null, excerpt: line.trim() });
      }
    else looksLikeCommand(plain, { inCodeSpan: !1 }) && !startsLikeErrorMessage(plain) && found.push({ lines: [stripPrompt(plain).replace(/\.$/, "")], language: null, excerpt: line.trim() });
  }
  return found;
}
function commandsOfBlock(body, info) {
  let meaningful = meaningfulLines(body);
  if (meaningful.length === 0) return null;
  let prompted = meaningful.filter((line) => /^\s*(?:\$|%|PS>)\s+/.test(line)), lines;
  if (prompted.length > 0) lines = prompted.map(stripPrompt);
  else if (SHELL_LANGUAGES.test(info)) lines = trimBlankEdges(body);
  else if (info === "" && looksLikeCommand(meaningful[0], { inCodeSpan: !0 }))
    lines = trimBlankEdges(body);
  else return null;
  if (lines.length === 1) return { lines, language: null, excerpt: meaningful[0] };
  let language = info === "" || /^(?:console|shell-session)$/i.test(info) ? prompted.length > 0 ? "sh" : null : info;
  return { lines, language, excerpt: meaningful.slice(0, 3).join(`
`) };
}
function trimBlankEdges(lines) {
  let start = 0, end = lines.length;
  for (; start < end && lines[start].trim() === ""; ) start++;
  for (; end > start && lines[end - 1].trim() === ""; ) end--;
  return lines.slice(start, end);
}
function withoutCommandsInsideBlocks(steps) {
  let inBlocks = new Set(
    steps.filter((step) => step.lines.length > 1).flatMap((step) => step.lines.map(normalizeCommand))
  );
  return steps.filter(
    (step) => step.prose || step.lines.length > 1 || !inBlocks.has(normalizeCommand(step.lines[0]))
  );
}
function excerpt(text) {
  let oneLine = text.replace(/\s*\n\s*/g, " \u23CE ").trim();
  return oneLine.length <= EXCERPT_LIMIT ? oneLine : `${oneLine.slice(0, EXCERPT_LIMIT - 1)}\u2026`;
}

export {
  normalizeCommand,
  commandTemplate,
  meaningfulLines,
  extractSteps,
  quotedErrors
};
