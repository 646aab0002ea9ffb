import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readinessThresholds
} from "./chunk-HTE4XTY6.js";

// src/shadowing/readiness/evidence.ts
function indexIncidents(incidents) {
  let byService = /* @__PURE__ */ new Map();
  for (let incident of incidents) {
    let list = byService.get(incident.service.id) ?? [];
    list.push({ at: Date.parse(incident.createdAt), incident }), byService.set(incident.service.id, list);
  }
  let index = /* @__PURE__ */ new Map();
  for (let [service, list] of byService)
    list.sort((a, b) => a.at - b.at), index.set(service, { times: list.map((e) => e.at), incidents: list.map((e) => e.incident) });
  return index;
}
function gatherEvidence(input) {
  let now = input.now.getTime(), byService = /* @__PURE__ */ new Map(), itemsOf = (service) => {
    let list = byService.get(service) ?? [];
    return list.length === 0 && byService.set(service, list), list;
  };
  for (let service of input.mentee.learning) itemsOf(service);
  for (let record of input.history) {
    let start = Date.parse(record.start);
    if (start >= now) continue;
    let end = Math.min(Date.parse(record.end), now), reverse = record.role === "reverse-shadow";
    for (let service of input.servicesOf(record.schedule)) {
      let items = itemsOf(service);
      Date.parse(record.end) <= now && items.push({
        kind: reverse ? "reverse-shadow-shift" : "shadow-shift",
        at: new Date(record.start).toISOString(),
        ref: record.mentor,
        detail: record.schedule,
        url: null
      });
      for (let incident of incidentsBetween(input.incidents.get(service), start, end))
        items.push({
          kind: reverse ? "incident-handled" : "incident-seen",
          at: new Date(incident.createdAt).toISOString(),
          ref: String(incident.number),
          detail: incident.title,
          url: incident.url
        });
    }
  }
  for (let drill of input.drills)
    Date.parse(drill.at) > now || itemsOf(drill.service).push({
      kind: "drill",
      at: new Date(drill.at).toISOString(),
      ref: drill.incident,
      detail: drill.notes ?? "",
      url: null
    });
  return [...byService].map(([service, items]) => ({
    service,
    learning: input.mentee.learning.includes(service),
    // Every `at` is a normalised ISO instant, so text order is time order.
    items: dedupe(items).sort((a, b) => a.at < b.at ? -1 : a.at > b.at ? 1 : a.kind.localeCompare(b.kind))
  }));
}
function incidentsBetween(sorted, start, end) {
  if (!sorted) return [];
  let { times } = sorted, low = 0, high = times.length;
  for (; low < high; ) {
    let mid = low + high >>> 1;
    times[mid] < start ? low = mid + 1 : high = mid;
  }
  let stop = low;
  for (; stop < times.length && times[stop] < end; ) stop++;
  return sorted.incidents.slice(low, stop);
}
function dedupe(items) {
  let seen = /* @__PURE__ */ new Set();
  return items.filter((item) => {
    let key = `${item.kind}|${item.at}|${item.ref}|${item.detail}`;
    return seen.has(key) ? !1 : (seen.add(key), !0);
  });
}

// src/shadowing/readiness/milestones.ts
function milestones(input) {
  let { mentee, names } = input, day = (at) => localDay(at, mentee.timeZone), first = (kind) => {
    let found = null;
    for (let service of input.evidence)
      for (let item of service.items)
        item.kind === kind && (!found || item.at < found.item.at) && (found = { item, service: service.service });
    return found;
  }, result = [], shadow = first("shadow-shift");
  shadow && result.push({
    kind: "first-shadow-shift",
    at: shadow.item.at,
    text: `${mentee.name} shadowed their first on-call shift, with ${names.engineer(shadow.item.ref)} on ${names.schedule(shadow.item.detail)}, on ${day(shadow.item.at)}.`
  });
  let seen = first("incident-seen");
  seen && result.push({
    kind: "first-incident-seen",
    at: seen.item.at,
    text: `${mentee.name} saw their first real incident on ${names.service(seen.service)}, #${seen.item.ref} ${seen.item.detail}, on ${day(seen.item.at)}.`
  });
  let drill = first("drill");
  drill && result.push({
    kind: "first-drill",
    at: drill.item.at,
    text: `${mentee.name} worked through their first incident drill (${names.service(drill.service)}, incident ${drill.item.ref}) on ${day(drill.item.at)}.`
  });
  let reverse = first("reverse-shadow-shift");
  reverse && result.push({
    kind: "first-reverse-shadow",
    at: reverse.item.at,
    text: `${mentee.name} carried the pager for the first time on ${day(reverse.item.at)}, with ${names.engineer(reverse.item.ref)} backing them up.`
  });
  let change = input.runbookChanges[0];
  return change && result.push({
    kind: "first-runbook-change",
    at: change.at,
    text: `${mentee.name}'s notes on incident ${change.incident} improved the runbook ${change.runbook} on ${day(change.at)}.`
  }), input.readyForReverseShadow && result.push({
    kind: "ready-for-reverse-shadow",
    at: input.readyForReverseShadow,
    text: `${mentee.name} had all the evidence for reverse shadow on ${day(input.readyForReverseShadow)}: shifts shadowed, incidents seen and drills done on every service they are learning.`
  }), input.readyForOnCall && result.push({
    kind: "ready-for-on-call",
    at: input.readyForOnCall,
    text: `${mentee.name} was ready for on call on ${day(input.readyForOnCall)}, having carried the pager on every service they are learning.`
  }), result.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
var dayFormats = /* @__PURE__ */ new Map();
function localDay(instant, timeZone) {
  let format = dayFormats.get(timeZone);
  return format || (format = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone }), dayFormats.set(timeZone, format)), format.format(new Date(instant));
}

// src/shadowing/readiness/readiness.ts
var STAGES = ["shadow", "reverse-shadow", "on-call-with-backup", "on-call"], STAGE_WORDS = {
  shadow: "shadow",
  "reverse-shadow": "reverse shadow",
  "on-call-with-backup": "on call with backup",
  "on-call": "on call"
}, GATES = {
  shadow: [
    { field: "shadowShifts", kind: "shadow-shift" },
    { field: "incidentsSeen", kind: "incident-seen" },
    { field: "drills", kind: "drill" }
  ],
  "reverse-shadow": [
    { field: "reverseShadowShifts", kind: "reverse-shadow-shift" },
    { field: "incidentsHandled", kind: "incident-handled" }
  ],
  "on-call-with-backup": [],
  "on-call": []
}, MISSING_NOUN = {
  "shadow-shift": ["shadow shift", "shadow shifts"],
  "incident-seen": ["incident seen", "incidents seen"],
  drill: ["drill", "drills"],
  "reverse-shadow-shift": ["reverse-shadow shift", "reverse-shadow shifts"],
  "incident-handled": ["incident handled", "incidents handled"]
};
function assessReadiness(mentee, evidence, thresholds, serviceName = (id) => id) {
  let stage = mentee.stage, nextStage = STAGES[STAGES.indexOf(stage) + 1] ?? null, services = evidence.map((service) => serviceReadiness(service, GATES[stage], thresholds)), judged = services.filter((service) => service.learning), ready = judged.length > 0 && judged.every((service) => service.ready), metDates = judged.flatMap((s) => s.gates.map((g) => g.metAt)).filter((d) => d !== null), readySince = ready && metDates.length > 0 ? latest(metDates) : null;
  return {
    mentee: mentee.id,
    stage,
    nextStage,
    services,
    ready,
    readySince,
    nextStep: nextStepOf(mentee, stage, judged, ready, serviceName)
  };
}
function serviceReadiness(evidence, gates, thresholds) {
  let statuses = gates.map(({ field, kind }) => {
    let items = evidence.items.filter((item) => item.kind === kind), want = thresholds[field];
    return {
      kind,
      have: items.length,
      want,
      metAt: want > 0 && items.length >= want ? items[want - 1].at : null
    };
  }), missing = statuses.filter((gate) => gate.have < gate.want).map((gate) => {
    let short = gate.want - gate.have, [one, many] = MISSING_NOUN[gate.kind];
    return `${short} more ${short === 1 ? one : many}`;
  });
  return { ...evidence, gates: statuses, ready: missing.length === 0, missing };
}
var HOW = {
  "shadow-shift": "plan one with suggest_shadow_pairings",
  "incident-seen": "shadow a busier shift, or read its recent incidents with list_incidents",
  drill: "play a past incident with create_incident_drill",
  "reverse-shadow-shift": "plan one with suggest_shadow_pairings (they carry the pager, the mentor backs up)",
  "incident-handled": "keep reverse shadowing until a page comes in"
};
function nextStepOf(mentee, stage, judged, ready, serviceName) {
  if (stage === "on-call") return `${mentee.name} is on call; nothing is missing.`;
  if (stage === "on-call-with-backup")
    return `${mentee.name} is on call with a backup; when they have carried shifts without needing the backup, set stage: on-call for ${mentee.id} in team.yaml.`;
  if (judged.length === 0)
    return `${mentee.name} has no learning goals; list the services they are learning under learning in team.yaml.`;
  if (ready) {
    let next = stage === "shadow" ? "reverse-shadow" : "on-call-with-backup", then = next === "reverse-shadow" ? "then plan reverse-shadow pairings with suggest_shadow_pairings" : "then put them in the rotation with a named backup";
    return `${mentee.name} is ready for ${STAGE_WORDS[next]}: set stage: ${next} for ${mentee.id} in team.yaml, ${then}.`;
  }
  let lagging = [...judged].sort((a, b) => shortfall(b) - shortfall(a))[0], gate = lagging.gates.find((g) => g.have < g.want);
  return `On ${serviceName(lagging.service)}, ${lagging.missing.join(", ")}; next, ${HOW[gate.kind]}.`;
}
function shortfall(service) {
  return service.gates.reduce((sum, gate) => sum + Math.max(0, gate.want - gate.have), 0);
}
function stageDates(evidence, thresholds) {
  let at = (stage) => {
    let judged = evidence.filter((service) => service.learning).map((service) => serviceReadiness(service, GATES[stage], thresholds));
    if (judged.length === 0 || !judged.every((service) => service.ready)) return null;
    let dates = judged.flatMap((s) => s.gates.map((g) => g.metAt)).filter((d) => d !== null);
    return dates.length === 0 ? null : latest(dates);
  }, readyForReverseShadow = at("shadow"), onCall = at("reverse-shadow");
  return {
    readyForReverseShadow,
    readyForOnCall: readyForReverseShadow && onCall ? maxOf(readyForReverseShadow, onCall) : null
  };
}
function maxOf(a, b) {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
function latest(instants) {
  return instants.reduce(maxOf);
}

// src/shadowing/readiness/assess-team.ts
function stageOf(engineer) {
  return engineer.stage ?? (engineer.mentee ? "shadow" : "on-call");
}
function thresholdsOf(team) {
  return team.readiness ?? readinessThresholds(null);
}
function assessMentees(input) {
  let index = indexIncidents(input.incidents), thresholds = thresholdsOf(input.team), historyOf = groupBy(input.team.shadowHistory, (r) => r.mentee), drillsOf = groupBy(input.team.drillHistory ?? [], (d) => d.mentee);
  return input.mentees.map((mentee) => {
    let evidence = gatherEvidence({
      mentee,
      now: input.now,
      history: historyOf.get(mentee.id) ?? [],
      drills: drillsOf.get(mentee.id) ?? [],
      servicesOf: input.servicesOf,
      incidents: index
    }), stage = stageOf(mentee), readiness = assessReadiness(
      { id: mentee.id, name: mentee.name, stage },
      evidence,
      thresholds,
      input.names.service
    ), dates = stageDates(evidence, thresholds);
    return {
      readiness,
      milestones: milestones({
        mentee: { name: mentee.name, timeZone: mentee.timeZone, stage },
        evidence,
        runbookChanges: input.runbookChanges?.get(mentee.id) ?? [],
        ...dates,
        names: input.names
      })
    };
  });
}
function groupBy(items, key) {
  let groups = /* @__PURE__ */ new Map();
  for (let item of items) {
    let k = key(item), list = groups.get(k);
    list ? list.push(item) : groups.set(k, [item]);
  }
  return groups;
}
function menteesOf(team) {
  return team.engineers.filter((engineer) => engineer.mentee || stageOf(engineer) !== "on-call");
}

// src/shadowing/readiness/readiness-records.ts
var READINESS_LIMITS = { page: 100, incidents: 1e4 };
async function readAndAssess(mentees, ctx) {
  let fetch = { signal: ctx.signal, requests: ctx.requests }, schedules = new Map((await ctx.sources.schedules.listSchedules(fetch)).map((s) => [s.id, s])), servicesOf = (id) => schedules.get(id)?.services ?? [], ids = new Set(mentees.map((m) => m.id)), shifts = ctx.team.shadowHistory.filter(
    (record) => ids.has(record.mentee) && Date.parse(record.start) < ctx.now.getTime()
  ), { incidents, gap } = await incidentsDuring(shifts, servicesOf, ctx, fetch), engineerNames = new Map(ctx.team.engineers.map((e) => [e.id, e.name])), serviceNames = new Map(ctx.team.services.map((s) => [s.id, s.name])), input = {
    team: ctx.team,
    mentees,
    now: ctx.now,
    servicesOf,
    incidents,
    names: {
      engineer: (id) => engineerNames.get(id) ?? id,
      service: (id) => serviceNames.get(id) ?? id,
      schedule: (id) => schedules.get(id)?.name ?? id
    }
  };
  return { assessments: assessMentees(input), gap, names: input.names };
}
async function incidentsDuring(shifts, servicesOf, ctx, fetch) {
  let serviceIds = [...new Set(shifts.flatMap((shift) => servicesOf(shift.schedule)))];
  if (serviceIds.length === 0) return { incidents: [], gap: null };
  let since = new Date(Math.min(...shifts.map((shift) => Date.parse(shift.start)))).toISOString(), until = ctx.now.toISOString(), byId = /* @__PURE__ */ new Map();
  for (let offset = 0; offset < READINESS_LIMITS.incidents; offset += READINESS_LIMITS.page) {
    let page = await ctx.sources.incidents.listIncidents(
      { since, until, serviceIds, limit: READINESS_LIMITS.page, offset },
      fetch
    );
    for (let incident of page.incidents) byId.set(incident.id, incident);
    if (!page.more) return { incidents: [...byId.values()], gap: null };
  }
  return {
    incidents: [...byId.values()],
    gap: `Only the newest ${READINESS_LIMITS.incidents} incidents since ${since.slice(0, 10)} were read; incidents seen on older shifts may be missing.`
  };
}

export {
  localDay,
  STAGE_WORDS,
  thresholdsOf,
  menteesOf,
  readAndAssess
};
