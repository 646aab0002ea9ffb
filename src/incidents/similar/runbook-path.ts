// The runbook of a match's service, by the workspace rule: the service's `runbook` field, else `<service id>.md`.
// Pure: the caller passes the runbook paths that exist, or null when they could not be listed.
import type { TeamDirectory } from "../../model.js";

export function runbookPathFor(
  serviceId: string,
  team: TeamDirectory,
  existing: ReadonlySet<string> | null,
): string | null {
  const service = team.services.find((s) => s.id === serviceId || s.pagerdutyId === serviceId);
  if (!service) return null;
  const named = service.runbook?.replace(/^(?:\.\/)+/, "") ?? null;
  if (existing === null) return named;
  if (named !== null && existing.has(named)) return named;
  const byId = `${service.id}.md`;
  return existing.has(byId) ? byId : null;
}
