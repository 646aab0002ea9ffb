import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LIST_LIMIT
} from "./chunk-J4D3K4CF.js";
import "./chunk-HKFD4U5M.js";
import {
  markdownTable
} from "./chunk-EF6MDBBV.js";
import {
  findRunbookForService
} from "./chunk-BWXVZCPD.js";
import {
  readRunbookCatalog
} from "./chunk-7WSIUUHN.js";
import {
  requireKnownIds
} from "./chunk-Z6XIM2SB.js";
import "./chunk-QOBY7TRA.js";
import "./chunk-P23S5MLP.js";
import "./chunk-GCCA2YSU.js";
import "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/runbooks/catalog/runbook-listing.ts
function listRunbooks(runbooks, services, filter) {
  let withServices = runbooks.map((runbook) => ({
    ...runbook,
    summary: { ...runbook.summary, services: [] }
  })), teamId = (id) => services.find((s) => s.id === id || s.pagerdutyId === id)?.id ?? id, byPath = new Map(withServices.map((runbook) => [runbook.summary.path, runbook.summary])), frontMatterServices = new Map(runbooks.map((r) => [r.summary.path, r.summary.services]));
  for (let runbook of runbooks)
    byPath.get(runbook.summary.path).services.push(...runbook.summary.services.map(teamId));
  let paths = [...byPath.keys()];
  for (let service of services) {
    let path = findRunbookForService(service, paths, frontMatterServices);
    path && byPath.get(path).services.push(service.id);
  }
  for (let summary of byPath.values()) summary.services = [...new Set(summary.services)];
  let wantedService = filter.service?.trim() ? teamId(filter.service.trim()) : null, terms = (filter.query ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return withServices.filter(({ summary }) => wantedService === null || summary.services.includes(wantedService)).filter(({ summary, content }) => {
    if (terms.length === 0) return !0;
    let text = [summary.path, summary.title, ...summary.sections, ...summary.services, content].join(`
`).toLowerCase();
    return terms.every((term) => text.includes(term));
  }).map(({ summary }) => summary).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/runbooks/render/render-runbook-list.ts
function renderRunbookList(runbooks, total, all, warnings) {
  let heading = total === all ? `**${all} runbook${all === 1 ? "" : "s"}**` : `**${total} of ${all} runbooks match**`, shown = runbooks.length < total ? ` (first ${runbooks.length}; narrow with service or query)` : "", notes = warnings.map((warning) => `- \u26A0 ${warning}`).join(`
`);
  if (runbooks.length === 0)
    return [heading, "", all === 0 ? "There are no runbooks yet." : "None match; drop the service or query filter to see all.", ...notes ? ["", notes] : []].join(`
`);
  let rows = runbooks.map((runbook) => [
    `\`${runbook.path}\``,
    runbook.title,
    runbook.services.join(", ") || "\u2014",
    runbook.lastReviewed ?? "\u2014",
    runbook.sections.join(" \xB7 ") || "\u2014"
  ]);
  return [
    `${heading}${shown}`,
    "",
    markdownTable(["Path", "Title", "Services", "Last reviewed", "Sections"], rows),
    ...notes ? ["", notes] : []
  ].join(`
`);
}

// src/runbooks/tools/list-runbooks-handler.ts
var handle = async (input, ctx) => {
  let catalog = await readRunbookCatalog(ctx);
  if (input.service !== void 0) {
    let served = listRunbooks(catalog, ctx.team.services, {}).flatMap((runbook) => runbook.services);
    requireKnownIds("service", "service", [input.service], {
      listed: [.../* @__PURE__ */ new Set([...ctx.team.services.map((service) => service.id), ...served])],
      alsoAccepted: ctx.team.services.map((service) => service.pagerdutyId)
    });
  }
  let matches = listRunbooks(catalog, ctx.team.services, input), runbooks = matches.slice(0, LIST_LIMIT), warnings = catalog.flatMap((entry) => entry.problem ? [entry.problem] : []);
  return {
    structured: { runbooks, total: matches.length, warnings },
    markdown: renderRunbookList(runbooks, matches.length, catalog.length, warnings)
  };
};
export {
  handle
};
