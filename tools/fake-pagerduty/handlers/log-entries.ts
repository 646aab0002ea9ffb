// Log entries of one incident, and of the whole account in a window. Newest first, as PagerDuty lists them.
import { envelope, flag, parsePaging } from "../paging.js";
import { invalidInput } from "../pd-errors.js";
import type { PdObject } from "../pd-objects.js";
import type { TimeIndex } from "../time-index.js";
import { type Handler, type HandlerContext, queryTime } from "./context.js";
import { findIncidentOr404 } from "./incidents.js";

function page(context: HandlerContext, all: TimeIndex<PdObject>, overview: TimeIndex<PdObject>) {
  const paging = parsePaging(context.query);
  const since = queryTime(context.query, "since");
  const until = queryTime(context.query, "until");
  if (since !== undefined && until !== undefined && since > until)
    throw invalidInput("Since must be before until.");
  const index = flag(context.query, "is_overview") ? overview : all;
  const window = index.window(since, until);
  return {
    status: 200,
    body: { log_entries: window.descending(paging.offset, paging.limit), ...envelope(paging, window.count) },
  };
}

export const listIncidentLogEntries: Handler = (context) => {
  const record = findIncidentOr404(context.state, context.params["id"]);
  return page(context, record.logEntries, record.overviewLogEntries);
};

export const listLogEntries: Handler = (context) =>
  page(context, context.state.logEntries, context.state.overviewLogEntries);
