// The facts of an on-call period, for the handoff: how much fired, how fast it was handled, what keeps
// coming back, what is still open, who was paged outside their working hours.
import { redactSecrets } from "../lib/redact.js";
import { median, percentile, secondsBetween } from "../lib/stats.js";
import { formatLocalDateTime, instantToLocal } from "../lib/time-zones.js";
import { isWithinWorkingHours } from "../lib/working-hours.js";
import type { Engineer, Incident, Instant, LogEntry, PersonRef, Shift } from "../model.js";
import { clip, formatDuration, formatInstant, plural } from "./format.js";
import { handledIncident, openAt, openIncident, type StateChange } from "./handoff-incidents.js";
import { findRecurring } from "./recurring.js";
import type { IncidentRefOut, OncallDigest } from "./schemas.js";

/** The first acknowledgement of an incident: all the digest needs from its log. */
export interface Acknowledgement {
  incidentId: string;
  at: Instant;
  by: PersonRef | null;
}

export interface ScheduleRef {
  id: string;
  name: string;
  /** Service ids the schedule answers for. */
  services: string[];
}

export interface PeriodRecords {
  window: { since: Instant; until: Instant };
  /** Incidents that triggered in the window. */
  incidents: Incident[];
  /** Incidents still open that triggered before the window: open work handed over from earlier (bounded). */
  openBefore?: Incident[];
  /** Incidents that triggered before the window and were resolved in it: handed-over work closed this period (bounded). */
  resolvedBefore?: Incident[];
  /** From `firstAcknowledgements` over any log entries, or from compact per-incident records; the earliest per incident counts. */
  acknowledgements: Acknowledgement[];
  /** The resolve entry that closed each incident, when read: who resolved it. */
  resolutions?: StateChange[];
  /** Rendered shifts of the schedules in scope, clipped to the window. */
  shifts: Shift[];
  schedules: ScheduleRef[];
  engineers: Engineer[];
}

export const DIGEST_LIMITS = {
  services: 20,
  stillOpen: 20,
  incidents: 100,
  afterHoursPages: 20,
  onCall: 50,
  highlights: 6,
} as const;
const TITLE_CHARS = 160;

/**
 * The earliest acknowledgement per incident, from any log entries: one incident's full log, or the window's
 * global acknowledgement entries (one request stream for the whole period).
 */
export function firstAcknowledgements(entries: Iterable<LogEntry>): Acknowledgement[] {
  const first = new Map<string, Acknowledgement>();
  for (const entry of entries) {
    if (entry.kind !== "acknowledge") continue;
    const known = first.get(entry.incidentId);
    if (!known || Date.parse(entry.at) < Date.parse(known.at)) {
      first.set(entry.incidentId, { incidentId: entry.incidentId, at: entry.at, by: entry.actor });
    }
  }
  return [...first.values()];
}

function incidentRef(incident: Incident): IncidentRefOut {
  return {
    id: incident.id,
    number: incident.number,
    title: clip(redactSecrets(incident.title), TITLE_CHARS),
    status: incident.status,
    urgency: incident.urgency,
    service: { id: incident.service.id, name: incident.service.name },
    createdAt: incident.createdAt,
    url: incident.url,
  };
}

const byCreation = (a: Incident, b: Incident) => Date.parse(a.createdAt) - Date.parse(b.createdAt);

class Directory {
  private readonly engineers = new Map<string, Engineer>();
  constructor(engineers: readonly Engineer[]) {
    for (const engineer of engineers) {
      this.engineers.set(engineer.id, engineer);
      if (engineer.pagerdutyUserId) this.engineers.set(engineer.pagerdutyUserId, engineer);
    }
  }
  engineer(id: string): Engineer | undefined {
    return this.engineers.get(id);
  }
  name(id: string): string {
    return this.engineers.get(id)?.name ?? id;
  }
}

/**
 * Whom the incident paged: whoever was on call for a schedule covering its service when it triggered; with a
 * single schedule in scope, whoever was on call for it; else its first known assignee, else who acknowledged it.
 */
function pagedEngineer(
  incident: Incident,
  ack: Acknowledgement | undefined,
  records: PeriodRecords,
  directory: Directory,
): Engineer | undefined {
  const at = Date.parse(incident.createdAt);
  const onCallFor = (scheduleIds: Set<string>) =>
    records.shifts.find(
      (shift) =>
        scheduleIds.has(shift.scheduleId) && Date.parse(shift.start) <= at && at < Date.parse(shift.end),
    );
  const covering = new Set(
    records.schedules.filter((s) => s.services.includes(incident.service.id)).map((s) => s.id),
  );
  const scopes = [covering];
  if (records.schedules.length === 1) scopes.push(new Set([records.schedules[0]!.id]));
  for (const scope of scopes) {
    const engineer = directory.engineer(onCallFor(scope)?.user ?? "");
    if (engineer) return engineer;
  }
  for (const person of incident.assignees) {
    const engineer = directory.engineer(person.id);
    if (engineer) return engineer;
  }
  return ack?.by ? directory.engineer(ack.by.id) : undefined;
}

function durationStats(values: number[]) {
  return {
    medianSeconds: roundOrNull(median(values)),
    p90Seconds: percentile(values, 90),
    measured: values.length,
  };
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

function mergedShifts(shifts: readonly Shift[], schedules: readonly ScheduleRef[], directory: Directory) {
  const scheduleName = new Map(schedules.map((schedule) => [schedule.id, schedule.name]));
  const sorted = [...shifts].sort(
    (a, b) => a.scheduleId.localeCompare(b.scheduleId) || Date.parse(a.start) - Date.parse(b.start),
  );
  const merged: Shift[] = [];
  for (const shift of sorted) {
    const last = merged[merged.length - 1];
    // One person on call across consecutive handoffs reads as one stretch in a handoff note.
    if (
      last &&
      last.scheduleId === shift.scheduleId &&
      last.user === shift.user &&
      last.end === shift.start
    ) {
      last.end = shift.end;
    } else {
      merged.push({ ...shift });
    }
  }
  return merged.map((shift) => ({
    user: { id: shift.user, name: directory.name(shift.user) },
    schedule: { id: shift.scheduleId, name: scheduleName.get(shift.scheduleId) ?? shift.scheduleId },
    start: shift.start,
    end: shift.end,
  }));
}

function byService(incidents: readonly Incident[]): OncallDigest["byService"] {
  const groups = new Map<string, Incident[]>();
  for (const incident of incidents) {
    const members = groups.get(incident.service.id) ?? [];
    members.push(incident);
    groups.set(incident.service.id, members);
  }
  return [...groups.values()]
    .map((members) => ({
      service: { id: members[0]!.service.id, name: members[0]!.service.name },
      incidents: members.length,
      highUrgency: members.filter((incident) => incident.urgency === "high").length,
      medianTimeToResolveSeconds: roundOrNull(median(resolveTimes(members))),
    }))
    .sort((a, b) => b.incidents - a.incidents || a.service.name.localeCompare(b.service.name))
    .slice(0, DIGEST_LIMITS.services);
}

function resolveTimes(incidents: readonly Incident[]): number[] {
  return incidents
    .filter((incident) => incident.status === "resolved" && incident.resolvedAt)
    .map((incident) => Math.max(0, secondsBetween(incident.createdAt, incident.resolvedAt!)));
}

function highlights(
  digest: Omit<OncallDigest, "highlights">,
  unacknowledgedResolved: number,
  slowestAck: { incident: Incident; seconds: number } | null,
): string[] {
  const { totals } = digest;
  const lines: string[] = [];
  if (totals.incidents === 0)
    lines.push(
      totals.stillOpen === 0 && totals.resolvedFromBefore === 0
        ? "No incidents in this period: a quiet shift."
        : "No new incidents in this period.",
    );
  const oldestOpen = digest.stillOpen[0];
  if (oldestOpen) {
    const since = oldestOpen.acknowledgedAt ?? oldestOpen.createdAt;
    const owners = oldestOpen.owners.map((owner) => owner.name).join(", ") || "nobody yet";
    lines.push(
      `${plural(totals.stillOpen, "incident")} open at the end; the oldest is #${oldestOpen.number} "${oldestOpen.title}" (${oldestOpen.service.name}), ${formatDuration(oldestOpen.ageSeconds)} old, ${oldestOpen.statusAtEnd} since ${formatInstant(since)}, owned by ${owners}.`,
    );
  }
  const top = digest.recurring[0];
  if (top) {
    lines.push(
      `"${top.pattern}" fired ${top.count} times on ${top.service.name}: the toil most worth fixing.`,
    );
  }
  if (totals.afterHours > 0) {
    const perPerson = new Map<string, number>();
    for (const page of digest.afterHoursPages)
      perPerson.set(page.onCall.name, (perPerson.get(page.onCall.name) ?? 0) + 1);
    const who = [...perPerson].map(([name, n]) => `${name} ${n}`).join(", ");
    lines.push(`${totals.afterHours} of ${plural(totals.incidents, "incident")} paged after hours (${who}).`);
  }
  const busiest = digest.byService[0];
  if (busiest && digest.byService.length > 1 && busiest.incidents * 2 >= totals.incidents) {
    lines.push(`${busiest.service.name} had ${busiest.incidents} of the ${totals.incidents} incidents.`);
  }
  if (slowestAck && digest.timeToAcknowledge.measured > 1) {
    lines.push(
      `Slowest acknowledgement: #${slowestAck.incident.number} after ${formatDuration(slowestAck.seconds)}.`,
    );
  }
  if (unacknowledgedResolved > 0) {
    lines.push(`${plural(unacknowledgedResolved, "incident")} resolved without anyone acknowledging.`);
  }
  return lines.slice(0, DIGEST_LIMITS.highlights);
}

/** The handoff digest of a period, from plain records. */
export function digestOncallPeriod(records: PeriodRecords): OncallDigest {
  const directory = new Directory(records.engineers);
  const incidents = [...records.incidents].sort(byCreation);
  const firstAck = new Map<string, Acknowledgement>();
  for (const ack of records.acknowledgements) {
    const known = firstAck.get(ack.incidentId);
    if (!known || Date.parse(ack.at) < Date.parse(known.at)) firstAck.set(ack.incidentId, ack);
  }

  const ackTimes: { incident: Incident; seconds: number }[] = [];
  for (const incident of incidents) {
    const ack = firstAck.get(incident.id);
    if (ack) ackTimes.push({ incident, seconds: Math.max(0, secondsBetween(incident.createdAt, ack.at)) });
  }

  const afterHoursPages: OncallDigest["afterHoursPages"] = [];
  let afterHours = 0;
  let afterHoursUnknown = 0;
  for (const incident of incidents) {
    const engineer = pagedEngineer(incident, firstAck.get(incident.id), records, directory);
    if (!engineer) {
      afterHoursUnknown += 1;
      continue;
    }
    const at = new Date(incident.createdAt);
    if (isWithinWorkingHours(engineer.workingHours, engineer.timeZone, at)) continue;
    afterHours += 1;
    if (afterHoursPages.length < DIGEST_LIMITS.afterHoursPages) {
      afterHoursPages.push({
        incident: incidentRef(incident),
        onCall: { id: engineer.id, name: engineer.name },
        localTime: formatLocalDateTime(instantToLocal(at, engineer.timeZone)),
        timeZone: engineer.timeZone,
      });
    }
  }

  const resolutions = new Map((records.resolutions ?? []).map((change) => [change.incidentId, change]));
  const handled = (incident: Incident) =>
    handledIncident(incidentRef(incident), incident, firstAck.get(incident.id), resolutions.get(incident.id));
  const { until } = records.window;
  const open = [...incidents.filter((incident) => openAt(incident, until)), ...(records.openBefore ?? [])]
    .filter((incident, index, all) => all.findIndex((other) => other.id === incident.id) === index)
    .sort(byCreation);
  const resolvedBefore = [...(records.resolvedBefore ?? [])]
    .filter((incident) => !incidents.some((other) => other.id === incident.id))
    .sort(byCreation);
  const resolvedInWindow = incidents.filter((incident) => !openAt(incident, until)).length;
  const digest: Omit<OncallDigest, "highlights"> = {
    window: { ...records.window },
    totals: {
      incidents: incidents.length,
      highUrgency: incidents.filter((incident) => incident.urgency === "high").length,
      lowUrgency: incidents.filter((incident) => incident.urgency === "low").length,
      afterHours,
      afterHoursUnknown,
      stillOpen: open.length,
      resolved: resolvedInWindow + resolvedBefore.length,
      resolvedFromBefore: resolvedBefore.length,
    },
    timeToAcknowledge: durationStats(ackTimes.map(({ seconds }) => seconds)),
    timeToResolve: durationStats(resolveTimes(incidents)),
    byService: byService(incidents),
    recurring: findRecurring(incidents),
    incidents: [...incidents].reverse().slice(0, DIGEST_LIMITS.incidents).map(handled),
    resolvedFromBefore: resolvedBefore.slice(0, DIGEST_LIMITS.stillOpen).map(handled),
    stillOpen: open
      .slice(0, DIGEST_LIMITS.stillOpen)
      .map((incident) =>
        openIncident(incidentRef(incident), incident, firstAck.get(incident.id), records.window),
      ),
    afterHoursPages,
    onCall: mergedShifts(records.shifts, records.schedules, directory).slice(0, DIGEST_LIMITS.onCall),
  };
  const slowestAck = ackTimes.reduce<{ incident: Incident; seconds: number } | null>(
    (slowest, current) => (!slowest || current.seconds > slowest.seconds ? current : slowest),
    null,
  );
  const unacknowledgedResolved = incidents.filter(
    (incident) => incident.status === "resolved" && !firstAck.has(incident.id),
  ).length;
  return { ...digest, highlights: highlights(digest, unacknowledgedResolved, slowestAck) };
}
