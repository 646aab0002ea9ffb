// The runbook of each service, by the workspace rules (findRunbookForService), from the runbook catalogue the runbook
// tools keep (read once per version).
import type { CallContext } from "../../ports/call-context.js";
import { type CatalogEntry, findRunbookForService, readRunbookCatalog } from "../../runbooks/index.js";

export interface ServiceRunbook {
  path: string;
  title: string;
  sections: string[];
}

/** Service id → its runbook, or null; services team.yaml does not know get null. */
export async function runbooksForServices(
  serviceIds: readonly string[],
  ctx: CallContext,
): Promise<Map<string, ServiceRunbook | null>> {
  const found = new Map<string, ServiceRunbook | null>();
  if (serviceIds.length === 0) return found;
  const catalog = await readRunbookCatalog(ctx);
  const byPath = new Map<string, CatalogEntry>(catalog.map((entry) => [entry.path, entry]));
  const frontMatterServices = new Map(catalog.map((entry) => [entry.path, entry.summary.services]));
  const paths = catalog.map((entry) => entry.path);
  for (const id of new Set(serviceIds)) {
    const service = ctx.team.services.find((s) => s.id === id);
    const path = service ? findRunbookForService(service, paths, frontMatterServices) : null;
    const entry = path === null ? undefined : byPath.get(path);
    found.set(
      id,
      entry ? { path: entry.path, title: entry.summary.title, sections: entry.summary.sections } : null,
    );
  }
  return found;
}
