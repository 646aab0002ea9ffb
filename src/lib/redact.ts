// Secret redaction for user content that reaches tool output: notes, alert bodies, log summaries.
// Each secret becomes [REDACTED:<kind>] and the text around it (scheme, user, header name, key) stays.
//
// Every pattern runs in linear time: it starts at a literal prefix or at the start of a token, it quantifies a
// character class that cannot contain its own delimiter, and no quantifier is nested in another, so a 1 MB log
// line cannot make the regex engine backtrack over the same text again and again.

const REDACTED_PREFIX = "[REDACTED:";

function marker(kind: string): string {
  return `${REDACTED_PREFIX}${kind}]`;
}

function alreadyRedacted(value: string): boolean {
  return value.includes(REDACTED_PREFIX);
}

// ---- Private keys ------------------------------------------------------------------------------

// The body cannot hold five dashes in a row, so a BEGIN without its END stops at the next marker.
const PEM_BLOCK =
  /(-----BEGIN ([A-Z0-9 ]{0,40})PRIVATE KEY( BLOCK)?-----)(?:[^-]|-(?!----))*(-----END \2PRIVATE KEY\3-----)/g;
// A block cut short (a truncated log line): redact the base64 lines that follow the header.
const PEM_TRUNCATED =
  /(-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----)(?:[A-Za-z0-9+/=\r\n]|\\[rn])+/g;

function redactPrivateKeys(text: string): string {
  return text
    .replace(
      PEM_BLOCK,
      (_match, begin: string, _name, _block, end: string) => `${begin}${marker("private-key")}${end}`,
    )
    .replace(PEM_TRUNCATED, (_match, begin: string) => `${begin}${marker("private-key")}`);
}

// ---- Credentials in URLs: postgres://app:secret@db:5432/x ----------------------------------------

// The password runs to the last "@" before the path, so an unescaped "@" inside it is not left behind.
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{0,30}:\/\/)([^\s:/?#@]*):([^\s/?#]+)@/gi;
const SLACK_WEBHOOK = /(hooks\.slack\.com\/(?:services|workflows|triggers)\/)[A-Za-z0-9_/-]+/g;

function redactUrlCredentials(text: string): string {
  return text
    .replace(URL_CREDENTIALS, (match, scheme: string, user: string, password: string) =>
      alreadyRedacted(password) ? match : `${scheme}${user}:${marker("password")}@`,
    )
    .replace(SLACK_WEBHOOK, (_match, prefix: string) => `${prefix}${marker("slack-webhook")}`);
}

// ---- Tokens recognisable by their shape -------------------------------------------------------------

interface TokenShape {
  pattern: RegExp;
  kind: string;
  /** A further test for shapes that look-alikes could share. */
  accept?: (token: string) => boolean;
}

const hasMixedCharacters = (token: string) => /[A-Z]/.test(token) && /[a-z]/.test(token) && /\d/.test(token);

const TOKEN_SHAPES: TokenShape[] = [
  { pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g, kind: "aws-access-key-id" },
  { pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}/g, kind: "github-token" },
  { pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}/g, kind: "github-token" },
  { pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g, kind: "gitlab-token" },
  { pattern: /\bxox[abposer]-[A-Za-z0-9-]{10,}/g, kind: "slack-token" },
  { pattern: /\bxapp-[A-Za-z0-9-]{10,}/g, kind: "slack-token" },
  { pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/g, kind: "stripe-key" },
  { pattern: /\bwhsec_[A-Za-z0-9]{20,}/g, kind: "stripe-key" },
  { pattern: /\bAIza[0-9A-Za-z_-]{35}/g, kind: "google-api-key" },
  { pattern: /\bya29\.[0-9A-Za-z_-]{20,}/g, kind: "google-oauth-token" },
  { pattern: /\bGOCSPX-[0-9A-Za-z_-]{20,}/g, kind: "google-client-secret" },
  { pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, kind: "npm-token" },
  { pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/g, kind: "sendgrid-key" },
  { pattern: /\bSK[0-9a-fA-F]{32}\b/g, kind: "twilio-api-key" },
  { pattern: /\bhv[sb]\.[A-Za-z0-9_-]{24,}/g, kind: "vault-token" },
  { pattern: /\bdop_v1_[a-f0-9]{64}/g, kind: "digitalocean-token" },
  { pattern: /\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}/g, kind: "shopify-token" },
  { pattern: /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}/g, kind: "api-key", accept: hasMixedCharacters },
  // Header and payload of a JWT are base64url JSON objects, so both begin with "eyJ" ('{"').
  { pattern: /(?<![\w-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, kind: "jwt" },
  // A bare AWS secret access key: exactly 40 base64 characters. Git shas (lowercase hex) and paths are spared.
  {
    pattern: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
    kind: "aws-secret-access-key",
    accept: (token) => hasMixedCharacters(token) && (token.match(/\//g)?.length ?? 0) <= 2,
  },
];

function redactTokenShapes(text: string): string {
  let result = text;
  for (const { pattern, kind, accept } of TOKEN_SHAPES) {
    result = result.replace(pattern, (token) => (accept && !accept(token) ? token : marker(kind)));
  }
  return result;
}

// ---- Authorization headers -----------------------------------------------------------------------------

const AUTHORIZATION_HEADER =
  /\b((?:Proxy-)?Authorization["']?[ \t]*[:=][ \t]*["']?)(?:(Bearer|Basic|Token|Bot)([ \t]+))?(token=["']?)?([^\s"',;]+)/gi;
const PAGERDUTY_TOKEN = /\b(Token[ \t]+token=["']?)([^\s"',;]+)/gi;
const BARE_BEARER = /\b(Bearer[ \t]+)([A-Za-z0-9._~+/=-]{12,})/gi;

/** Opaque credentials carry digits; prose after "Bearer" or "Authorization:" does not. */
function looksLikeCredential(value: string): boolean {
  return value.length >= 8 && /\d/.test(value) && /[A-Za-z]/.test(value);
}

function redactAuthorization(text: string): string {
  return text
    .replace(
      AUTHORIZATION_HEADER,
      (
        match,
        prefix: string,
        scheme: string | undefined,
        space: string | undefined,
        tokenIs: string | undefined,
        value: string,
      ) => {
        if (alreadyRedacted(value)) return match;
        if (!scheme && !tokenIs && !looksLikeCredential(value)) return match;
        const kind = tokenIs ? "pagerduty-token" : scheme?.toLowerCase() === "basic" ? "basic-auth" : "token";
        return `${prefix}${scheme ? scheme + space : ""}${tokenIs ?? ""}${marker(kind)}`;
      },
    )
    .replace(PAGERDUTY_TOKEN, (match, prefix: string, value: string) =>
      alreadyRedacted(value) ? match : `${prefix}${marker("pagerduty-token")}`,
    )
    .replace(BARE_BEARER, (match, prefix: string, value: string) =>
      looksLikeCredential(value) ? `${prefix}${marker("token")}` : match,
    );
}

// ---- key = value pairs: password=…, "api_key": "…", secret: … ----------------------------------------------

// Matched by key ending, after lower-casing and dropping separators: DB_PASSWORD, x-api-key, clientSecret.
const SENSITIVE_KEY_KINDS: [RegExp, string][] = [
  [/(?:password|passwd|passphrase|pwd)$/, "password"],
  [/secretaccesskey$/, "aws-secret-access-key"],
  [/(?:accountkey|sharedaccesskey|sharedaccesssignature)$/, "azure-key"],
  [/privatekey$/, "private-key"],
  [/apikey$/, "api-key"],
  [/token$/, "token"],
  [/(?:routingkey|integrationkey|servicekey)$/, "integration-key"],
  [/(?:secret|secretkey|accesskey|masterkey|signingkey|encryptionkey)$/, "secret"],
  [/^sig$/, "signature"],
];

/** The redaction kind for a field name that holds a secret (e.g. "DB_PASSWORD" → "password"), or null. */
export function secretKindOfKey(key: string): string | null {
  const normalized = key.toLowerCase().replace(/[^a-z0-9]/g, "");
  for (const [pattern, kind] of SENSITIVE_KEY_KINDS) if (pattern.test(normalized)) return kind;
  return null;
}

// The key is the whole run of name characters before the separator, so each run is scanned once.
const KEY_AND_SEPARATOR = /(?<![\w.-])([\w.-]+)(["']?[ \t]*:?[:=][ \t]*)/g;
// Quoted values keep their quotes; bare values end at whitespace or a list separator.
const AUTH_SCHEME = /^(?:Bearer|Basic|Token)[ \t]+(?=\S)/i;
const VALUE = /"((?:[^"\\\r\n]|\\.)*)"|'([^'\r\n]*)'|([^\s"'&;,]+)/y;

function redactKeyValuePairs(text: string): string {
  let result = "";
  let copiedUpTo = 0;
  KEY_AND_SEPARATOR.lastIndex = 0;
  for (let match = KEY_AND_SEPARATOR.exec(text); match; match = KEY_AND_SEPARATOR.exec(text)) {
    const kind = secretKindOfKey(match[1]!);
    if (!kind) continue;
    let valueStart = match.index + match[0].length;
    // "X-Auth-Token: Bearer abc": the scheme word stays, the credential after it goes.
    const scheme = AUTH_SCHEME.exec(text.slice(valueStart, valueStart + 16));
    if (scheme) valueStart += scheme[0].length;
    VALUE.lastIndex = valueStart;
    const value = VALUE.exec(text);
    if (!value) continue;
    const inner = value[1] ?? value[2] ?? value[3] ?? "";
    const valueEnd = valueStart + value[0].length;
    KEY_AND_SEPARATOR.lastIndex = valueEnd;
    if (inner.length === 0 || alreadyRedacted(inner)) continue;
    if (kind === "password" && /^[/~]/.test(inner) && /pwd$/i.test(match[1]!)) continue; // $PWD is a directory
    const quote = value[3] === undefined ? value[0][0]! : "";
    result += text.slice(copiedUpTo, valueStart) + quote + marker(kind) + quote;
    copiedUpTo = valueEnd;
  }
  return copiedUpTo === 0 ? text : result + text.slice(copiedUpTo);
}

// ---- Entry points ---------------------------------------------------------------------------------------------

/** Replaces every secret found in the text by [REDACTED:<kind>], keeping the text around it. Idempotent. */
export function redactSecrets(text: string): string {
  if (text.length === 0) return text;
  let result = redactPrivateKeys(text);
  result = redactUrlCredentials(result);
  result = redactTokenShapes(result);
  result = redactAuthorization(result);
  return redactKeyValuePairs(result);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function redactValue(value: unknown, secretKind: string | null, path: Set<object>): unknown {
  if (typeof value === "string") {
    if (secretKind && value.length > 0 && !alreadyRedacted(value)) return marker(secretKind);
    return redactSecrets(value);
  }
  if (Array.isArray(value)) {
    if (path.has(value)) return value;
    path.add(value);
    const copy = value.map((item) => redactValue(item, secretKind, path));
    path.delete(value);
    return copy;
  }
  if (isPlainObject(value)) {
    if (path.has(value)) return value;
    path.add(value);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      copy[key] = redactValue(item, secretKindOfKey(key), path);
    path.delete(value);
    return copy;
  }
  return value;
}

/**
 * A copy of the value with every string inside plain objects and arrays redacted. A string held under a secret
 * field name ({ "db_password": "hunter2" }) is replaced whole, since it carries no shape to recognise it by.
 */
export function redactDeep<T>(value: T): T {
  return redactValue(value, null, new Set()) as T;
}
