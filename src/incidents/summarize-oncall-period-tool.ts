// summarize_oncall_period: the handoff digest of a period, as a note a lead pastes into Slack and as structured content.
import { resolveWindow } from "../lib/dates.js";
import { requireKnownServicesAndTeams } from "../lib/scope-ids.js";
import type { CallContext } from "../ports/call-context.js";
import { defineTool } from "../ports/tool.js";
import { digestOncallPeriod } from "./digest.js";
import { loadPeriodRecords, type PeriodScope } from "./load-period.js";
import { renderOncallDigest } from "./render-digest.js";
import { type OncallDigest, summarizeOncallPeriodInput, summarizeOncallPeriodOutput } from "./schemas.js";

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

export const summarizeOncallPeriodTool = defineTool({
  name: "summarize_oncall_period",
  title: "Summarize an on-call period",
  description:
    "The on-call handoff: counts, each incident's times to acknowledge/resolve and resolver, all work open at the end (whenever it began) with age and owner, recurring alerts, after-hours pages (in each person's zone), who was on call. Default the last 7 days, at most 31.",
  input: summarizeOncallPeriodInput,
  output: summarizeOncallPeriodOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "schedules"],
  async handler(input, ctx) {
    const digest = await oncallDigestFor(input, ctx);
    return { structured: digest, markdown: renderOncallDigest(digest, input.detail) };
  },
});
