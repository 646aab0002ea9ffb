import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  requireKnownServicesAndTeams
} from "./chunk-BGYMOI6T.js";
import {
  trackReads
} from "./chunk-IJE3HZ4D.js";
import {
  isWithinWorkingHours
} from "./chunk-2BC7E2MG.js";
import {
  median,
  percentile,
  secondsBetween
} from "./chunk-V5UGJZVH.js";
import {
  resolveWindow
} from "./chunk-S2BW24E3.js";
import {
  unknownIdError
} from "./chunk-Z6XIM2SB.js";
import {
  mapBounded
} from "./chunk-5M6LFBTC.js";
import {
  formatLocalDateTime,
  instantToLocal
} from "./chunk-X76O3TIG.js";
import {
  inline
} from "./chunk-DLRI5EVG.js";
import {
  formatDuration,
  formatInstant
} from "./chunk-74BJ6PM3.js";
import {
  clip,
  plural
} from "./chunk-TMS5DXOB.js";
import {
  redactSecrets
} from "./chunk-65K74YAK.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";

// src/incidents/handoff-incidents.ts
function lastResolutions(entries) {
  let last = /* @__PURE__ */ new Map();
  for (let entry of entries) {
    if (entry.kind !== "resolve") continue;
    let known = last.get(entry.incidentId);
    (!known || Date.parse(entry.at) >= Date.parse(known.at)) && last.set(entry.incidentId, { incidentId: entry.incidentId, at: entry.at, by: entry.actor });
  }
  return [...last.values()];
}
var personOut = (person) => person ? { id: person.id, name: person.name } : null;
function handledIncident(ref, incident, ack, resolution) {
  let resolvedAt = incident.status === "resolved" ? incident.resolvedAt : null;
  return {
    ...ref,
    acknowledgedAt: ack?.at ?? null,
    acknowledgedBy: personOut(ack?.by),
    timeToAcknowledgeSeconds: ack ? Math.max(0, secondsBetween(incident.createdAt, ack.at)) : null,
    resolvedAt,
    timeToResolveSeconds: resolvedAt ? Math.max(0, secondsBetween(incident.createdAt, resolvedAt)) : null,
    resolvedBy: resolvedAt ? personOut(resolution?.by) : null
  };
}
function openAt(incident, until) {
  return Date.parse(incident.createdAt) >= Date.parse(until) ? !1 : incident.status !== "resolved" || !incident.resolvedAt || Date.parse(incident.resolvedAt) >= Date.parse(until);
}
function openIncident(ref, incident, ack, window) {
  let acknowledgedAt = ack && Date.parse(ack.at) < Date.parse(window.until) ? ack.at : null, acknowledged = acknowledgedAt !== null || incident.status === "acknowledged" && !ack;
  return {
    ...ref,
    statusAtEnd: acknowledged ? "acknowledged" : "triggered",
    acknowledgedAt,
    ageSeconds: Math.max(0, secondsBetween(incident.createdAt, window.until)),
    owners: incident.assignees.map(({ id, name }) => ({ id, name })),
    startedBefore: Date.parse(incident.createdAt) < Date.parse(window.since)
  };
}

// src/incidents/recurring.ts
var TITLE_CHARS = 300, PLACEHOLDERS = [
  [/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g, "{time}"],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "{id}"],
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g, "{ip}"],
  // Kubernetes pod names: <deployment>-<replicaset hash>-<5 characters>.
  [/\b([a-z][a-z0-9-]*?)-[a-z0-9]{8,10}-[a-z0-9]{5}\b/g, "$1-{pod}"],
  // Dotted host names with at least one letter: db-7.prod.internal, api.example.com.
  [/\b(?=[\w-]*[a-z])[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)+\b/gi, "{host}"],
  // Hex ids with a digit (commit shas, request ids) and vendor ids such as Q2K4GW9LZ1F0XW.
  [/\b(?=[0-9a-f]*\d)[0-9a-f]{7,}\b/gi, "{id}"],
  [/\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{10,}\b/g, "{id}"],
  [/\d+(?:\.\d+)*/g, "{n}"]
];
function normalizeTitle(title) {
  let text = title.slice(0, TITLE_CHARS);
  for (let [pattern, replacement] of PLACEHOLDERS) text = text.replace(pattern, replacement);
  return text.replace(/\s+/g, " ").trim();
}
function collect(groups, key, incident, make) {
  let group = groups.get(key) ?? { ...make(), members: [] };
  group.members.push(incident), groups.set(key, group);
}
function findRecurring(incidents, options = {}) {
  let { minCount = 2, maxPatterns = 10, maxIdsPerPattern = 20 } = options, oldestFirst = [...incidents].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)), byKey = /* @__PURE__ */ new Map();
  for (let incident of oldestFirst)
    incident.incidentKey && collect(byKey, `${incident.service.id}\0${incident.incidentKey}`, incident, () => ({
      matchedBy: "alert-key",
      alertKey: incident.incidentKey
    }));
  let groups = [...byKey.values()].filter((group) => group.members.length >= 2), grouped = new Set(groups.flatMap((group) => group.members.map((incident) => incident.id))), byTitle = /* @__PURE__ */ new Map();
  for (let incident of oldestFirst) {
    if (grouped.has(incident.id)) continue;
    let key = `${incident.service.id}\0${normalizeTitle(incident.title).toLowerCase()}`;
    collect(byTitle, key, incident, () => ({ matchedBy: "title", alertKey: null }));
  }
  return groups.push(...byTitle.values()), groups.filter((group) => group.members.length >= minCount).sort(
    (a, b) => b.members.length - a.members.length || Date.parse(a.members[0].createdAt) - Date.parse(b.members[0].createdAt)
  ).slice(0, maxPatterns).map((group) => {
    let first = group.members[0];
    return {
      // Redacted before normalising: placeholders would otherwise break a secret's shape but not hide it.
      pattern: normalizeTitle(redactSecrets(first.title)),
      matchedBy: group.matchedBy,
      alertKey: group.alertKey,
      service: { id: first.service.id, name: first.service.name },
      count: group.members.length,
      incidentIds: group.members.slice(0, maxIdsPerPattern).map((incident) => incident.id)
    };
  });
}

// src/incidents/digest.ts
var DIGEST_LIMITS = {
  services: 20,
  stillOpen: 20,
  incidents: 100,
  afterHoursPages: 20,
  onCall: 50,
  highlights: 6
}, TITLE_CHARS2 = 160;
function firstAcknowledgements(entries) {
  let first = /* @__PURE__ */ new Map();
  for (let entry of entries) {
    if (entry.kind !== "acknowledge") continue;
    let known = first.get(entry.incidentId);
    (!known || Date.parse(entry.at) < Date.parse(known.at)) && first.set(entry.incidentId, { incidentId: entry.incidentId, at: entry.at, by: entry.actor });
  }
  return [...first.values()];
}
function incidentRef(incident) {
  return {
    id: incident.id,
    number: incident.number,
    title: clip(redactSecrets(incident.title), TITLE_CHARS2),
    status: incident.status,
    urgency: incident.urgency,
    service: { id: incident.service.id, name: incident.service.name },
    createdAt: incident.createdAt,
    url: incident.url
  };
}
var byCreation = (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt), Directory = class {
  engineers = /* @__PURE__ */ new Map();
  constructor(engineers) {
    for (let engineer of engineers)
      this.engineers.set(engineer.id, engineer), engineer.pagerdutyUserId && this.engineers.set(engineer.pagerdutyUserId, engineer);
  }
  engineer(id) {
    return this.engineers.get(id);
  }
  name(id) {
    return this.engineers.get(id)?.name ?? id;
  }
};
function pagedEngineer(incident, ack, records, directory) {
  let at = Date.parse(incident.createdAt), onCallFor = (scheduleIds) => records.shifts.find(
    (shift) => scheduleIds.has(shift.scheduleId) && Date.parse(shift.start) <= at && at < Date.parse(shift.end)
  ), scopes = [new Set(
    records.schedules.filter((s) => s.services.includes(incident.service.id)).map((s) => s.id)
  )];
  records.schedules.length === 1 && scopes.push(/* @__PURE__ */ new Set([records.schedules[0].id]));
  for (let scope of scopes) {
    let engineer = directory.engineer(onCallFor(scope)?.user ?? "");
    if (engineer) return engineer;
  }
  for (let person of incident.assignees) {
    let engineer = directory.engineer(person.id);
    if (engineer) return engineer;
  }
  return ack?.by ? directory.engineer(ack.by.id) : void 0;
}
function durationStats(values) {
  return {
    medianSeconds: roundOrNull(median(values)),
    p90Seconds: percentile(values, 90),
    measured: values.length
  };
}
function roundOrNull(value) {
  return value === null ? null : Math.round(value);
}
function mergedShifts(shifts, schedules, directory) {
  let scheduleName = new Map(schedules.map((schedule) => [schedule.id, schedule.name])), sorted = [...shifts].sort(
    (a, b) => a.scheduleId.localeCompare(b.scheduleId) || Date.parse(a.start) - Date.parse(b.start)
  ), merged = [];
  for (let shift of sorted) {
    let last = merged[merged.length - 1];
    last && last.scheduleId === shift.scheduleId && last.user === shift.user && last.end === shift.start ? last.end = shift.end : merged.push({ ...shift });
  }
  return merged.map((shift) => ({
    user: { id: shift.user, name: directory.name(shift.user) },
    schedule: { id: shift.scheduleId, name: scheduleName.get(shift.scheduleId) ?? shift.scheduleId },
    start: shift.start,
    end: shift.end
  }));
}
function byService(incidents) {
  let groups = /* @__PURE__ */ new Map();
  for (let incident of incidents) {
    let members = groups.get(incident.service.id) ?? [];
    members.push(incident), groups.set(incident.service.id, members);
  }
  return [...groups.values()].map((members) => ({
    service: { id: members[0].service.id, name: members[0].service.name },
    incidents: members.length,
    highUrgency: members.filter((incident) => incident.urgency === "high").length,
    medianTimeToResolveSeconds: roundOrNull(median(resolveTimes(members)))
  })).sort((a, b) => b.incidents - a.incidents || a.service.name.localeCompare(b.service.name)).slice(0, DIGEST_LIMITS.services);
}
function resolveTimes(incidents) {
  return incidents.filter((incident) => incident.status === "resolved" && incident.resolvedAt).map((incident) => Math.max(0, secondsBetween(incident.createdAt, incident.resolvedAt)));
}
function highlights(digest, unacknowledgedResolved, slowestAck) {
  let { totals } = digest, lines = [];
  totals.incidents === 0 && lines.push(
    totals.stillOpen === 0 ? "No incidents in this period: a quiet shift." : "No new incidents in this period."
  );
  let oldestOpen = digest.stillOpen[0];
  if (oldestOpen) {
    let since = oldestOpen.acknowledgedAt ?? oldestOpen.createdAt, owners = oldestOpen.owners.map((owner) => owner.name).join(", ") || "nobody yet";
    lines.push(
      `${plural(totals.stillOpen, "incident")} open at the end; the oldest is #${oldestOpen.number} "${oldestOpen.title}" (${oldestOpen.service.name}), ${formatDuration(oldestOpen.ageSeconds)} old, ${oldestOpen.statusAtEnd} since ${formatInstant(since)}, owned by ${owners}.`
    );
  }
  let top = digest.recurring[0];
  if (top && lines.push(
    `"${top.pattern}" fired ${top.count} times on ${top.service.name}: the toil most worth fixing.`
  ), totals.afterHours > 0) {
    let perPerson = /* @__PURE__ */ new Map();
    for (let page of digest.afterHoursPages)
      perPerson.set(page.onCall.name, (perPerson.get(page.onCall.name) ?? 0) + 1);
    let who = [...perPerson].map(([name, n]) => `${name} ${n}`).join(", ");
    lines.push(`${totals.afterHours} of ${plural(totals.incidents, "incident")} paged after hours (${who}).`);
  }
  let busiest = digest.byService[0];
  return busiest && digest.byService.length > 1 && busiest.incidents * 2 >= totals.incidents && lines.push(`${busiest.service.name} had ${busiest.incidents} of the ${totals.incidents} incidents.`), slowestAck && digest.timeToAcknowledge.measured > 1 && lines.push(
    `Slowest acknowledgement: #${slowestAck.incident.number} after ${formatDuration(slowestAck.seconds)}.`
  ), unacknowledgedResolved > 0 && lines.push(`${plural(unacknowledgedResolved, "incident")} resolved without anyone acknowledging.`), lines.slice(0, DIGEST_LIMITS.highlights);
}
function digestOncallPeriod(records) {
  let directory = new Directory(records.engineers), incidents = [...records.incidents].sort(byCreation), firstAck = /* @__PURE__ */ new Map();
  for (let ack of records.acknowledgements) {
    let known = firstAck.get(ack.incidentId);
    (!known || Date.parse(ack.at) < Date.parse(known.at)) && firstAck.set(ack.incidentId, ack);
  }
  let ackTimes = [];
  for (let incident of incidents) {
    let ack = firstAck.get(incident.id);
    ack && ackTimes.push({ incident, seconds: Math.max(0, secondsBetween(incident.createdAt, ack.at)) });
  }
  let afterHoursPages = [], afterHours = 0, afterHoursUnknown = 0;
  for (let incident of incidents) {
    let engineer = pagedEngineer(incident, firstAck.get(incident.id), records, directory);
    if (!engineer) {
      afterHoursUnknown += 1;
      continue;
    }
    let at = new Date(incident.createdAt);
    isWithinWorkingHours(engineer.workingHours, engineer.timeZone, at) || (afterHours += 1, afterHoursPages.length < DIGEST_LIMITS.afterHoursPages && afterHoursPages.push({
      incident: incidentRef(incident),
      onCall: { id: engineer.id, name: engineer.name },
      localTime: formatLocalDateTime(instantToLocal(at, engineer.timeZone)),
      timeZone: engineer.timeZone
    }));
  }
  let resolutions = new Map((records.resolutions ?? []).map((change) => [change.incidentId, change])), { until } = records.window, open = [...incidents.filter((incident) => openAt(incident, until)), ...records.openBefore ?? []].filter((incident, index, all) => all.findIndex((other) => other.id === incident.id) === index).sort(byCreation), digest = {
    window: { ...records.window },
    totals: {
      incidents: incidents.length,
      highUrgency: incidents.filter((incident) => incident.urgency === "high").length,
      lowUrgency: incidents.filter((incident) => incident.urgency === "low").length,
      afterHours,
      afterHoursUnknown,
      stillOpen: open.length
    },
    timeToAcknowledge: durationStats(ackTimes.map(({ seconds }) => seconds)),
    timeToResolve: durationStats(resolveTimes(incidents)),
    byService: byService(incidents),
    recurring: findRecurring(incidents),
    incidents: [...incidents].reverse().slice(0, DIGEST_LIMITS.incidents).map(
      (incident) => handledIncident(
        incidentRef(incident),
        incident,
        firstAck.get(incident.id),
        resolutions.get(incident.id)
      )
    ),
    stillOpen: open.slice(0, DIGEST_LIMITS.stillOpen).map(
      (incident) => openIncident(incidentRef(incident), incident, firstAck.get(incident.id), records.window)
    ),
    afterHoursPages,
    onCall: mergedShifts(records.shifts, records.schedules, directory).slice(0, DIGEST_LIMITS.onCall)
  }, slowestAck = ackTimes.reduce(
    (slowest, current) => !slowest || current.seconds > slowest.seconds ? current : slowest,
    null
  ), unacknowledgedResolved = incidents.filter(
    (incident) => incident.status === "resolved" && !firstAck.has(incident.id)
  ).length;
  return { ...digest, highlights: highlights(digest, unacknowledgedResolved, slowestAck) };
}

// src/incidents/load-period.ts
var PERIOD_LIMITS = {
  /** Incidents read per request, and in all; past that the digest covers the newest ones and says so. */
  page: 100,
  incidents: 2e3,
  /** Schedules rendered when none is named. */
  schedules: 10,
  /** Incidents still open from before the period, and the logs read for their acknowledgements. */
  openBefore: 20,
  openLogsInFlight: 4
}, ACK_GRACE_MS = 12 * 36e5;
async function loadPeriodRecords(scope, ctx) {
  let fetch = { signal: ctx.signal, requests: ctx.requests }, track = trackReads(ctx), since = scope.since.toISOString(), until = scope.until.toISOString(), gaps = [], schedulesRead = track(ctx.sources.schedules.listSchedules(fetch), "the schedules"), named = scope.scheduleId ? findSchedule(scope.scheduleId, await schedulesRead, ctx) : null, serviceIds = named ? servicesOf(named, scope.serviceIds) : scope.serviceIds, readIncidents = async () => {
    let incidents2 = [], seen = /* @__PURE__ */ new Set();
    if (serviceIds?.length === 0) return incidents2;
    for (let offset = 0; ; offset += PERIOD_LIMITS.page) {
      let page = await track(
        ctx.sources.incidents.listIncidents(
          { since, until, serviceIds, teamIds: scope.teamIds, limit: PERIOD_LIMITS.page, offset },
          fetch
        ),
        "a page of incidents"
      );
      for (let incident of page.incidents) seen.has(incident.id) || incidents2.push(incident);
      for (let incident of page.incidents) seen.add(incident.id);
      if (!page.more || page.incidents.length === 0) return incidents2;
      if (incidents2.length >= PERIOD_LIMITS.incidents)
        return gaps.push(
          `More than ${PERIOD_LIMITS.incidents} incidents triggered in the period; the figures cover the newest ${incidents2.length}: narrow the window or the services.`
        ), incidents2;
    }
  }, readShifts = async (schedule) => {
    try {
      return await track(
        ctx.sources.schedules.renderSchedule(schedule.id, since, until, fetch),
        `schedule ${schedule.name}`
      );
    } catch (error) {
      if (named || !(error instanceof UserInputError)) throw error;
      return gaps.push(`Schedule ${schedule.name} could not be read: ${error.message}`), [];
    }
  }, readSchedules = async () => {
    let inScope = named ? [named] : schedulesInScope(await schedulesRead, scope);
    inScope.length > PERIOD_LIMITS.schedules && gaps.push(
      `Only ${PERIOD_LIMITS.schedules} of ${inScope.length} schedules were read for who was on call; name one with scheduleId, or narrow with serviceIds or teamIds.`
    );
    let kept2 = inScope.slice(0, PERIOD_LIMITS.schedules);
    return { kept: kept2, shifts: (await Promise.all(kept2.map(readShifts))).flat() };
  }, readOpenBefore = async () => {
    if (serviceIds?.length === 0) return [];
    let older = [];
    for (let offset = 0; ; offset += PERIOD_LIMITS.page) {
      let page = await track(
        ctx.sources.incidents.listIncidents(
          {
            statuses: ["triggered", "acknowledged"],
            serviceIds,
            teamIds: scope.teamIds,
            limit: PERIOD_LIMITS.page,
            offset
          },
          fetch
        ),
        "the open incidents"
      );
      if (older.push(
        ...page.incidents.filter((incident) => Date.parse(incident.createdAt) < scope.since.getTime())
      ), !page.more || page.incidents.length === 0 || older.length >= PERIOD_LIMITS.openBefore) break;
    }
    return older.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)).slice(0, PERIOD_LIMITS.openBefore);
  }, ackUntil = new Date(scope.until.getTime() + ACK_GRACE_MS).toISOString(), [incidents, entries, { kept, shifts }, openBefore] = await Promise.all([
    readIncidents(),
    track(
      ctx.sources.incidents.listLogEntriesInWindow(since, ackUntil, { overview: !0 }, fetch),
      "the period's log entries"
    ),
    readSchedules(),
    readOpenBefore()
  ]), acknowledgements = firstAcknowledgements(entries);
  acknowledgements.push(...await earlierAcknowledgements(openBefore, acknowledgements, ctx, fetch, track));
  let schedules = kept.map(({ id, name, services }) => ({ id, name, services }));
  return {
    records: {
      window: { since, until },
      incidents,
      openBefore,
      acknowledgements,
      resolutions: lastResolutions(entries),
      shifts,
      schedules,
      engineers: ctx.team.engineers
    },
    gaps
  };
}
async function earlierAcknowledgements(openBefore, known, ctx, fetch, track) {
  let seen = new Set(known.map((ack) => ack.incidentId)), wanted = openBefore.filter(
    (incident) => incident.status === "acknowledged" && !seen.has(incident.id)
  );
  return (await mapBounded(wanted, PERIOD_LIMITS.openLogsInFlight, async (incident) => {
    let log = await track(
      ctx.sources.incidents.listLogEntries(incident.id, { overview: !0 }, fetch),
      `the log of #${incident.number}`
    );
    return firstAcknowledgements(log.items);
  })).flat();
}
function findSchedule(scheduleId, schedules, ctx) {
  let teamId = ctx.team.schedules.find((s) => s.pagerdutyId === scheduleId)?.id, found = schedules.find((s) => s.id === scheduleId || teamId !== void 0 && s.id === teamId);
  if (!found)
    throw unknownIdError(
      "scheduleId",
      "schedule",
      scheduleId,
      schedules.map((s) => s.id)
    );
  return found;
}
function servicesOf(schedule, serviceIds) {
  return schedule.services.length === 0 ? serviceIds : serviceIds ? schedule.services.filter((id) => serviceIds.includes(id)) : schedule.services;
}
function schedulesInScope(schedules, scope) {
  return schedules.filter(
    (schedule) => (!scope.serviceIds || schedule.services.some((id) => scope.serviceIds.includes(id))) && (!scope.teamIds || schedule.team !== null && scope.teamIds.includes(schedule.team))
  );
}

// src/incidents/render-digest.ts
var BRIEF_LIMITS = {
  highlights: 4,
  open: 6,
  incidents: 5,
  recurring: 3,
  people: 3,
  schedules: 4
};
function stat(label, stats) {
  return stats.medianSeconds === null || stats.p90Seconds === null ? `${label}: no data` : `${label}: median ${formatDuration(stats.medianSeconds)}, p90 ${formatDuration(stats.p90Seconds)}`;
}
function shortInstant(at) {
  return `${at.slice(5, 10)} ${at.slice(11, 16)}`;
}
function openLine(incident) {
  let since = incident.acknowledgedAt ?? incident.createdAt, owners = incident.owners.map((owner) => inline(owner.name)).join(", ") || "unassigned", before = incident.startedBefore ? ", from before the period" : "";
  return `- #${incident.number} ${inline(incident.service.name)}: ${inline(incident.title)}: ${incident.statusAtEnd} since ${shortInstant(since)} UTC, ${formatDuration(incident.ageSeconds)} old${before}, ${incident.owners.length > 1 ? "owners" : "owner"}: ${owners}${incident.url ? ` ${incident.url}` : ""}`;
}
function handledLine(incident) {
  let ack = incident.timeToAcknowledgeSeconds === null ? "not acknowledged" : `acknowledged in ${formatDuration(incident.timeToAcknowledgeSeconds)}${incident.acknowledgedBy ? ` by ${inline(incident.acknowledgedBy.name)}` : ""}`, resolved = incident.timeToResolveSeconds === null ? `open (${incident.status})` : `resolved in ${formatDuration(incident.timeToResolveSeconds)}${incident.resolvedBy ? ` by ${inline(incident.resolvedBy.name)}` : ""}`;
  return `- #${incident.number} ${inline(incident.service.name)}: ${inline(incident.title)}: ${ack}, ${resolved}`;
}
function afterHoursByPerson(digest) {
  let byPerson = /* @__PURE__ */ new Map();
  for (let page of digest.afterHoursPages)
    byPerson.set(page.onCall.name, [...byPerson.get(page.onCall.name) ?? [], page]);
  return [...byPerson].sort((a, b) => b[1].length - a[1].length).map(([name, pages]) => {
    let shown = pages.slice(0, 3).map((page) => `#${page.incident.number} ${page.localTime.slice(11, 16)}`).join(", ");
    return `- ${inline(name)}: ${plural(pages.length, "page")} after hours, local time (${shown}${pages.length > 3 ? ", \u2026" : ""})`;
  });
}
function onCallBySchedule(digest) {
  let bySchedule = /* @__PURE__ */ new Map();
  for (let shift of digest.onCall) {
    let people = bySchedule.get(shift.schedule.name) ?? /* @__PURE__ */ new Map(), seconds = (Date.parse(shift.end) - Date.parse(shift.start)) / 1e3;
    people.set(shift.user.name, (people.get(shift.user.name) ?? 0) + seconds), bySchedule.set(shift.schedule.name, people);
  }
  return [...bySchedule].map(
    ([schedule, people]) => `- ${inline(schedule)}: ${[...people].map(([name, seconds]) => `${inline(name)} ${formatDuration(seconds)}`).join(", ")}`
  );
}
function renderOncallDigest(digest, detail = "brief") {
  let { totals, window } = digest, full = detail === "full", head = [
    `*On-call handoff* ${formatInstant(window.since)} to ${formatInstant(window.until)}`,
    [
      `${plural(totals.incidents, "incident")} (${totals.highUrgency} high, ${totals.lowUrgency} low urgency)`,
      `${totals.afterHours} after hours${totals.afterHoursUnknown > 0 ? ` (${totals.afterHoursUnknown} unknown)` : ""}`,
      `${totals.stillOpen} open at the end`
    ].join(" \xB7 "),
    `${stat("Time to acknowledge", digest.timeToAcknowledge)} \xB7 ${stat("Time to resolve", digest.timeToResolve)}`
  ], section = (title, lines) => lines.length === 0 ? [] : [...full ? [""] : [], `*${title}*`, ...lines], upTo = (lines, brief, total = lines.length) => {
    let shown = full ? lines : lines.slice(0, brief), more = total - shown.length;
    return more > 0 ? [...shown, `- \u2026 and ${more} more${full ? "" : ' (detail: "full")'}`] : shown;
  }, recurring = digest.recurring.map(
    (pattern) => `- ${pattern.count}\xD7 ${inline(pattern.pattern)} (${inline(pattern.service.name)})`
  ), afterHours = full ? digest.afterHoursPages.map(
    (page) => `- #${page.incident.number} paged ${inline(page.onCall.name)} at ${page.localTime.slice(11, 16)} local (${page.timeZone}, ${page.localTime.slice(0, 10)})`
  ) : afterHoursByPerson(digest), services = digest.byService.map(
    (row) => `- ${inline(row.service.name)}: ${plural(row.incidents, "incident")}${row.highUrgency > 0 ? ` (${row.highUrgency} high)` : ""}${row.medianTimeToResolveSeconds !== null ? `, median time to resolve ${formatDuration(row.medianTimeToResolveSeconds)}` : ""}`
  ), onCall = full ? digest.onCall.map(
    (shift) => `- ${inline(shift.schedule.name)}: ${inline(shift.user.name)} (${shortInstant(shift.start)} \u2192 ${shortInstant(shift.end)} UTC)`
  ) : onCallBySchedule(digest);
  return [
    ...head,
    ...section(
      "Highlights",
      upTo(
        digest.highlights.map((line) => `- ${inline(line)}`),
        BRIEF_LIMITS.highlights
      )
    ),
    ...section("Open at the end", upTo(digest.stillOpen.map(openLine), BRIEF_LIMITS.open, totals.stillOpen)),
    ...section(
      "Incidents",
      upTo(digest.incidents.map(handledLine), BRIEF_LIMITS.incidents, totals.incidents)
    ),
    ...section("Recurring", upTo(recurring, BRIEF_LIMITS.recurring)),
    ...section(
      "After hours",
      full ? upTo(afterHours, 0, totals.afterHours) : upTo(afterHours, BRIEF_LIMITS.people)
    ),
    ...full ? section("By service", services) : [],
    ...section("On call", upTo(onCall, BRIEF_LIMITS.schedules))
  ].join(`
`);
}

// src/incidents/summarize-oncall-period-handler.ts
var PERIOD_DEFAULT_DAYS = 7, PERIOD_MAX_DAYS = 31;
async function oncallDigestFor(request, ctx) {
  let window = resolveWindow(request.since, request.until, {
    now: ctx.now,
    defaultDays: PERIOD_DEFAULT_DAYS,
    maxDays: PERIOD_MAX_DAYS
  });
  await requireKnownServicesAndTeams(request, ctx);
  let { records, gaps } = await loadPeriodRecords({ ...request, ...window }, ctx), digest = digestOncallPeriod(records);
  return { ...digest, highlights: [...gaps, ...digest.highlights] };
}
var handle = async (input, ctx) => {
  let digest = await oncallDigestFor(input, ctx);
  return { structured: digest, markdown: renderOncallDigest(digest, input.detail) };
};

export {
  renderOncallDigest,
  PERIOD_DEFAULT_DAYS,
  PERIOD_MAX_DAYS,
  oncallDigestFor,
  handle
};
