// The storm incident of ./incidents.ts resized to any number of log entries, for the growth benchmark. What a
// summary needs (the overview: state changes, notes, escalations) stays the same from 216 entries up; only the
// notifications, which a summary counts but never reads, grow with the size. Deterministic.

import { stormIncident } from "../../test/helpers/synthetic-incidents.js";
import type { PdObject } from "../fake-pagerduty/pd-objects.js";
import { type IncidentFile, isOverviewEntry } from "../fake-pagerduty/state.js";

/** The incident id of the `count`-entry variant: 14 characters, like PagerDuty's. */
export function growthIncidentId(count: number): string {
  return `QGROW${String(count).padStart(9, "0")}`;
}

function growthIncidentNumber(count: number): number {
  return 100_000 + count;
}

/**
 * The storm with exactly `count` log entries: its 108 overview entries (trimmed of escalations when they would fill
 * more than half the log) and `count` minus those notifications, drawn evenly from the storm's 9,892 in time order
 * (each repeated when there are more than that). Its 40 notes and 1,000 alerts are kept.
 */
export function growthIncident(count: number): IncidentFile {
  const storm = stormIncident();
  const entries = storm.log_entries ?? [];
  const overview = trimOverview(entries.filter(isOverviewEntry), Math.floor(count / 2));
  const notifications = entries.filter((entry) => !isOverviewEntry(entry));
  const wanted = count - overview.length;
  const drawn = Array.from(
    { length: wanted },
    (_, k) => notifications[Math.floor((k * notifications.length) / wanted)]!,
  );
  const id = growthIncidentId(count);
  // Without an `incident` field the fake fills in a reference to the incident the entry is added to.
  const logEntries = [...overview, ...drawn]
    .sort((a, b) => Date.parse(String(a["created_at"])) - Date.parse(String(b["created_at"])))
    .map(({ incident: _incident, ...entry }, index) => ({
      ...entry,
      id: `RG${String(index + 1).padStart(12, "0")}`,
    }));
  return {
    incident: {
      ...storm.incident,
      id,
      incident_number: growthIncidentNumber(count),
      summary: `[#${growthIncidentNumber(count)}] ${String(storm.incident["title"])}`,
      self: `https://api.pagerduty.com/incidents/${id}`,
      html_url: `https://example.pagerduty.com/incidents/${id}`,
      incident_key: `PSVC001/${id}`,
    },
    log_entries: logEntries,
    notes: storm.notes ?? [],
    alerts: storm.alerts ?? [],
  };
}

/** The overview cut to `room` entries by dropping escalations from the end; every other kind is kept. */
function trimOverview(overview: PdObject[], room: number): PdObject[] {
  const escalations = overview.filter((entry) => entry["type"] === "escalate_log_entry");
  const excess = overview.length - room;
  if (excess <= 0) return overview;
  if (excess > escalations.length) {
    throw new Error(
      `growthIncident: ${room * 2} log entries cannot hold the storm's ${overview.length - escalations.length} non-escalation overview entries.`,
    );
  }
  const dropped = new Set(escalations.slice(escalations.length - excess));
  return overview.filter((entry) => !dropped.has(entry));
}
