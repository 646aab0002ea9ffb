import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  workingIntervals
} from "./chunk-23M5H5XB.js";
import {
  median
} from "./chunk-V5UGJZVH.js";
import {
  mapBounded
} from "./chunk-5M6LFBTC.js";
import {
  requireKnownIds,
  unknownIds
} from "./chunk-Z6XIM2SB.js";
import {
  addLocalDays,
  instantToLocal,
  localToInstant,
  weekdayOf
} from "./chunk-AVLOQ4UV.js";
import {
  DAY_MS,
  HOUR_MS
} from "./chunk-OVEIKJ4F.js";

// src/oncall-load/on-call-time.ts
function onCallSpans(shifts, since, until) {
  let clipped = shifts.map((shift) => ({
    start: Math.max(Date.parse(shift.start), since),
    end: Math.min(Date.parse(shift.end), until)
  })).filter((span) => span.end > span.start).sort((a, b) => a.start - b.start);
  return joinSpans(clipped, 0);
}
function joinSpans(sorted, maxGapMs) {
  let joined = [];
  for (let span of sorted) {
    let last = joined[joined.length - 1], gap = last ? span.start - last.end : Number.POSITIVE_INFINITY;
    last && (gap <= 0 || gap < maxGapMs) ? last.end = Math.max(last.end, span.end) : joined.push({ ...span });
  }
  return joined;
}
function totalHours(spans) {
  return spans.reduce((sum, span) => sum + (span.end - span.start), 0) / HOUR_MS;
}
function localMidnight(local) {
  return { year: local.year, month: local.month, day: local.day, hour: 0, minute: 0, second: 0 };
}
function sameDate(a, b) {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
function weekendHours(spans, zone) {
  let total = 0;
  for (let span of spans) {
    let day = localMidnight(instantToLocal(new Date(span.start), zone)), lastDay = instantToLocal(new Date(span.end - 1), zone);
    for (; ; ) {
      let next = addLocalDays(day, 1), weekday = weekdayOf(day);
      if (weekday === "sat" || weekday === "sun") {
        let dayStart = localToInstant(day, zone).getTime(), dayEnd = localToInstant(next, zone).getTime(), overlap = Math.min(dayEnd, span.end) - Math.max(dayStart, span.start);
        overlap > 0 && (total += overlap);
      }
      if (sameDate(day, lastDay)) break;
      day = next;
    }
  }
  return total / HOUR_MS;
}
var STREAK_SLACK_HOURS = 2;
function longestStreak(spans) {
  let best = null;
  for (let run of joinSpans(spans, DAY_MS)) {
    let days = Math.max(1, Math.ceil((run.end - run.start - STREAK_SLACK_HOURS * HOUR_MS) / DAY_MS));
    (!best || days > best.days) && (best = { days, from: run.start, to: run.end });
  }
  return best;
}

// src/oncall-load/pages.ts
var SLEEP_START_HOUR = 22, SLEEP_END_HOUR = 7, WEEK_MS = 168 * HOUR_MS;
function isSleepHour(at, zone) {
  let { hour } = instantToLocal(new Date(at), zone);
  return hour >= SLEEP_START_HOUR || hour < SLEEP_END_HOUR;
}
function workingHoursTest(hours, zone, since, until) {
  let intervals = workingIntervals(hours, zone, new Date(since), new Date(until)).map((span) => ({
    start: span.start.getTime(),
    end: span.end.getTime()
  }));
  return (at) => {
    let low = 0, high = intervals.length - 1;
    for (; low <= high; ) {
      let middle = low + high >> 1, span = intervals[middle];
      if (at < span.start) high = middle - 1;
      else if (at >= span.end) low = middle + 1;
      else return !0;
    }
    return !1;
  };
}
function busiestWeek(sorted) {
  let best = null, first = 0;
  for (let last = 0; last < sorted.length; last++) {
    for (; sorted[last] - sorted[first] >= WEEK_MS; ) first++;
    let count = last - first + 1;
    (!best || count > best.count) && (best = { count, from: sorted[first], to: sorted[last] });
  }
  return best;
}

// src/oncall-load/compute-loads.ts
function personOf(entry) {
  let person = entry.kind === "notify" ? entry.targets[0] : entry.actor;
  return person?.known ? person.id : null;
}
function activityByEngineer(records, window) {
  let since = window.since.getTime(), until = window.until.getTime(), byEngineer = /* @__PURE__ */ new Map(), activity = (id) => {
    let found = byEngineer.get(id);
    return found || (found = { shifts: [], pages: [], pagedBy: /* @__PURE__ */ new Set(), notifications: 0, acknowledged: [], resolved: [] }, byEngineer.set(id, found)), found;
  };
  for (let shift of records.shifts) activity(shift.user).shifts.push(shift);
  let entries = [...records.entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (let entry of entries) {
    let at = Date.parse(entry.at), person = personOf(entry);
    if (person === null || at < since || at >= until) continue;
    if (entry.kind === "notify") {
      let paged = activity(person);
      paged.notifications += 1, paged.pagedBy.has(entry.incidentId) || (paged.pagedBy.add(entry.incidentId), paged.pages.push(at));
    }
    let list = entry.kind === "acknowledge" ? activity(person).acknowledged : entry.kind === "resolve" ? activity(person).resolved : null;
    list && !list.includes(entry.incidentId) && list.push(entry.incidentId);
  }
  return byEngineer;
}
function distinctHours(instants) {
  return new Set(instants.map((at) => Math.floor(at / HOUR_MS))).size;
}
function computeOncallLoads(engineers, records, window) {
  let since = window.since.getTime(), until = window.until.getTime(), byEngineer = activityByEngineer(records, window);
  return engineers.map((engineer) => {
    let activity = byEngineer.get(engineer.id) ?? {
      shifts: [],
      pages: [],
      pagedBy: /* @__PURE__ */ new Set(),
      notifications: 0,
      acknowledged: [],
      resolved: []
    }, zone = engineer.timeZone, spans = onCallSpans(activity.shifts, since, until), streak = longestStreak(spans), atWork = activity.pages.length > 0 ? workingHoursTest(engineer.workingHours, zone, since, until) : () => !0, afterHoursPages = activity.pages.filter((at) => !atWork(at)), sleepPages = activity.pages.filter((at) => isSleepHour(at, zone)), sleepWeek = busiestWeek(sleepPages);
    return {
      engineer: { id: engineer.id, name: engineer.name, timeZone: zone },
      hoursOnCall: totalHours(spans),
      incidentsAcknowledged: activity.acknowledged.length,
      incidentsResolved: activity.resolved.length,
      pages: activity.pages.length,
      notifications: activity.notifications,
      afterHoursPages: afterHoursPages.length,
      sleepHourPages: sleepPages.length,
      longestOnCallStreakDays: streak?.days ?? 0,
      weekendHoursOnCall: weekendHours(spans, zone),
      busiestSleepWeek: sleepWeek ? {
        pages: sleepWeek.count,
        from: new Date(sleepWeek.from).toISOString(),
        to: new Date(sleepWeek.to).toISOString()
      } : null,
      longestStreak: streak ? { from: new Date(streak.from).toISOString(), to: new Date(streak.to).toISOString() } : null,
      disturbedHours: { afterHours: distinctHours(afterHoursPages), sleep: distinctHours(sleepPages) },
      acknowledged: activity.acknowledged,
      resolved: activity.resolved
    };
  });
}
function activeEngineerIds(records) {
  let ids = new Set(records.shifts.map((shift) => shift.user));
  for (let entry of records.entries) {
    if (entry.kind !== "notify" && entry.kind !== "acknowledge" && entry.kind !== "resolve") continue;
    let person = personOf(entry);
    person !== null && ids.add(person);
  }
  return ids;
}

// src/oncall-load/scope.ts
function checkScope(team, scope) {
  requireKnownIds("engineers", "engineer", scope.engineerIds, { listed: team.engineers.map((e) => e.id) }), requireKnownIds("teamIds", "team", scope.teamIds, { listed: team.teams.map((t) => t.id) });
}
function selectEngineers(team, scope, records) {
  let named = scope.engineerIds ? new Set(scope.engineerIds) : null, teams = scope.teamIds ? new Set(scope.teamIds) : null, active = scope.scheduleIds ? new Set(records.shifts.map((shift) => shift.user)) : activeEngineerIds(records);
  return team.engineers.filter(
    (engineer) => (named ? named.has(engineer.id) : active.has(engineer.id)) && (!teams || engineer.team !== null && teams.has(engineer.team))
  );
}

// src/oncall-load/fetch-loads.ts
var LOAD_ENTRY_KINDS = /* @__PURE__ */ new Set(["notify", "acknowledge", "resolve"]), RENDERS_IN_FLIGHT = 3;
async function fetchLoadRecords(deps, window, scope) {
  let { sources, fetch } = deps, since = window.since.toISOString(), until = window.until.toISOString(), scheduleIds = scope.scheduleIds ? await knownSchedules(deps, scope.scheduleIds) : (await sources.schedules.listSchedules(fetch)).map((s) => s.id), [shiftLists, entries] = await Promise.all([
    mapBounded(
      scheduleIds,
      RENDERS_IN_FLIGHT,
      (id) => sources.schedules.renderSchedule(id, since, until, fetch)
    ),
    sources.incidents.listLogEntriesInWindow(since, until, {}, fetch)
  ]);
  return { shifts: shiftLists.flat(), entries: entries.filter((entry) => LOAD_ENTRY_KINDS.has(entry.kind)) };
}
async function knownSchedules(deps, scheduleIds) {
  let fromTeamFile = {
    listed: deps.team.schedules.map((s) => s.id),
    alsoAccepted: deps.team.schedules.map((s) => s.pagerdutyId)
  };
  if (unknownIds(scheduleIds, fromTeamFile).length > 0) {
    let listed = (await deps.sources.schedules.listSchedules(deps.fetch)).map((s) => s.id);
    requireKnownIds("scheduleIds", "schedule", scheduleIds, { ...fromTeamFile, listed });
  }
  return [...new Set(scheduleIds)];
}
async function fetchOncallLoads(deps, window, scope = {}) {
  checkScope(deps.team, scope);
  let records = await fetchLoadRecords(deps, window, scope), engineers = selectEngineers(deps.team, scope, records);
  return { loads: computeOncallLoads(engineers, records, window), records };
}
var RECENT_LOAD_DAYS = 28;
function recentLoadWindow(start) {
  return { since: new Date(start.getTime() - RECENT_LOAD_DAYS * DAY_MS), until: start };
}

// src/oncall-load/load-ranking.ts
var AFTER_HOURS_COST_HOURS = 1, SLEEP_COST_HOURS = 2;
function loadBurden(load) {
  return load.hoursOnCall + AFTER_HOURS_COST_HOURS * load.disturbedHours.afterHours + SLEEP_COST_HOURS * load.disturbedHours.sleep;
}
function byLoadDescending(a, b) {
  return loadBurden(b) - loadBurden(a) || a.engineer.name.localeCompare(b.engineer.name);
}
function mentorLoadScores(loads) {
  let burdens = loads.map((load) => [load.engineer.id, loadBurden(load)]), most = Math.max(0, ...burdens.map(([, burden]) => burden));
  return new Map(burdens.map(([id, burden]) => [id, most === 0 ? 1 : 1 - burden / most]));
}
var median2 = (values) => median(values) ?? 0;
function medianFigures(loads) {
  let of = (pick) => median2(loads.map(pick));
  return {
    hoursOnCall: of((load) => load.hoursOnCall),
    incidentsAcknowledged: of((load) => load.incidentsAcknowledged),
    incidentsResolved: of((load) => load.incidentsResolved),
    pages: of((load) => load.pages),
    afterHoursPages: of((load) => load.afterHoursPages),
    sleepHourPages: of((load) => load.sleepHourPages),
    longestOnCallStreakDays: of((load) => load.longestOnCallStreakDays),
    weekendHoursOnCall: of((load) => load.weekendHoursOnCall)
  };
}

export {
  SLEEP_START_HOUR,
  SLEEP_END_HOUR,
  fetchOncallLoads,
  RECENT_LOAD_DAYS,
  recentLoadWindow,
  loadBurden,
  byLoadDescending,
  mentorLoadScores,
  medianFigures
};
