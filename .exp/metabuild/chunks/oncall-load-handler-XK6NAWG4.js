import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_THRESHOLDS
} from "./chunk-EPUQ4AKX.js";
import {
  markdownTable
} from "./chunk-EF6MDBBV.js";
import {
  HOUR_MS,
  SLEEP_END_HOUR,
  SLEEP_START_HOUR,
  byLoadDescending,
  fetchOncallLoads,
  loadBurden
} from "./chunk-MLBF3WYN.js";
import "./chunk-2BC7E2MG.js";
import "./chunk-V5UGJZVH.js";
import {
  resolveWindow
} from "./chunk-S2BW24E3.js";
import "./chunk-Z6XIM2SB.js";
import {
  mapBounded
} from "./chunk-5M6LFBTC.js";
import {
  instantToLocal
} from "./chunk-X76O3TIG.js";
import "./chunk-P23S5MLP.js";
import "./chunk-7U34ADOT.js";
import {
  plural
} from "./chunk-TMS5DXOB.js";
import {
  NotFoundError
} from "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/oncall-load/recognition.ts
var RECOGNISED_PEOPLE = 3, INCIDENTS_NAMED = 5;
function carriers(loads) {
  return loads.filter((load) => loadBurden(load) > 0).sort(byLoadDescending).slice(0, RECOGNISED_PEOPLE);
}
function handledIncidents(load) {
  return [.../* @__PURE__ */ new Set([...load.acknowledged, ...load.resolved])];
}
var clock = (hour) => `${String(hour).padStart(2, "0")}:00`, SLEEP_HOURS = `${clock(SLEEP_START_HOUR)}\u2013${clock(SLEEP_END_HOUR)}`;
function formatHours(hours) {
  return `${Number(hours.toFixed(1))} h`;
}
function count(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function label(id, incidents) {
  let incident = incidents.get(id);
  if (!incident) return id;
  let title = incident.title.length > 60 ? `${incident.title.slice(0, 59)}\u2026` : incident.title;
  return `#${incident.number} ${title}`;
}
function pagerSentence(load) {
  let name = `**${load.engineer.name}**`, weekend = load.weekendHoursOnCall > 0 ? ` (${formatHours(load.weekendHoursOnCall)} of it at weekends)` : "", held = load.hoursOnCall > 0 ? `held the pager for ${formatHours(load.hoursOnCall)}${weekend}` : "";
  if (load.pages === 0)
    return held ? `${name} ${held} through a quiet stretch, without a page.` : `${name} took no pages.`;
  let hard = [
    load.sleepHourPages > 0 ? `${load.sleepHourPages} in sleep hours (${SLEEP_HOURS} ${load.engineer.timeZone})` : "",
    load.afterHoursPages > 0 ? `${load.afterHoursPages} outside working hours` : ""
  ].filter(Boolean), pages = `${count(load.pages, "page")}${hard.length > 0 ? `, ${hard.join(" and ")}` : ""}`;
  return held ? `${name} ${held} and took ${pages}.` : `${name} took ${pages}.`;
}
function handledSentence(load, incidents) {
  let handled = handledIncidents(load);
  if (handled.length === 0) return "";
  let first = load.engineer.name.split(" ")[0] ?? load.engineer.name, acknowledged = load.incidentsAcknowledged, resolved = load.incidentsResolved, did = acknowledged > 0 && resolved > 0 ? `acknowledged ${count(acknowledged, "incident")} and resolved ${resolved}` : acknowledged > 0 ? `acknowledged ${count(acknowledged, "incident")}` : `resolved ${count(resolved, "incident")}`, named = handled.slice(0, INCIDENTS_NAMED).map((id) => label(id, incidents)), more = handled.length > INCIDENTS_NAMED ? `, and ${handled.length - INCIDENTS_NAMED} more` : "";
  return ` ${first} ${did}: ${named.join("; ")}${more}.`;
}
function recognitionParagraph(load, incidents) {
  let first = load.engineer.name.split(" ")[0] ?? load.engineer.name;
  return `${pagerSentence(load)}${handledSentence(load, incidents)} Thank you, ${first}.`;
}

// src/oncall-load/render-load.ts
function utc(instant) {
  return `${instant.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function flagSection(report) {
  let { sleepPagesIn7Days, streakDays, onCallShare } = report.thresholds, rules = `at or above ${sleepPagesIn7Days} sleep-hour pages in 7 days, ${streakDays} days on call in a row, or ${Math.round(onCallShare * 100)}% of the window on call`;
  if (report.team.flags.length === 0) return `**No flags**: nobody is ${rules}.`;
  let names = new Map(report.loads.map((load) => [load.engineer.id, load.engineer.name])), lines = report.team.flags.map(
    (flag) => `- **${names.get(flag.engineer) ?? flag.engineer}**: ${flag.reason}`
  );
  return `**Flags** (${rules}):
${lines.join(`
`)}`;
}
function loadTable(report) {
  let rows = report.loads.map((load) => [
    `${load.engineer.name} (${load.engineer.timeZone})`,
    formatHours(load.hoursOnCall),
    formatHours(load.weekendHoursOnCall),
    `${load.longestOnCallStreakDays} d`,
    load.pages,
    load.notifications,
    load.afterHoursPages,
    load.sleepHourPages,
    load.incidentsAcknowledged,
    load.incidentsResolved
  ]), totals = report.team.totals;
  return rows.push([
    `**Team (${totals.engineers})**`,
    formatHours(totals.hoursOnCall),
    formatHours(totals.weekendHoursOnCall),
    "",
    totals.pages,
    totals.notifications,
    totals.afterHoursPages,
    totals.sleepHourPages,
    totals.incidentsAcknowledged,
    totals.incidentsResolved
  ]), markdownTable(
    [
      "Engineer",
      "On call",
      "Weekend",
      "Streak",
      "Pages",
      "Notifications",
      "After hours",
      `Sleep hours (${SLEEP_HOURS})`,
      "Acked",
      "Resolved"
    ],
    rows
  );
}
function renderLoadReport(report) {
  let { since, until } = report.window, days = Math.round((until.getTime() - since.getTime()) / 864e5), heading = `## On-call load, ${utc(since)} to ${utc(until)} (${days} days)`;
  if (report.loads.length === 0)
    return `${heading}

Nobody in team.yaml was on call or paged in this window; widen it or drop a filter.`;
  let { hoursOnCallGini, afterHoursPagesGini } = report.team.fairness, fairness = `Fairness (Gini: 0 = shared evenly, near 1 = one person carries it): hours on call ${hoursOnCallGini.toFixed(2)}, after-hours pages ${afterHoursPagesGini.toFixed(2)}. A page is one incident paging one person, however many pushes, SMS, calls and emails it sent (those are the notifications), placed at its first notification in the person's own zone and working hours; team acknowledged/resolved counts are distinct incidents.`, parts = [heading, flagSection(report), loadTable(report), fairness];
  return report.carriers.length > 0 && parts.push(
    "### Who carried the pager",
    ...report.carriers.map((load) => recognitionParagraph(load, report.incidents))
  ), parts.join(`

`);
}

// src/oncall-load/fairness.ts
function gini(values) {
  let sorted = [...values].sort((a, b) => a - b), n = sorted.length, sum = sorted.reduce((total, value) => total + value, 0);
  return n === 0 || sum === 0 ? 0 : 2 * sorted.reduce((total, value, index) => total + (index + 1) * value, 0) / (n * sum) - (n + 1) / n;
}

// src/oncall-load/local-date.ts
function localDate(instant, zone) {
  let local = instantToLocal(new Date(instant), zone), pad = (n) => String(n).padStart(2, "0");
  return `${local.year}-${pad(local.month)}-${pad(local.day)}`;
}

// src/oncall-load/team-load.ts
function teamTotals(loads) {
  let sum = (pick) => loads.reduce((total, load) => total + pick(load), 0);
  return {
    engineers: loads.length,
    hoursOnCall: sum((load) => load.hoursOnCall),
    weekendHoursOnCall: sum((load) => load.weekendHoursOnCall),
    pages: sum((load) => load.pages),
    notifications: sum((load) => load.notifications),
    afterHoursPages: sum((load) => load.afterHoursPages),
    sleepHourPages: sum((load) => load.sleepHourPages),
    incidentsAcknowledged: new Set(loads.flatMap((load) => load.acknowledged)).size,
    incidentsResolved: new Set(loads.flatMap((load) => load.resolved)).size
  };
}
function loadFlags(loads, window, thresholds) {
  let windowHours = (window.until.getTime() - window.since.getTime()) / HOUR_MS, flags = [];
  for (let load of loads) {
    let { id, timeZone: zone } = load.engineer, week = load.busiestSleepWeek;
    week && week.pages >= thresholds.sleepPagesIn7Days && flags.push({
      engineer: id,
      kind: "sleep-pages",
      reason: `${plural(week.pages, "sleep-hour page")} in 7 days (${localDate(week.from, zone)} to ${localDate(week.to, zone)})`
    });
    let streak = load.longestStreak;
    if (streak && load.longestOnCallStreakDays >= thresholds.streakDays) {
      let lastDay = localDate(Date.parse(streak.to) - 1, zone);
      flags.push({
        engineer: id,
        kind: "streak",
        reason: `on call ${load.longestOnCallStreakDays} days in a row (${localDate(streak.from, zone)} to ${lastDay})`
      });
    }
    let share = windowHours > 0 ? load.hoursOnCall / windowHours : 0;
    load.hoursOnCall > 0 && share >= thresholds.onCallShare && flags.push({
      engineer: id,
      kind: "on-call-share",
      reason: `on call ${Math.round(share * 100)}% of the window (${Math.round(load.hoursOnCall)} h of ${Math.round(windowHours)} h)`
    });
  }
  return flags;
}
function summariseTeam(loads, window, thresholds) {
  return {
    totals: teamTotals(loads),
    fairness: {
      afterHoursPagesGini: gini(loads.map((load) => load.afterHoursPages)),
      hoursOnCallGini: gini(loads.map((load) => load.hoursOnCall))
    },
    flags: loadFlags(loads, window, thresholds)
  };
}

// src/oncall-load/oncall-load-handler.ts
var MAX_WINDOW_DAYS = 90, DEFAULT_WINDOW_DAYS = 28, LABEL_READS_IN_FLIGHT = 4, round = (value, places) => Number(value.toFixed(places));
async function incidentLabels(source, ids, fetch) {
  let found = await mapBounded([...new Set(ids)], LABEL_READS_IN_FLIGHT, async (id) => {
    try {
      let incident = await source.getIncident(id, fetch);
      return [id, { number: incident.number, title: incident.title }];
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  });
  return new Map(found.filter((entry) => entry !== null));
}
function toOutput(window, loads, team) {
  return {
    since: window.since.toISOString(),
    until: window.until.toISOString(),
    engineers: loads.map((load) => ({
      engineer: load.engineer,
      hoursOnCall: round(load.hoursOnCall, 1),
      incidentsAcknowledged: load.incidentsAcknowledged,
      incidentsResolved: load.incidentsResolved,
      pages: load.pages,
      notifications: load.notifications,
      afterHoursPages: load.afterHoursPages,
      sleepHourPages: load.sleepHourPages,
      longestOnCallStreakDays: load.longestOnCallStreakDays,
      weekendHoursOnCall: round(load.weekendHoursOnCall, 1)
    })),
    team: {
      totals: {
        hoursOnCall: round(team.totals.hoursOnCall, 1),
        pages: team.totals.pages,
        notifications: team.totals.notifications,
        afterHoursPages: team.totals.afterHoursPages,
        sleepHourPages: team.totals.sleepHourPages
      },
      fairness: {
        afterHoursPagesGini: round(team.fairness.afterHoursPagesGini, 3),
        hoursOnCallGini: round(team.fairness.hoursOnCallGini, 3)
      },
      flags: team.flags.map(({ engineer, reason }) => ({ engineer, reason }))
    }
  };
}
var handle = async (input, ctx) => {
  let window = resolveWindow(input.since, input.until, {
    now: ctx.now,
    defaultDays: DEFAULT_WINDOW_DAYS,
    maxDays: MAX_WINDOW_DAYS
  }), thresholds = { ...DEFAULT_THRESHOLDS, ...input.thresholds }, fetch = { signal: ctx.signal, requests: ctx.requests }, { loads } = await fetchOncallLoads({ sources: ctx.sources, team: ctx.team, fetch }, window, {
    scheduleIds: input.scheduleIds,
    teamIds: input.teamIds,
    engineerIds: input.engineers
  });
  loads.sort(byLoadDescending);
  let team = summariseTeam(loads, window, thresholds), recognised = carriers(loads), named = recognised.flatMap((load) => handledIncidents(load).slice(0, INCIDENTS_NAMED)), incidents = await incidentLabels(ctx.sources.incidents, named, fetch);
  return {
    structured: toOutput(window, loads, team),
    markdown: renderLoadReport({ window, thresholds, loads, team, carriers: recognised, incidents })
  };
};
export {
  handle
};
