// Which runbook belongs to a service, by the workspace rules: the service's `runbook` field names it, its
// front matter lists the service, or its file name (without .md) is the service id, in that order of strength.
import type { Service } from "../../model.js";

/** The runbook path for the service, or null when none of its rules matches a runbook that exists. */
export function findRunbookForService(
  service: Service,
  runbookPaths: readonly string[],
  frontMatterServices: ReadonlyMap<string, readonly string[]>,
): string | null {
  const paths = [...runbookPaths].sort(byDepthThenName);
  if (service.runbook) {
    const named = normalizePath(service.runbook);
    const match = paths.find((path) => normalizePath(path) === named);
    if (match) return match;
  }
  const ids = new Set([service.id, service.pagerdutyId].filter((id): id is string => id !== null));
  const listed = paths.find((path) => (frontMatterServices.get(path) ?? []).some((id) => ids.has(id)));
  if (listed) return listed;
  return paths.find((path) => fileStem(path) === service.id) ?? null;
}

/** Where a new runbook for the service goes: its `runbook` field, else `<service id>.md`. */
export function defaultRunbookPath(service: Service): string {
  return service.runbook ? normalizePath(service.runbook) : `${service.id}.md`;
}

function normalizePath(path: string): string {
  return path
    .replace(/\\/g, "/")
    .replace(/^(?:\.\/)+/, "")
    .replace(/^\/+/, "");
}

function fileStem(path: string): string {
  return normalizePath(path).split("/").pop()!.replace(/\.md$/i, "");
}

// "payments-api.md" before "legacy/payments-api.md": the shallower file is the one people look at first.
function byDepthThenName(a: string, b: string): number {
  const depth = (path: string) => normalizePath(path).split("/").length;
  return depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0);
}
