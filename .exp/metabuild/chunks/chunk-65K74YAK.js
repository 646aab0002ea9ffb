import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/lib/redact.ts
var REDACTED_PREFIX = "[REDACTED:";
function marker(kind) {
  return `${REDACTED_PREFIX}${kind}]`;
}
function alreadyRedacted(value) {
  return value.includes(REDACTED_PREFIX);
}
var PEM_BLOCK = /(-----BEGIN ([A-Z0-9 ]{0,40})PRIVATE KEY( BLOCK)?-----)(?:[^-]|-(?!----))*(-----END \2PRIVATE KEY\3-----)/g, PEM_TRUNCATED = /(-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----)(?:[A-Za-z0-9+/=\r\n]|\\[rn])+/g;
function redactPrivateKeys(text) {
  return text.replace(
    PEM_BLOCK,
    (_match, begin, _name, _block, end) => `${begin}${marker("private-key")}${end}`
  ).replace(PEM_TRUNCATED, (_match, begin) => `${begin}${marker("private-key")}`);
}
var URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{0,30}:\/\/)([^\s:/?#@]*):([^\s/?#]+)@/gi, SLACK_WEBHOOK = /(hooks\.slack\.com\/(?:services|workflows|triggers)\/)[A-Za-z0-9_/-]+/g;
function redactUrlCredentials(text) {
  return text.replace(
    URL_CREDENTIALS,
    (match, scheme, user, password) => alreadyRedacted(password) ? match : `${scheme}${user}:${marker("password")}@`
  ).replace(SLACK_WEBHOOK, (_match, prefix) => `${prefix}${marker("slack-webhook")}`);
}
var hasMixedCharacters = (token) => /[A-Z]/.test(token) && /[a-z]/.test(token) && /\d/.test(token), TOKEN_SHAPES = [
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
    accept: (token) => hasMixedCharacters(token) && (token.match(/\//g)?.length ?? 0) <= 2
  }
];
function redactTokenShapes(text) {
  let result = text;
  for (let { pattern, kind, accept } of TOKEN_SHAPES)
    result = result.replace(pattern, (token) => accept && !accept(token) ? token : marker(kind));
  return result;
}
var AUTHORIZATION_HEADER = /\b((?:Proxy-)?Authorization["']?[ \t]*[:=][ \t]*["']?)(?:(Bearer|Basic|Token|Bot)([ \t]+))?(token=["']?)?([^\s"',;]+)/gi, PAGERDUTY_TOKEN = /\b(Token[ \t]+token=["']?)([^\s"',;]+)/gi, BARE_BEARER = /\b(Bearer[ \t]+)([A-Za-z0-9._~+/=-]{12,})/gi;
function looksLikeCredential(value) {
  return value.length >= 8 && /\d/.test(value) && /[A-Za-z]/.test(value);
}
function redactAuthorization(text) {
  return text.replace(
    AUTHORIZATION_HEADER,
    (match, prefix, scheme, space, tokenIs, value) => {
      if (alreadyRedacted(value) || !scheme && !tokenIs && !looksLikeCredential(value)) return match;
      let kind = tokenIs ? "pagerduty-token" : scheme?.toLowerCase() === "basic" ? "basic-auth" : "token";
      return `${prefix}${scheme ? scheme + space : ""}${tokenIs ?? ""}${marker(kind)}`;
    }
  ).replace(
    PAGERDUTY_TOKEN,
    (match, prefix, value) => alreadyRedacted(value) ? match : `${prefix}${marker("pagerduty-token")}`
  ).replace(
    BARE_BEARER,
    (match, prefix, value) => looksLikeCredential(value) ? `${prefix}${marker("token")}` : match
  );
}
var SENSITIVE_KEY_KINDS = [
  [/(?:password|passwd|passphrase|pwd)$/, "password"],
  [/secretaccesskey$/, "aws-secret-access-key"],
  [/(?:accountkey|sharedaccesskey|sharedaccesssignature)$/, "azure-key"],
  [/privatekey$/, "private-key"],
  [/apikey$/, "api-key"],
  [/token$/, "token"],
  [/(?:routingkey|integrationkey|servicekey)$/, "integration-key"],
  [/(?:secret|secretkey|accesskey|masterkey|signingkey|encryptionkey)$/, "secret"],
  [/^sig$/, "signature"]
];
function secretKindOfKey(key) {
  let normalized = key.toLowerCase().replace(/[^a-z0-9]/g, "");
  for (let [pattern, kind] of SENSITIVE_KEY_KINDS) if (pattern.test(normalized)) return kind;
  return null;
}
var KEY_AND_SEPARATOR = /(?<![\w.-])([\w.-]+)(["']?[ \t]*:?[:=][ \t]*)/g, AUTH_SCHEME = /^(?:Bearer|Basic|Token)[ \t]+(?=\S)/i, VALUE = /"((?:[^"\\\r\n]|\\.)*)"|'([^'\r\n]*)'|([^\s"'&;,]+)/y;
function redactKeyValuePairs(text) {
  let result = "", copiedUpTo = 0;
  KEY_AND_SEPARATOR.lastIndex = 0;
  for (let match = KEY_AND_SEPARATOR.exec(text); match; match = KEY_AND_SEPARATOR.exec(text)) {
    let kind = secretKindOfKey(match[1]);
    if (!kind) continue;
    let valueStart = match.index + match[0].length, scheme = AUTH_SCHEME.exec(text.slice(valueStart, valueStart + 16));
    scheme && (valueStart += scheme[0].length), VALUE.lastIndex = valueStart;
    let value = VALUE.exec(text);
    if (!value) continue;
    let inner = value[1] ?? value[2] ?? value[3] ?? "", valueEnd = valueStart + value[0].length;
    if (KEY_AND_SEPARATOR.lastIndex = valueEnd, inner.length === 0 || alreadyRedacted(inner) || kind === "password" && /^[/~]/.test(inner) && /pwd$/i.test(match[1])) continue;
    let quote = value[3] === void 0 ? value[0][0] : "";
    result += text.slice(copiedUpTo, valueStart) + quote + marker(kind) + quote, copiedUpTo = valueEnd;
  }
  return copiedUpTo === 0 ? text : result + text.slice(copiedUpTo);
}
function redactSecrets(text) {
  if (text.length === 0) return text;
  let result = redactPrivateKeys(text);
  return result = redactUrlCredentials(result), result = redactTokenShapes(result), result = redactAuthorization(result), redactKeyValuePairs(result);
}
function isPlainObject(value) {
  if (typeof value != "object" || value === null) return !1;
  let prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
function redactValue(value, secretKind, path) {
  if (typeof value == "string")
    return secretKind && value.length > 0 && !alreadyRedacted(value) ? marker(secretKind) : redactSecrets(value);
  if (Array.isArray(value)) {
    if (path.has(value)) return value;
    path.add(value);
    let copy = value.map((item) => redactValue(item, secretKind, path));
    return path.delete(value), copy;
  }
  if (isPlainObject(value)) {
    if (path.has(value)) return value;
    path.add(value);
    let copy = {};
    for (let [key, item] of Object.entries(value))
      copy[key] = redactValue(item, secretKindOfKey(key), path);
    return path.delete(value), copy;
  }
  return value;
}
function redactDeep(value) {
  return redactValue(value, null, /* @__PURE__ */ new Set());
}

export {
  redactSecrets,
  redactDeep
};
