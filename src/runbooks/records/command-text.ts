// What counts as a command in responders' notes, how two spellings of one command are compared, and whether
// running it looks at the system (diagnosis) or changes it (mitigation).

// Programs responders type at a shell or a database prompt. A line that starts with one of them is a command
// even without backticks around it.
const PROGRAMS = new Set([
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
  "wget",
]);

const INTERACTIVE = new Set(["htop", "k9s", "top"]);
const NEEDS_TARGET =
  /^(?:apply|create|replace|patch|delete|edit|scale|annotate|label|taint|upgrade|install|uninstall|rollback|destroy|import|exec|run)$/;
const SCRIPT_PATH = /^(?:\.{1,2}\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:sh|bash|py|rb|pl|js|ts)$/;
// Programs whose names are also English words: at the start of a plain note line they need more to go on.
const ALSO_WORDS = new Set([
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
  "top",
]);
// "kubectl was slow": a program name followed by prose is a sentence about the program, not a command.
const PROSE_AFTER_PROGRAM =
  /^(?:is|was|were|are|has|had|have|and|or|the|a|an|seems|seemed|returned|showed|shows|did|didn't|does|doesn't|not|timed|kept|output|says|said|hung|failed|worked|works|errored|itself|access|again|too|also|which|that|then|could|couldn't|would|wouldn't|can|can't|cannot|will|won't)$/i;

const SQL =
  /^(?:select|update|delete|insert|alter|vacuum|analyze|explain|reindex|truncate|drop|create|grant|revoke|kill|show|set|begin|commit|rollback)\b/i;
const PROMPT = /^(?:\$|#|>|%|PS>|[\w.-]+@[\w.-]+(?::[^$#\s]*)?[$#])\s+/;

/** The command without a shell prompt in front of it ("$ ", "# ", "user@host:~$ "). */
export function stripPrompt(text: string): string {
  return text.trim().replace(PROMPT, "");
}

/**
 * Whether an inline code span, or a plain line of a note, reads as something a responder ran. A plain line
 * needs a prompt in front ("$ ") or a program name that is not also an everyday word, followed by arguments.
 */
export function looksLikeCommand(text: string, options: { inCodeSpan: boolean }): boolean {
  const prompted = PROMPT.test(text.trim());
  // "PGPASSWORD=… psql …": environment assignments before the program.
  const command = stripPrompt(text).replace(/^(?:[A-Z_][A-Z0-9_]*=\S*\s+)+/, "");
  if (command.length < 3 || command.length > 400) return false;
  const words = command.split(/\s+/);
  const program = words[0] === "sudo" ? (words[1] ?? "") : words[0]!;
  if (PROGRAMS.has(program)) {
    // "kubectl apply" with no manifest, "helm upgrade" with no release: nothing anyone could run again.
    const rest = words.slice(words[0] === "sudo" ? 2 : 1);
    if (rest.length === 1 && NEEDS_TARGET.test(rest[0]!)) return false;
    // A bare program name is a command only for the interactive ones ("used `kubectl`" names a tool).
    if (options.inCodeSpan || prompted) return words.length > 1 || INTERACTIVE.has(program);
    const argument = words[words[0] === "sudo" ? 2 : 1];
    return (
      argument !== undefined &&
      !PROSE_AFTER_PROGRAM.test(argument) &&
      (!ALSO_WORDS.has(program) || /^-/.test(argument))
    );
  }
  if (SQL.test(command) && words.length > 1 && (options.inCodeSpan || prompted || /;\s*$/.test(command)))
    return true;
  // A script run by its path ("prow/deploy.sh", "./recreate_configmaps.py --all").
  if (SCRIPT_PATH.test(words[0]!)) return options.inCodeSpan || prompted || words[0]!.includes("/");
  // An unknown program in backticks still reads as a command when it carries flags, paths or assignments, or
  // when it is a control tool ("pgbouncer-ctl set max_client_conn 400", "cmctl renew status-tls").
  return (
    options.inCodeSpan &&
    /^[a-z][\w.-]*$/.test(words[0]!) &&
    words.length > 1 &&
    (/(?:ctl|adm|cli)$/.test(words[0]!) || words.slice(1).some((word) => /^--?[a-z]|[/=|]/.test(word)))
  );
}

/** The form two commands are compared in: no prompt, one space between words, one kind of quote, lower case. */
export function normalizeCommand(text: string): string {
  return stripPrompt(text)
    .replace(/\\\r?\n/g, " ")
    .replace(/[‘’']/g, '"')
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .replace(/[;\s]+$/, "")
    .toLowerCase();
}

// Placeholders a runbook writes where a responder typed a real value: <pod>, {namespace}, $POD, ${NS}.
const PLACEHOLDER = /<[^<>\s]+>|\{\{?[^{}\s]+\}?\}|\$\{[^}\s]+\}|\$[a-z_][a-z0-9_]*/g;

/** A matcher for a runbook command that holds placeholders, or null when it has none. */
export function commandTemplate(normalized: string): RegExp | null {
  if (!PLACEHOLDER.test(normalized)) return null;
  PLACEHOLDER.lastIndex = 0;
  let pattern = "";
  let copied = 0;
  for (const match of normalized.matchAll(PLACEHOLDER)) {
    pattern += escapeRegExp(normalized.slice(copied, match.index)) + "[^\\s]+";
    copied = match.index + match[0].length;
  }
  return new RegExp(`^${pattern}${escapeRegExp(normalized.slice(copied))}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// "\b" does not split "pg_terminate_backend", hence the compound words spelled out.
const CHANGES_STATE =
  /(?:\b|_)(?:renew|rotate|disarm|raise|increase|resync|rebuild|recreate|restore|migrate|restart|rollout restart|rollout undo|undo|rollback|roll back|scale|delete|drain|cordon|uncordon|kill|pkill|reboot|failover|promote|apply|patch|replace|set|edit|annotate|label|taint|upgrade|install|uninstall|flush|flushall|purge|evict|stop|start|reload|enable|disable|terminate|reset|resume|pause|suspend|truncate|drop|update|insert|vacuum|reindex|rm|mv|cp|put|post|sync|invalidate|del|unlink|expire|terminate_backend|cancel_backend|clear)\b/;
const LOOKS_ONLY =
  /\b(?:get|describe|logs?|top|status|show|list|ls|cat|tail|head|grep|less|explain|select|ping|dig|nslookup|traceroute|netstat|ss|lsof|ps|df|du|free|iostat|vmstat|history|info|inspect|check|diff|events|version|query|watch|stats|health|whoami|config view|cluster-info)\b/;

/** Whether running the command changes the system (a mitigation) or only looks at it (a diagnosis). */
export function commandPurpose(command: string, context: string): "diagnosis" | "mitigation" {
  const words = normalizeCommand(command);
  const curl = /^(?:sudo )?curl\b/.test(words);
  if (curl)
    return /\s-(?:x|-request)\s*"?(?:post|put|patch|delete)\b/.test(words) ? "mitigation" : "diagnosis";
  // A script run by its path changes things unless its name says it only looks ("check_replication.sh").
  const first = words.split(" ")[0]!;
  if (SCRIPT_PATH.test(first))
    return /(?:check|status|list|show|get|debug|diag|inspect|report)[^/]*$/.test(first)
      ? "diagnosis"
      : "mitigation";
  if (CHANGES_STATE.test(words)) return "mitigation";
  if (LOOKS_ONLY.test(words)) return "diagnosis";
  return /\b(?:fix|fixed|mitigat|resolv|recover|restor|rolled|workaround)/i.test(context)
    ? "mitigation"
    : "diagnosis";
}

/** The lines of a block that are commands: not blank, not a shell or SQL comment (a "#!" line counts). */
export function meaningfulLines(lines: readonly string[]): string[] {
  return lines.filter((line) => line.trim() !== "" && !/^\s*#(?!!)/.test(line) && !/^\s*--\s/.test(line));
}
