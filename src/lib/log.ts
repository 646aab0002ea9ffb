// Logging goes to stderr only (stdout carries JSON-RPC), and never shows a configured token.

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** Replaces every occurrence of the given secrets (tokens from the configuration) with a marker. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join("[REDACTED:token]");
  return out;
}

export function createStderrLogger(secrets: readonly string[]): Logger {
  const write = (level: string, message: string) =>
    process.stderr.write(`oncall-mentor-mcp ${level}: ${scrubSecrets(message, secrets)}\n`);
  return { info: (message) => write("info", message), warn: (message) => write("warn", message) };
}
