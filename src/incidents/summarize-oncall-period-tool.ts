// summarize_oncall_period: the handoff digest of a period, as a note a lead pastes into Slack and as structured content.

import { defineTool, lazyHandler } from "../ports/tool.js";
import { summarizeOncallPeriodInput, summarizeOncallPeriodOutput } from "./schemas.js";

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
  handler: lazyHandler(() => import("./summarize-oncall-period-handler.js")),
});
