import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/runbooks/catalog/find-runbook.ts
function findRunbookForService(service, runbookPaths, frontMatterServices) {
  let paths = [...runbookPaths].sort(byDepthThenName);
  if (service.runbook) {
    let named = normalizePath(service.runbook), match = paths.find((path) => normalizePath(path) === named);
    if (match) return match;
  }
  let ids = new Set([service.id, service.pagerdutyId].filter((id) => id !== null)), listed = paths.find((path) => (frontMatterServices.get(path) ?? []).some((id) => ids.has(id)));
  return listed || (paths.find((path) => fileStem(path) === service.id) ?? null);
}
function defaultRunbookPath(service) {
  return service.runbook ? normalizePath(service.runbook) : `${service.id}.md`;
}
function normalizePath(path) {
  return path.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").replace(/^\/+/, "");
}
function fileStem(path) {
  return normalizePath(path).split("/").pop().replace(/\.md$/i, "");
}
function byDepthThenName(a, b) {
  let depth = (path) => normalizePath(path).split("/").length;
  return depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export {
  findRunbookForService,
  defaultRunbookPath
};
