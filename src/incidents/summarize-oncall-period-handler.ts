// summarize_oncall_period: what the tool does when called, loaded on its first call.

import { resolveWindow } from "../lib/dates.js";
import type { CallContext } from "../ports/call-context.js";
import type { ToolHandler } from "../ports/tool.js";
import { digestOncallPeriod } from "./digest.js";
import { loadPeriodRecords, type PeriodScope } from "./load-period.js";
import { renderOncallDigest } from "./render-digest.js";
import type { OncallDigest, summarizeOncallPeriodInput, summarizeOncallPeriodOutput } from "./schemas.js";
import { requireKnownServicesAndTeams } from "./scope-ids.js";

export const PERIOD_DEFAULT_DAYS = 7;
export const PERIOD_MAX_DAYS = 31;

export interface PeriodRequest extends Omit<PeriodScope, "since" | "until"> {
  since?: Date;
  until?: Date;
}

/** The digest of a period, defaults applied: what the tool and the oncall-handoff prompt start from. */
export async function oncallDigestFor(request: PeriodRequest, ctx: CallContext): Promise<OncallDigest> {
  const window = resolveWindow(request.since, request.until, {
    now: ctx.now,
    defaultDays: PERIOD_DEFAULT_DAYS,
    maxDays: PERIOD_MAX_DAYS,
  });
  await requireKnownServicesAndTeams(request, ctx);
  const { records, gaps } = await loadPeriodRecords({ ...request, ...window }, ctx);
  const digest = digestOncallPeriod(records);
  // What could not be read comes first: a reader should know the figures are partial before reading them.
  return { ...digest, highlights: [...gaps, ...digest.highlights] };
}

export const handle: ToolHandler<
  typeof summarizeOncallPeriodInput,
  typeof summarizeOncallPeriodOutput
> = async (input, ctx) => {
  const digest = await oncallDigestFor(input, ctx);
  return { structured: digest, markdown: renderOncallDigest(digest, input.detail) };
};
