import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatUtcMinute,
  planForMentee,
  realScheduleScope
} from "./chunk-SK7JI2KM.js";
import "./chunk-5J5TFA2B.js";
import {
  STAGE_WORDS,
  readAndAssess
} from "./chunk-HAUS6P7U.js";
import {
  runbooksForServices
} from "./chunk-54GUPZEM.js";
import {
  knownEngineer
} from "./chunk-G4FESBZA.js";
import {
  RECENT_LOAD_DAYS,
  fetchOncallLoads,
  medianFigures,
  recentLoadWindow
} from "./chunk-M5B2Y6FW.js";
import "./chunk-23M5H5XB.js";
import "./chunk-V5UGJZVH.js";
import "./chunk-XVYO3GTT.js";
import "./chunk-HKFD4U5M.js";
import {
  markdownTable
} from "./chunk-EF6MDBBV.js";
import "./chunk-BWXVZCPD.js";
import "./chunk-7WSIUUHN.js";
import "./chunk-HTE4XTY6.js";
import "./chunk-5M6LFBTC.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-QOBY7TRA.js";
import "./chunk-AVLOQ4UV.js";
import {
  startOfHour
} from "./chunk-OVEIKJ4F.js";
import "./chunk-P23S5MLP.js";
import "./chunk-GCCA2YSU.js";
import {
  plural
} from "./chunk-TMS5DXOB.js";
import "./chunk-65K74YAK.js";
import "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/shadowing/progress/mentee-progress.ts
function shadowShiftsBegun(history, mentee, now) {
  return history.filter((record) => record.mentee === mentee && Date.parse(record.start) < now.getTime()).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
function shadowShiftsAhead(history, mentee, now) {
  return history.filter((record) => record.mentee === mentee && Date.parse(record.start) >= now.getTime()).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
function seenSpan(record, now) {
  return { start: Date.parse(record.start), end: Math.min(Date.parse(record.end), now.getTime()) };
}
function menteeProgress(input) {
  let { mentee, now } = input, begun = shadowShiftsBegun(input.history, mentee.id, now), read = begun.slice(-50), servicesOf = (record) => input.schedules.get(record.schedule)?.services ?? [], shifts = read.map((record) => {
    let services2 = servicesOf(record), span = seenSpan(record, now), incidents = input.incidents.filter((incident) => {
      let at = Date.parse(incident.createdAt);
      return services2.includes(incident.service.id) && at >= span.start && at < span.end;
    }).sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)).map((incident) => ({ number: incident.number, title: incident.title, service: incident.service.id }));
    return {
      mentor: record.mentor,
      schedule: record.schedule,
      start: record.start,
      end: record.end,
      incidents
    };
  }), coverage = /* @__PURE__ */ new Map();
  for (let service of mentee.learning) coverage.set(service, { shifts: 0, incidentsSeen: 0 });
  for (let record of begun)
    for (let service of servicesOf(record)) {
      let entry = coverage.get(service) ?? { shifts: 0, incidentsSeen: 0 };
      entry.shifts++, coverage.set(service, entry);
    }
  for (let shift of shifts)
    for (let incident of shift.incidents) coverage.get(incident.service).incidentsSeen++;
  let services = [...coverage].map(([service, figures]) => ({
    service,
    learning: mentee.learning.includes(service),
    ...figures,
    runbook: input.runbooks.get(service) ?? null
  }));
  services.sort(
    (a, b) => Number(b.learning) - Number(a.learning) || a.shifts - b.shifts || a.service.localeCompare(b.service)
  );
  let recorded = shadowShiftsAhead(input.history, mentee.id, now).map((record) => ({
    mentor: record.mentor,
    schedule: record.schedule,
    start: record.start,
    end: record.end,
    recorded: !0
  }));
  return {
    mentee: mentee.id,
    shifts,
    olderShifts: begun.length - read.length,
    hoursShadowed: round1(
      begun.reduce((sum, record) => {
        let span = seenSpan(record, now);
        return sum + (span.end - span.start);
      }, 0) / 36e5
    ),
    services,
    next: [...recorded, ...input.suggestions.map((suggestion) => ({ ...suggestion, recorded: !1 }))],
    load: input.load
  };
}
function round1(value) {
  return Math.round(value * 10) / 10;
}

// src/shadowing/render/render-mentee-progress.ts
var utc = (instant) => formatUtcMinute(new Date(instant));
function renderMenteeProgress(progress, names, context) {
  let { menteeName } = context, seen = progress.shifts.reduce((sum, shift) => sum + shift.incidents.length, 0), done = progress.shifts.length + progress.olderShifts, lines = [
    `## ${menteeName}'s shadow on-call progress, as of ${formatUtcMinute(context.now)} UTC`,
    "",
    done === 0 ? `${menteeName} has not shadowed a shift yet.` : `${plural(done, "shadow shift")} done (${progress.hoursShadowed} h), ${plural(seen, "incident")} seen on the shadowed services.`
  ];
  progress.stage && lines.push("", `Stage: ${STAGE_WORDS[progress.stage]}. ${progress.nextStep ?? ""}`.trimEnd()), progress.milestones && progress.milestones.length > 0 && lines.push("", "### Milestones", "", ...progress.milestones.map((milestone) => `- ${milestone.text}`)), progress.shifts.length > 0 && (lines.push("", "### Shadow shifts", ""), progress.olderShifts > 0 && lines.push(`(${progress.olderShifts} older shifts not listed.)`, ""), lines.push(
    markdownTable(
      ["Start (UTC)", "End (UTC)", "Mentor", "Schedule", "Incidents seen"],
      progress.shifts.map((shift) => [
        utc(shift.start),
        utc(shift.end),
        names.engineer(shift.mentor),
        names.schedule(shift.schedule),
        shift.incidents.map((incident) => `#${incident.number} ${incident.title}`).join("; ") || "none"
      ])
    )
  )), progress.services.length > 0 && (lines.push("", "### Services and learning goals", ""), lines.push(
    markdownTable(
      ["Service", "Learning goal", "Shadow shifts", "Incidents seen", "Runbook"],
      progress.services.map((service) => [
        names.service(service.service),
        service.learning ? service.shifts > 0 ? "yes, covered" : "yes, not yet" : "no",
        service.shifts,
        service.incidentsSeen,
        service.runbook ?? "none yet"
      ])
    )
  )), lines.push("", "### Next", ""), progress.next.length === 0 && lines.push(context.noSuggestion ?? "Nothing to suggest.");
  for (let next of progress.next) {
    let what = next.recorded ? "Recorded" : "Suggested";
    lines.push(
      `- ${what}: ${utc(next.start)} to ${utc(next.end)} UTC with ${names.engineer(next.mentor)} on ${names.schedule(next.schedule)}`
    );
  }
  return progress.next.some((next) => !next.recorded) && lines.push(
    "",
    "Record suggestions with record_shadow_rotation, or plan the whole team with suggest_shadow_pairings."
  ), lines.push("", `### Own on-call load, last ${context.loadDays} days`, ""), progress.load ? lines.push(loadTable(menteeName, progress.load.own, progress.load.teamMedian)) : lines.push(
    `${menteeName} took no on-call shifts of their own in that time; their load shows here once they do.`
  ), lines.join(`
`);
}
function loadTable(name, own, median) {
  return markdownTable(
    ["", name, "Team median"],
    [
      ["Hours on call", "hoursOnCall"],
      ["Pages", "pages"],
      ["After-hours pages", "afterHoursPages"],
      ["Sleep-hour pages", "sleepHourPages"]
    ].map(([label, field]) => [label, own[field], median[field]])
  );
}

// src/shadowing/tools/mentee-progress-handler.ts
var handle = async (input, ctx) => {
  let mentee = knownEngineer(ctx.team, input.mentee, "mentee"), fetch = { signal: ctx.signal, requests: ctx.requests }, schedules = new Map((await ctx.sources.schedules.listSchedules(fetch)).map((s) => [s.id, s])), begun = shadowShiftsBegun(ctx.team.shadowHistory, mentee.id, ctx.now), serviceIds = [
    ...mentee.learning,
    ...begun.flatMap((record) => schedules.get(record.schedule)?.services ?? [])
  ], [incidents, runbooks, load, next, assessed] = await Promise.all([
    incidentsDuring(begun.slice(-50), schedules, ctx, fetch),
    runbooksForServices(serviceIds, ctx),
    ownLoadBesideMedian(mentee, [...schedules.values()], ctx, fetch),
    suggestNext(mentee, ctx),
    readAndAssess([mentee], ctx)
  ]), { readiness, milestones } = assessed.assessments[0], progress = {
    ...menteeProgress({
      mentee,
      now: ctx.now,
      history: ctx.team.shadowHistory,
      schedules,
      incidents,
      runbooks: new Map([...runbooks].map(([id, runbook]) => [id, runbook?.path ?? null])),
      suggestions: next.suggestions,
      load
    }),
    stage: readiness.stage,
    nextStep: readiness.nextStep,
    milestones
  }, engineerNames = new Map(ctx.team.engineers.map((e) => [e.id, e.name])), serviceNames = new Map(ctx.team.services.map((s) => [s.id, s.name])), markdown = renderMenteeProgress(
    progress,
    {
      engineer: (id) => engineerNames.get(id) ?? id,
      schedule: (id) => schedules.get(id)?.name ?? id,
      service: (id) => serviceNames.get(id) ?? id
    },
    { menteeName: mentee.name, now: ctx.now, loadDays: RECENT_LOAD_DAYS, noSuggestion: next.noSuggestion }
  );
  return { structured: progress, markdown };
};
async function incidentsDuring(shifts, schedules, ctx, fetch) {
  let pages = await Promise.all(
    shifts.map(async (shift) => {
      let services = schedules.get(shift.schedule)?.services ?? [], span = seenSpan({ ...shift, mentee: "", mentor: "" }, ctx.now);
      return services.length === 0 || span.end <= span.start ? [] : (await ctx.sources.incidents.listIncidents(
        {
          since: new Date(span.start).toISOString(),
          until: new Date(span.end).toISOString(),
          serviceIds: services,
          limit: 100,
          offset: 0
        },
        fetch
      )).incidents;
    })
  );
  return [...new Map(pages.flat().map((incident) => [incident.id, incident])).values()];
}
async function ownLoadBesideMedian(mentee, schedules, ctx, fetch) {
  let { loads } = await fetchOncallLoads(
    { sources: ctx.sources, team: ctx.team, fetch },
    recentLoadWindow(ctx.now),
    { scheduleIds: realScheduleScope(schedules), teamIds: mentee.team ? [mentee.team] : void 0 }
  ), own = loads.find((load) => load.engineer.id === mentee.id);
  return !own || own.hoursOnCall === 0 ? null : { own: shown(own), teamMedian: shown(medianFigures(loads)) };
}
function shown(figures) {
  let round = (value) => Math.round(value * 10) / 10;
  return {
    hoursOnCall: round(figures.hoursOnCall),
    pages: round(figures.pages),
    afterHoursPages: round(figures.afterHoursPages),
    sleepHourPages: round(figures.sleepHourPages)
  };
}
async function suggestNext(mentee, ctx) {
  let ahead = shadowShiftsAhead(ctx.team.shadowHistory, mentee.id, ctx.now), from = new Date(
    Math.max(startOfHour(ctx.now).getTime(), ...ahead.map((record) => Date.parse(record.end)))
  ), plan = await planForMentee(mentee.id, from, ctx), unmatched = plan.unmatched[0];
  return {
    suggestions: plan.pairings.map((pairing) => ({
      mentor: pairing.mentor.id,
      schedule: pairing.schedule.id,
      start: pairing.start,
      end: pairing.end
    })),
    noSuggestion: unmatched ? `No shadow shift fits in the next 4 weeks: ${unmatched.reason}. To fix: ${unmatched.fix}.` : null
  };
}
export {
  handle
};
