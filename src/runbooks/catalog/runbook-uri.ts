// runbook://<path>: each segment of the runbook path percent-encoded, so a space or "#" survives a URL parser. Pure.

export const RUNBOOK_URI_TEMPLATE = "runbook://{+path}";

export function runbookUri(path: string): string {
  return `runbook://${path.split("/").map(encodeURIComponent).join("/")}`;
}

/** The runbook path a runbook:// URI's path variable names, or null when it cannot be decoded. */
export function runbookPathOfUri(variable: string): string | null {
  try {
    return variable.split("/").map(decodeURIComponent).join("/");
  } catch {
    return null;
  }
}
