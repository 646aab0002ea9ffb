import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/lib/log.ts
function scrubSecrets(text, secrets) {
  let out = text;
  for (let secret of secrets) secret.length >= 4 && (out = out.split(secret).join("[REDACTED:token]"));
  return out;
}
function createStderrLogger(secrets) {
  let write = (level, message) => process.stderr.write(`oncall-mentor-mcp ${level}: ${scrubSecrets(message, secrets)}
`);
  return { info: (message) => write("info", message), warn: (message) => write("warn", message) };
}

export {
  scrubSecrets,
  createStderrLogger
};
