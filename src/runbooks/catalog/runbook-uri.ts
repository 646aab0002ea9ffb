// runbook://<path>: each segment of the runbook path percent-encoded (a space or "#" survives a URL parser). Pure.

export const RUNBOOK_URI_TEMPLATE = "runbook://{+path}";

/** The runbook path a runbook:// URI's path variable names, or null when it cannot be decoded. */
export function runbookPathOfUri(variable: string): string | null {
  try {
    return variable.split("/").map(decodeURIComponent).join("/");
  } catch {
    return null;
  }
}
