import { describe, expect, it } from "vitest";
import { redactDeep, redactSecrets, secretKindOfKey } from "../../src/lib/redact.js";

// Vendor-prefixed fakes are assembled at run time so that secret scanners do not flag this file.
const p = (...parts: string[]) => parts.join("");

const PEM_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\nVJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1G\n";

const SECRETS: [name: string, input: string, expected: string][] = [
  ["AWS access key id", "key id AKIAIOSFODNN7EXAMPLE used", "key id [REDACTED:aws-access-key-id] used"],
  ["AWS temporary key id", "ASIAY34FZKBOKMUTVV7A", "[REDACTED:aws-access-key-id]"],
  [
    "AWS secret key as a pair",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "aws_secret_access_key = [REDACTED:aws-secret-access-key]",
  ],
  [
    "AWS secret key bare",
    "creds: AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "creds: [REDACTED:aws-access-key-id] [REDACTED:aws-secret-access-key]",
  ],
  ["GitHub classic token", p("token ghp", "_", "a".repeat(30), "B1c2D3"), "token [REDACTED:github-token]"],
  ["GitHub OAuth token", p("gho", "_", "Z9".repeat(18), " expired"), "[REDACTED:github-token] expired"],
  [
    "GitHub fine-grained token",
    p("github", "_pat_", "11ABCDEFG0", "_", "x".repeat(40)),
    "[REDACTED:github-token]",
  ],
  [
    "Slack bot token",
    p("SLACK=xo", "xb-", "1234567890-0987654321-AbCdEfGhIjKlMnOp"),
    "SLACK=[REDACTED:slack-token]",
  ],
  ["Slack user token", p("xo", "xp-", "11111-22222-33333-abcdef"), "[REDACTED:slack-token]"],
  [
    "Slack webhook URL",
    p("posting to https://hooks.slack.com/services/", "T000/B000/", "XXXXXXXXXXXXXXXX"),
    "posting to https://hooks.slack.com/services/[REDACTED:slack-webhook]",
  ],
  [
    "Stripe live secret key",
    p("charge failed for sk", "_live_", "4eC39HqLyjWDarjtT1zdp7dc"),
    "charge failed for [REDACTED:stripe-key]",
  ],
  ["Stripe restricted key", p("rk", "_live_", "51H8aaaaBBBBccccDDDD"), "[REDACTED:stripe-key]"],
  [
    "Google API key",
    p("key=AI", "za", "SyA-1234567890abcdefghijklmnopqrstu"),
    "key=[REDACTED:google-api-key]",
  ],
  [
    "JWT",
    "session eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U ok",
    "session [REDACTED:jwt] ok",
  ],
  [
    "PEM private key, multi-line",
    `key:\n-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY}-----END RSA PRIVATE KEY-----\ndone`,
    "key:\n-----BEGIN RSA PRIVATE KEY-----[REDACTED:private-key]-----END RSA PRIVATE KEY-----\ndone",
  ],
  [
    "OpenSSH private key",
    "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----",
    "-----BEGIN OPENSSH PRIVATE KEY-----[REDACTED:private-key]-----END OPENSSH PRIVATE KEY-----",
  ],
  [
    "PEM private key cut short",
    "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF\nAASC (truncated)",
    "-----BEGIN PRIVATE KEY-----[REDACTED:private-key] (truncated)",
  ],
  [
    "GCP service-account JSON",
    '{"type": "service_account", "private_key_id": "abc123", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADAN\\n-----END PRIVATE KEY-----\\n", "client_email": "x@p.iam.gserviceaccount.com"}',
    '{"type": "service_account", "private_key_id": "abc123", "private_key": "-----BEGIN PRIVATE KEY-----[REDACTED:private-key]-----END PRIVATE KEY-----\\n", "client_email": "x@p.iam.gserviceaccount.com"}',
  ],
  ["postgres URL", "postgres://app:s3cr3t@db:5432/x", "postgres://app:[REDACTED:password]@db:5432/x"],
  [
    "mysql URL",
    "dsn=mysql://root:pa:ss@mysql.internal/orders?ssl=1",
    "dsn=mysql://root:[REDACTED:password]@mysql.internal/orders?ssl=1",
  ],
  [
    "mongodb+srv URL",
    "mongodb+srv://svc:Zx%40y9@cluster0.ab1cd.mongodb.net/db",
    "mongodb+srv://svc:[REDACTED:password]@cluster0.ab1cd.mongodb.net/db",
  ],
  ["URL password holding an @", "postgres://app:p@ss@db/x", "postgres://app:[REDACTED:password]@db/x"],
  ["redis URL without user", "redis://:hunter2@cache:6379/0", "redis://:[REDACTED:password]@cache:6379/0"],
  ["amqp URL", "amqp://guest:guest@rabbit:5672/", "amqp://guest:[REDACTED:password]@rabbit:5672/"],
  ["password= pair", "login with password=hunter2 failed", "login with password=[REDACTED:password] failed"],
  ["passwd: pair", "passwd: letmein", "passwd: [REDACTED:password]"],
  ["secret: pair", "secret: abc123xyz", "secret: [REDACTED:secret]"],
  ["api_key= in a query", "GET /v1?api_key=abcd1234&page=2", "GET /v1?api_key=[REDACTED:api-key]&page=2"],
  [
    "JSON password",
    '{"user":"bob","db_password":"p@ss w0rd"}',
    '{"user":"bob","db_password":"[REDACTED:password]"}',
  ],
  ["env var", "export PGPASSWORD='s3cret!'", "export PGPASSWORD='[REDACTED:password]'"],
  ["CLI flag", "psql --password=Tr0ub4dor", "psql --password=[REDACTED:password]"],
  ["client secret", "client_secret: 8Q~abcdefg.hij", "client_secret: [REDACTED:secret]"],
  ["API key header", "X-API-Key: 0123456789abcdef", "X-API-Key: [REDACTED:api-key]"],
  ["Bearer header", "Authorization: Bearer abc.def-123", "Authorization: Bearer [REDACTED:token]"],
  ["Basic header", "Authorization: Basic dXNlcjpwYXNz", "Authorization: Basic [REDACTED:basic-auth]"],
  [
    "PagerDuty token header",
    "-H 'Authorization: Token token=y_NbAkKc66ryYTWUXYEu'",
    "-H 'Authorization: Token token=[REDACTED:pagerduty-token]'",
  ],
  [
    "PagerDuty token alone",
    "used Token token=u+AbCdEfGh12345",
    "used Token token=[REDACTED:pagerduty-token]",
  ],
  [
    "GitHub token header",
    "Authorization: token 0123456789abcdef0123",
    "Authorization: token [REDACTED:token]",
  ],
  ["Bearer in prose-free text", "curl -H Bearer a1b2c3d4e5f6g7h8", "curl -H Bearer [REDACTED:token]"],
  [
    "auth token header carrying a scheme",
    "X-Auth-Token: Bearer q1w2e3r4t5",
    "X-Auth-Token: Bearer [REDACTED:token]",
  ],
  [
    "npm token",
    p("//registry.npmjs.org/:_authToken=npm", "_", "a1B2".repeat(9)),
    "//registry.npmjs.org/:_authToken=[REDACTED:npm-token]",
  ],
  ["npm token bare", p("npm", "_", "Z".repeat(36)), "[REDACTED:npm-token]"],
  ["SendGrid key", p("SG", ".", "a".repeat(22), ".", "B".repeat(43)), "[REDACTED:sendgrid-key]"],
  ["Twilio API key", p("SK", "0123456789abcdef0123456789abcdef"), "[REDACTED:twilio-api-key]"],
  [
    "Twilio auth token",
    "TWILIO_AUTH_TOKEN=0123456789abcdef0123456789abcdef",
    "TWILIO_AUTH_TOKEN=[REDACTED:token]",
  ],
  [
    "Azure storage connection string",
    "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Eby8vdM02xNOcqF+lPr/Ag==;EndpointSuffix=core.windows.net",
    "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=[REDACTED:azure-key];EndpointSuffix=core.windows.net",
  ],
  [
    "Azure service bus connection string",
    "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=abcDEF123+/=",
    "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=[REDACTED:azure-key]",
  ],
  [
    "Azure SAS URL",
    "https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sig=AbC%2Bd123",
    "https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sig=[REDACTED:signature]",
  ],
  [
    "PagerDuty routing key",
    '"routing_key": "e93facc04764012d7bfb002500d5d1a6"',
    '"routing_key": "[REDACTED:integration-key]"',
  ],
  ["GitLab token", p("glpat", "-", "xxxxxxxxxxxxxxxxxxxx"), "[REDACTED:gitlab-token]"],
  ["Vault token", p("VAULT=hv", "s.", "CAESIJabcdefghijklmnopqrstuvwxyz"), "VAULT=[REDACTED:vault-token]"],
  ["Google OAuth token", p("ya", "29.", "a0AfH6SMBx1234567890abcdef"), "[REDACTED:google-oauth-token]"],
  ["LLM API key", p("sk", "-proj-", "AbCdEf1234567890GhIjKl"), "[REDACTED:api-key]"],
];

const LOOK_ALIKES: [name: string, text: string][] = [
  ["short commit sha", "deployed 3f2a9c1 to prod"],
  ["full commit sha", "revert 9fceb02d0ae598e95dc970b74767f19372d61af8"],
  ["UUID", "request 123e4567-e89b-12d3-a456-426614174000 failed"],
  ["PagerDuty incident id", "incident Q2K4GW9LZ1F0XW was acknowledged"],
  ["incident number", "Incident #1234 resolved"],
  ["k8s pod name", "pod payments-api-7d9f8b6c5d-x2x4z OOMKilled"],
  ["ISO timestamp", "at 2026-11-24T12:00:00.000Z the queue backed up"],
  ["plain URL", "see https://status.example.com:8443/incidents/42?tab=timeline#notes"],
  ["URL with user only", "ssh://git@github.com:22/org/repo.git"],
  ["password prose", "Customer asked for a password reset; sent the reset link."],
  ["token prose", "Bearer tokens expired for the mobile app"],
  ["authorization prose", "Authorization failed for user bob"],
  ["dedup key", "alert_key: disk-full/db-7 fired"],
  ["token count", "token_count=512 tokens_used: 40"],
  ["basic prose", "Basic troubleshooting: restart the worker"],
  ["file path", "/var/lib/postgresql/14/main/pg_wal/000000010000000A000000F1"],
  ["email", "paged alice@example.com via sms"],
  ["markdown link", "[runbook](https://github.com/acme/runbooks/blob/main/payments-api.md#mitigation)"],
  ["empty value", "password=\nsecret: "],
];

describe("redactSecrets", () => {
  it("redacts all of at least 30 secret shapes standing together in one text, each as it would alone", () => {
    expect(SECRETS.length).toBeGreaterThanOrEqual(30);
    const together = SECRETS.map(([, input]) => input).join("\n\n");
    expect(redactSecrets(together)).toBe(SECRETS.map(([, , expected]) => expected).join("\n\n"));
  });

  it.each(SECRETS)("redacts %s", (_name, input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it.each(LOOK_ALIKES)("leaves a %s unchanged", (_name, text) => {
    expect(redactSecrets(text)).toBe(text);
  });

  it.each(SECRETS)("is idempotent on %s", (_name, input) => {
    const once = redactSecrets(input);
    expect(redactSecrets(once)).toBe(once);
  });

  it("redacts every secret in a text that mixes them", () => {
    const text = SECRETS.map(([, input]) => input).join("\n");
    const expected = SECRETS.map(([, , output]) => output).join("\n");
    expect(redactSecrets(text)).toBe(expected);
  });
});

describe("redactSecrets on pathological input", () => {
  const MB = 1 << 20;
  const inputs: [string, string][] = [
    ["one long word", "a".repeat(MB)],
    ["JWT-like prefixes", "eyJ".repeat(MB / 3)],
    ["JWT segments that never close", "eyJaaaaa.".repeat(MB / 9)],
    ["BEGIN markers without END", "-----BEGIN PRIVATE KEY-----".repeat(MB / 27)],
    ["colons", "a:".repeat(MB / 2)],
    ["sensitive keys chained", "password=".repeat(MB / 9)],
    ["unclosed quotes", 'password:"x '.repeat(MB / 12)],
    ["scheme separators", "x://y:".repeat(MB / 6)],
    ["at signs after a scheme", "x://y:" + "@a".repeat(MB / 2)],
    ["authorization headers", "Authorization: ".repeat(MB / 15)],
    ["base64 run", "Ab1/".repeat(MB / 4)],
    ["dashes and words", "a-".repeat(MB / 2)],
    ["spaces after a key", "password" + " ".repeat(MB)],
  ];

  it.each(inputs)("finishes 1 MB of %s in linear time", (_name, input) => {
    const started = performance.now();
    redactSecrets(input);
    // A quadratic pattern takes minutes on 1 MB; linear passes take milliseconds even on a busy machine.
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe("redactDeep", () => {
  it("redacts strings at any depth and whole values under secret field names", () => {
    const alertDetails = {
      summary: "db down, dsn postgres://app:pw1@db/x",
      tags: ["env:prod", "Authorization: Bearer abc123def456"],
      nested: { db_password: "hunter2", apiKey: "anything", retries: 3, ok: true, none: null },
    };
    expect(redactDeep(alertDetails)).toEqual({
      summary: "db down, dsn postgres://app:[REDACTED:password]@db/x",
      tags: ["env:prod", "Authorization: Bearer [REDACTED:token]"],
      nested: {
        db_password: "[REDACTED:password]",
        apiKey: "[REDACTED:api-key]",
        retries: 3,
        ok: true,
        none: null,
      },
    });
    expect(alertDetails.nested.db_password).toBe("hunter2");
  });

  it("returns plain strings redacted and leaves other values alone", () => {
    expect(redactDeep("password=x1")).toBe("password=[REDACTED:password]");
    expect(redactDeep(42)).toBe(42);
    expect(redactDeep(null)).toBeNull();
  });

  it("survives a cycle", () => {
    const node: { name: string; self?: unknown } = { name: "token=abc" };
    node.self = node;
    const copy = redactDeep(node);
    expect(copy.name).toBe("token=[REDACTED:token]");
  });
});

describe("secretKindOfKey", () => {
  it.each([
    ["DB_PASSWORD", "password"],
    ["clientSecret", "secret"],
    ["x-api-key", "api-key"],
    ["access_token", "token"],
    ["alert_key", null],
    ["token_count", null],
    ["secret_name", null],
  ])("%s → %s", (key, kind) => {
    expect(secretKindOfKey(key)).toBe(kind);
  });
});
