// What a person reads when a call fails: the error's own sentence where it is one of ours, never a stack.
import { ConfigurationError, UpstreamError, UserInputError, WorkspaceError } from "./errors.js";

export function failureSentence(
  toolName: string,
  error: unknown,
  timedOut: boolean,
  timeoutMs: number,
  /** The upstream services configured; a deadline passed while one of them was still answering. */
  upstreams: readonly string[] = [],
): string {
  if (timedOut) {
    const waiting = upstreams.length ? ` while waiting for ${upstreams.join(" or ")}` : "";
    return `${toolName} did not finish within ${Math.round(timeoutMs / 1000)} s${waiting}; try a narrower window or try again later.`;
  }
  if (
    error instanceof UserInputError ||
    error instanceof WorkspaceError ||
    error instanceof ConfigurationError
  ) {
    return error.message;
  }
  if (error instanceof UpstreamError) {
    return `${error.message}${error.retryLater && !/again/i.test(error.message) ? " Trying again later may help." : ""}`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `${toolName} failed unexpectedly (${reason.slice(0, 300)}). This is a bug in oncall-mentor-mcp; please report it.`;
}
