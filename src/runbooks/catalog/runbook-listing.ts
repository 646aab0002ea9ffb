// What list_runbooks shows: each runbook with the services it serves (its front matter's, and every team.yaml
// service whose runbook it is by the workspace rules), filtered by service and by words. Pure.
import type { Service } from "../../model.js";
import { findRunbookForService } from "./find-runbook.js";
import type { RunbookSummary } from "./summarize-runbook.js";

export interface ListableRunbook {
  summary: RunbookSummary;
  /** The whole text, searched by `query`. */
  content: string;
}

export interface ListingFilter {
  /** A team.yaml service id or PagerDuty id. */
  service?: string;
  /** Words that must all appear (any case) in the path, title, headings, services or text. */
  query?: string;
}

/** The summaries with their services completed, those that pass the filter, in path order. */
export function listRunbooks(
  runbooks: readonly ListableRunbook[],
  services: readonly Service[],
  filter: ListingFilter,
): RunbookSummary[] {
  const withServices = runbooks.map((runbook) => ({
    ...runbook,
    summary: { ...runbook.summary, services: [] as string[] },
  }));
  const teamId = (id: string) => services.find((s) => s.id === id || s.pagerdutyId === id)?.id ?? id;
  const byPath = new Map(withServices.map((runbook) => [runbook.summary.path, runbook.summary]));
  const frontMatterServices = new Map(runbooks.map((r) => [r.summary.path, r.summary.services]));
  for (const runbook of runbooks) {
    byPath.get(runbook.summary.path)!.services.push(...runbook.summary.services.map(teamId));
  }
  const paths = [...byPath.keys()];
  for (const service of services) {
    const path = findRunbookForService(service, paths, frontMatterServices);
    if (path) byPath.get(path)!.services.push(service.id);
  }
  for (const summary of byPath.values()) summary.services = [...new Set(summary.services)];

  const wantedService = filter.service?.trim() ? teamId(filter.service.trim()) : null;
  const terms = (filter.query ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return withServices
    .filter(({ summary }) => wantedService === null || summary.services.includes(wantedService))
    .filter(({ summary, content }) => {
      if (terms.length === 0) return true;
      const text = [summary.path, summary.title, ...summary.sections, ...summary.services, content]
        .join("\n")
        .toLowerCase();
      return terms.every((term) => text.includes(term));
    })
    .map(({ summary }) => summary)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
