// oncall_load: who has been carrying the pager, per person in their own time zone, with fairness and overload flags.

import { defineTool, lazyHandler } from "../ports/tool.js";
import { oncallLoadInput, oncallLoadOutput } from "./schema.js";

export const oncallLoadTool = defineTool({
  name: "oncall_load",
  title: "On-call load",
  description:
    "Who carries the pager, per engineer in their own zone: hours on call, pages (incidents that paged them; notifications apart), after-hours and sleep-hour (22:00-07:00) pages, incidents handled, longest run of days on call, weekend hours; Gini fairness, overload flags, thanks naming incidents. Default the last 28 days, at most 90.",
  input: oncallLoadInput,
  output: oncallLoadOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "schedules"],
  handler: lazyHandler(() => import("./oncall-load-handler.js")),
});
