import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findRunbookForService
} from "./chunk-BWXVZCPD.js";
import {
  readRunbookCatalog
} from "./chunk-7WSIUUHN.js";

// src/shadowing/tools/service-runbooks.ts
async function runbooksForServices(serviceIds, ctx) {
  let found = /* @__PURE__ */ new Map();
  if (serviceIds.length === 0) return found;
  let catalog = await readRunbookCatalog(ctx), byPath = new Map(catalog.map((entry) => [entry.path, entry])), frontMatterServices = new Map(catalog.map((entry) => [entry.path, entry.summary.services])), paths = catalog.map((entry) => entry.path);
  for (let id of new Set(serviceIds)) {
    let service = ctx.team.services.find((s) => s.id === id), path = service ? findRunbookForService(service, paths, frontMatterServices) : null, entry = path === null ? void 0 : byPath.get(path);
    found.set(
      id,
      entry ? { path: entry.path, title: entry.summary.title, sections: entry.summary.sections } : null
    );
  }
  return found;
}

export {
  runbooksForServices
};
