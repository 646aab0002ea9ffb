import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadIncidentRecords
} from "./chunk-EOHVRDW5.js";
import {
  summarizeIncident
} from "./chunk-TE4ZEHU5.js";
import {
  markdownTable
} from "./chunk-EF6MDBBV.js";
import {
  runbooksForServices
} from "./chunk-Z2TNDN4I.js";
import {
  DAY_MS
} from "./chunk-S2BW24E3.js";
import {
  extractSteps
} from "./chunk-7BY5DIVE.js";
import {
  readinessThresholds
} from "./chunk-HTE4XTY6.js";
import {
  external_exports
} from "./chunk-7U34ADOT.js";
import {
  formatDuration
} from "./chunk-74BJ6PM3.js";
import {
  clip
} from "./chunk-TMS5DXOB.js";
import {
  NotFoundError,
  UserInputError
} from "./chunk-WMQNFYIK.js";

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
  let { mentee, names } = input, day = (at) => localDay(at, mentee.timeZone), first = (kind2) => {
    let found = null;
    for (let service of input.evidence)
      for (let item of service.items)
        item.kind === kind2 && (!found || item.at < found.item.at) && (found = { item, service: service.service });
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
  let stage2 = mentee.stage, nextStage = STAGES[STAGES.indexOf(stage2) + 1] ?? null, services = evidence.map((service) => serviceReadiness(service, GATES[stage2], thresholds)), judged = services.filter((service) => service.learning), ready = judged.length > 0 && judged.every((service) => service.ready), metDates = judged.flatMap((s) => s.gates.map((g) => g.metAt)).filter((d) => d !== null), readySince = ready && metDates.length > 0 ? latest(metDates) : null;
  return {
    mentee: mentee.id,
    stage: stage2,
    nextStage,
    services,
    ready,
    readySince,
    nextStep: nextStepOf(mentee, stage2, judged, ready, serviceName)
  };
}
function serviceReadiness(evidence, gates, thresholds) {
  let statuses = gates.map(({ field, kind: kind2 }) => {
    let items = evidence.items.filter((item) => item.kind === kind2), want = thresholds[field];
    return {
      kind: kind2,
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
function nextStepOf(mentee, stage2, judged, ready, serviceName) {
  if (stage2 === "on-call") return `${mentee.name} is on call; nothing is missing.`;
  if (stage2 === "on-call-with-backup")
    return `${mentee.name} is on call with a backup; when they have carried shifts without needing the backup, set stage: on-call for ${mentee.id} in team.yaml.`;
  if (judged.length === 0)
    return `${mentee.name} has no learning goals; list the services they are learning under learning in team.yaml.`;
  if (ready) {
    let next = stage2 === "shadow" ? "reverse-shadow" : "on-call-with-backup", then = next === "reverse-shadow" ? "then plan reverse-shadow pairings with suggest_shadow_pairings" : "then put them in the rotation with a named backup";
    return `${mentee.name} is ready for ${STAGE_WORDS[next]}: set stage: ${next} for ${mentee.id} in team.yaml, ${then}.`;
  }
  let lagging = [...judged].sort((a, b) => shortfall(b) - shortfall(a))[0], gate = lagging.gates.find((g) => g.have < g.want);
  return `On ${serviceName(lagging.service)}, ${lagging.missing.join(", ")}; next, ${HOW[gate.kind]}.`;
}
function shortfall(service) {
  return service.gates.reduce((sum, gate) => sum + Math.max(0, gate.want - gate.have), 0);
}
function stageDates(evidence, thresholds) {
  let at = (stage2) => {
    let judged = evidence.filter((service) => service.learning).map((service) => serviceReadiness(service, GATES[stage2], thresholds));
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
    }), stage2 = stageOf(mentee), readiness = assessReadiness(
      { id: mentee.id, name: mentee.name, stage: stage2 },
      evidence,
      thresholds,
      input.names.service
    ), dates = stageDates(evidence, thresholds);
    return {
      readiness,
      milestones: milestones({
        mentee: { name: mentee.name, timeZone: mentee.timeZone, stage: stage2 },
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

// src/ports/tool.ts
function lazyHandler(load) {
  let loaded = null;
  return async (input, ctx) => (loaded ??= load(), (await loaded).handle(input, ctx));
}

// src/shadowing/readiness/readiness-text.ts
var KIND_WORDS = {
  "shadow-shift": "Shadow shifts",
  "incident-seen": "Incidents seen",
  drill: "Drills",
  "reverse-shadow-shift": "Reverse-shadow shifts",
  "incident-handled": "Incidents handled"
};
function renderMenteeReadiness(assessment, context) {
  let { readiness } = assessment, name = context.menteeName(readiness.mentee), day = (at) => localDay(at, context.timeZone(readiness.mentee)), lines = [
    `## ${name}: ${STAGE_WORDS[readiness.stage]}${readiness.nextStage ? `, next ${STAGE_WORDS[readiness.nextStage]}` : ""}`,
    "",
    `**Next step:** ${readiness.nextStep}`
  ];
  readiness.ready && readiness.readySince && lines.push("", `Ready since ${day(readiness.readySince)}.`), context.gap && lines.push("", context.gap);
  for (let service of readiness.services) {
    let title = `${context.names.service(service.service)}${service.learning ? " (learning goal)" : ""}`, status = service.gates.length === 0 ? "" : service.ready ? ": all evidence in" : `: ${service.missing.join(", ")}`;
    lines.push("", `### ${title}${service.learning ? status : ""}`, ""), service.gates.length > 0 && lines.push(
      markdownTable(
        ["Evidence", "Have", "Wanted", "Met on"],
        service.gates.map((gate) => [
          KIND_WORDS[gate.kind],
          gate.have,
          gate.want,
          gate.metAt ? day(gate.metAt) : ""
        ])
      ),
      ""
    ), service.items.length === 0 && lines.push("No evidence yet.");
    for (let item of service.items) lines.push(`- ${day(item.at)}: ${evidenceLine(item, context.names)}`);
  }
  return assessment.milestones.length > 0 && lines.push("", "### Milestones", "", ...assessment.milestones.map((m) => `- ${m.text}`)), lines.join(`
`);
}
function renderTeamReadiness(assessments, context) {
  let t = context.thresholds, lines = [
    `## Readiness of ${assessments.length} mentee${assessments.length === 1 ? "" : "s"}`,
    "",
    `Wanted per learning service: before reverse shadow ${t.shadowShifts} shadow shifts, ${t.incidentsSeen} incidents seen, ${t.drills} drills; before on call with backup ${t.reverseShadowShifts} reverse-shadow shifts, ${t.incidentsHandled} incidents handled (team.yaml readiness).`
  ];
  return context.gap && lines.push("", context.gap), lines.push(
    "",
    markdownTable(
      ["Mentee", "Stage", "Ready for next", "Next step"],
      assessments.map(({ readiness }) => [
        context.menteeName(readiness.mentee),
        STAGE_WORDS[readiness.stage],
        readiness.nextStage === null ? "" : readiness.ready ? `yes${readiness.readySince ? `, since ${localDay(readiness.readySince, context.timeZone(readiness.mentee))}` : ""}` : "no",
        readiness.nextStep
      ])
    ),
    "",
    "Ask oncall_readiness with a mentee for their evidence, dates and links."
  ), lines.join(`
`);
}
function evidenceLine(item, names) {
  switch (item.kind) {
    case "shadow-shift":
      return `shadow shift with ${names.engineer(item.ref)} on ${names.schedule(item.detail)}`;
    case "reverse-shadow-shift":
      return `reverse-shadow shift on ${names.schedule(item.detail)}, ${names.engineer(item.ref)} backing up`;
    case "incident-seen":
    case "incident-handled": {
      let label = `#${item.ref} ${item.detail}`;
      return `${item.kind === "incident-seen" ? "saw" : "handled"} ${item.url ? `[${label}](${item.url})` : label}`;
    }
    case "drill":
      return `drill of incident ${item.ref}${item.detail ? ` (${item.detail})` : ""}`;
  }
}

// src/shadowing/readiness/oncall-readiness-tool.ts
var str = () => external_exports.string(), stage = () => external_exports.enum(["shadow", "reverse-shadow", "on-call-with-backup", "on-call"]), kind = () => external_exports.enum(["shadow-shift", "incident-seen", "drill", "reverse-shadow-shift", "incident-handled"]), oncallReadinessTool = {
  name: "oncall_readiness",
  title: "On-call readiness",
  description: "Where a mentee (or every mentee) stands on the path shadow \u2192 reverse shadow \u2192 on call with backup \u2192 on call: per learning service the evidence (shifts, incidents seen or handled, drills) against team.yaml readiness thresholds, what is missing, the next step, dated milestones. Evidence items are listed for one mentee only.",
  input: external_exports.object({
    mentee: external_exports.string().min(1).max(100).optional().describe("Engineer id; default every mentee")
  }),
  output: external_exports.object({
    thresholds: external_exports.object({
      shadowShifts: external_exports.number(),
      incidentsSeen: external_exports.number(),
      drills: external_exports.number(),
      reverseShadowShifts: external_exports.number(),
      incidentsHandled: external_exports.number()
    }),
    mentees: external_exports.array(
      external_exports.object({
        mentee: str(),
        stage: stage(),
        nextStage: stage().nullable(),
        ready: external_exports.boolean(),
        readySince: str().nullable(),
        nextStep: str(),
        services: external_exports.array(
          external_exports.object({
            service: str(),
            learning: external_exports.boolean(),
            ready: external_exports.boolean(),
            missing: external_exports.array(str()),
            gates: external_exports.array(
              external_exports.object({ kind: kind(), have: external_exports.number(), want: external_exports.number(), metAt: str().nullable() })
            ),
            items: external_exports.array(
              external_exports.object({ kind: kind(), at: str(), ref: str(), detail: str(), url: str().nullable() })
            )
          })
        ),
        milestones: external_exports.array(external_exports.object({ kind: str(), at: str(), text: str() }))
      })
    ),
    gap: str().nullable()
  }),
  writes: !1,
  annotations: { readOnlyHint: !0, idempotentHint: !0 },
  reaches: ["incidents", "schedules"],
  async handler(input, ctx) {
    let mentees = input.mentee === void 0 ? menteesOf(ctx.team) : [engineerOf(ctx.team, input.mentee)], { assessments, gap, names } = await readAndAssess(mentees, ctx), one = input.mentee !== void 0, byId = new Map(ctx.team.engineers.map((e) => [e.id, e])), context = {
      names,
      menteeName: (id) => byId.get(id)?.name ?? id,
      timeZone: (id) => byId.get(id)?.timeZone ?? "UTC",
      thresholds: thresholdsOf(ctx.team),
      gap
    };
    return {
      structured: {
        thresholds: context.thresholds,
        mentees: assessments.map(({ readiness, milestones: milestones2 }) => ({
          mentee: readiness.mentee,
          stage: readiness.stage,
          nextStage: readiness.nextStage,
          ready: readiness.ready,
          readySince: readiness.readySince,
          nextStep: readiness.nextStep,
          services: readiness.services.map((service) => ({
            service: service.service,
            learning: service.learning,
            ready: service.ready,
            missing: service.missing,
            gates: service.gates,
            items: one ? service.items : []
          })),
          milestones: milestones2
        })),
        gap
      },
      markdown: one ? renderMenteeReadiness(assessments[0], context) : renderTeamReadiness(assessments, context)
    };
  }
};
function menteesOf(team) {
  return team.engineers.filter((engineer) => engineer.mentee || stageOf(engineer) !== "on-call");
}
function engineerOf(team, id) {
  let engineer = team.engineers.find((e) => e.id === id);
  if (!engineer) {
    let example = team.engineers.find((e) => e.mentee)?.id ?? team.engineers[0]?.id ?? "erin";
    throw new NotFoundError(
      `No engineer "${id}" in team.yaml; mentee takes an engineer id such as "${example}".`
    );
  }
  return engineer;
}

// src/shadowing/drills/build-drill.ts
var DRILL_LIMITS = { stages: 8, linesPerStage: 6, lineChars: 300 }, WITHHELD = "[command withheld: ask what they would run]";
function buildDrill(records, runbook, now) {
  let { incident } = records, summary = summarizeIncident(records, { detail: "brief", now }), entries = [...records.logEntries.items].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)), notes = [...records.notes].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)), steps = extractSteps(notes, entries), start = Date.parse(incident.createdAt), offset = (at) => `T+${formatDuration(Math.max(0, ((typeof at == "number" ? at : Date.parse(at)) - start) / 1e3))}`, mitigations = steps.filter((step) => step.purpose === "mitigation"), fixAt = Math.min(
    ...mitigations.map((step) => Date.parse(step.evidence[0].at)),
    ...entries.filter((entry) => entry.kind === "resolve").map((entry) => Date.parse(entry.at)),
    ...resolutionTimes(summary.resolution, notes, entries),
    Number.POSITIVE_INFINITY
  ), fixTexts = [
    ...mitigations.flatMap((step) => step.lines.map((line) => line.trim())).filter((line) => line.length > 3),
    ...(summary.resolution?.text.split(`
`) ?? []).map(
      (line) => line.replace(/^\d{2}:\d{2} /, "").replace(/…$/, "").trim().slice(0, 80)
    ).filter((line) => line.length > 3)
  ], leaks = (text) => fixTexts.some((fix) => text.includes(fix)), firstAlert = [...records.alerts.items].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)
  )[0], lines = traineeLines(records.alerts.items, firstAlert, entries, notes, steps, fixAt).filter(
    (line) => !leaks(line.text)
  ), stages = toStages(lines, offset), ackAt = summary.acknowledgedAt;
  return {
    incident: {
      id: incident.id,
      number: incident.number,
      title: incident.title,
      service: incident.service.name,
      url: incident.url
    },
    trainee: {
      page: {
        title: incident.title,
        service: incident.service.name,
        at: incident.createdAt,
        urgency: incident.urgency,
        alert: firstAlert ? firstAlert.summary : null,
        details: firstAlert ? alertDetails(firstAlert).filter((line) => !leaks(line)) : []
      },
      stages,
      questions: [
        "You are paged. What do you do in the first five minutes: acknowledge, open what, tell whom?",
        "What do you check first, and why there?",
        runbook ? `Which part of ${runbook} applies, and what does it tell you to check?` : "There is no runbook: where would you look for how this service behaves?",
        "What would make you escalate, and to whom?",
        "What is your fix, how do you know it worked, and what do you write in the incident?"
      ],
      runbook
    },
    answerKey: {
      resolution: summary.resolution?.text ?? null,
      resolvedBy: summary.resolvedBy?.name ?? null,
      timeToAcknowledge: summary.timeToAcknowledgeSeconds === null ? null : formatDuration(summary.timeToAcknowledgeSeconds),
      timeToResolve: summary.timeToResolveSeconds === null ? null : formatDuration(summary.timeToResolveSeconds),
      commands: steps.map((step) => ({
        offset: offset(step.evidence[0].at),
        purpose: step.purpose,
        command: step.lines.join(`
`)
      })),
      decisionPoints: decisionPoints(entries, steps, ackAt, offset)
    }
  };
}
function resolutionTimes(resolution, notes, entries) {
  if (!resolution) return [];
  let cited = new Set(resolution.entryIds), times = [...notes, ...entries.filter((entry) => entry.kind !== "resolve")].filter((record) => cited.has(record.id)).map((record) => Date.parse(record.at));
  return times.length > 0 ? [Math.max(...times)] : [];
}
function traineeLines(alerts, firstAlert, entries, notes, steps, fixAt) {
  let before = (at) => Date.parse(at) < fixAt, lines = [];
  for (let alert of alerts)
    alert === firstAlert || !before(alert.createdAt) || lines.push({
      at: Date.parse(alert.createdAt),
      text: `Alert: ${clip(alert.summary, DRILL_LIMITS.lineChars)}`,
      opensStage: !1
    });
  let noteTexts = new Set(notes.map((note) => note.content.trim()));
  for (let entry of entries) {
    if (!before(entry.at)) continue;
    let at = Date.parse(entry.at);
    entry.kind === "acknowledge" ? lines.push({ at, text: `Acknowledged by ${entry.actor?.name ?? "the responder"}.`, opensStage: !0 }) : entry.kind === "escalate" ? lines.push({
      at,
      text: `Escalated${entry.escalationLevel ? ` to level ${entry.escalationLevel}` : ""}: ${clip(entry.summary, DRILL_LIMITS.lineChars)}`,
      opensStage: !0
    }) : entry.kind === "notify" ? lines.push({ at, text: clip(entry.summary, DRILL_LIMITS.lineChars), opensStage: !1 }) : entry.kind === "annotate" && entry.message && !noteTexts.has(entry.message.trim()) && lines.push({ at, text: `Note: ${withoutCommands(entry.message, steps)}`, opensStage: !0 });
  }
  for (let note of notes) {
    if (!before(note.at)) continue;
    let who = note.author ? `${note.author.name}: ` : "";
    lines.push({
      at: Date.parse(note.at),
      text: `Note, ${who}${withoutCommands(note.content, steps)}`,
      opensStage: !0
    });
  }
  return lines.sort((a, b) => a.at - b.at);
}
function withoutCommands(text, steps) {
  let result = text;
  for (let step of steps)
    for (let line of step.lines) line.trim().length > 0 && (result = result.split(line).join(WITHHELD));
  return clip(result, DRILL_LIMITS.lineChars);
}
function toStages(lines, offset) {
  let collapsed = [];
  for (let line of lines) {
    let last = collapsed[collapsed.length - 1];
    last && last.text === line.text ? last.count++ : collapsed.push({ ...line, count: 1 });
  }
  let groups = [];
  for (let line of collapsed)
    (groups.length === 0 || line.opensStage && groups.length < DRILL_LIMITS.stages) && groups.push([]), groups[groups.length - 1].push(line);
  return groups.map((group) => {
    let shown = group.slice(0, DRILL_LIMITS.linesPerStage), hidden = group.length - shown.length;
    return {
      offset: offset(group[0].at),
      at: new Date(group[0].at).toISOString(),
      shows: [
        ...shown.map((line) => line.count > 1 ? `${line.text} (\xD7${line.count})` : line.text),
        ...hidden > 0 ? [`\u2026and ${hidden} more log lines like these.`] : []
      ],
      question: "What does this tell you, and what do you do next?"
    };
  });
}
function alertDetails(alert) {
  let details = alert.details;
  if (!details || typeof details != "object") return alert.severity ? [`severity: ${alert.severity}`] : [];
  let flat = [];
  for (let [key, value] of Object.entries(details))
    if (value !== null && typeof value == "object")
      for (let [inner, innerValue] of Object.entries(value))
        typeof innerValue != "object" && flat.push(`${key}.${inner}: ${String(innerValue)}`);
    else flat.push(`${key}: ${String(value)}`);
  return flat.slice(0, 12).map((line) => clip(line, DRILL_LIMITS.lineChars));
}
function decisionPoints(entries, steps, ackAt, offset) {
  let points = [];
  ackAt && points.push({ at: ackAt, what: "Acknowledged: the responder took ownership." });
  for (let entry of entries)
    entry.kind === "escalate" && points.push({ at: entry.at, what: `Escalated: ${entry.summary}` });
  for (let step of steps) {
    let first = step.lines[0];
    points.push({
      at: step.evidence[0].at,
      what: step.purpose === "mitigation" ? `Chose the fix: ${first}` : `Checked: ${first}`
    });
  }
  let resolve = [...entries].reverse().find((entry) => entry.kind === "resolve");
  return resolve && points.push({ at: resolve.at, what: `Resolved${resolve.actor ? ` by ${resolve.actor.name}` : ""}.` }), points.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).map((point) => ({ offset: offset(point.at), what: clip(point.what, DRILL_LIMITS.lineChars) }));
}

// src/shadowing/drills/choose-incident.ts
function chooseDrillIncident(input) {
  let eligible = input.candidates.filter(
    (incident) => incident.status === "resolved" && input.learning.includes(incident.service.id) && !input.excluded.has(incident.id) && !input.excluded.has(String(incident.number))
  ), drills = (incident) => input.drillsPerService.get(incident.service.id) ?? 0;
  return eligible.sort(
    (a, b) => drills(a) - drills(b) || +(b.urgency === "high") - +(a.urgency === "high") || Date.parse(b.createdAt) - Date.parse(a.createdAt)
  ), eligible[0] ?? null;
}

// src/shadowing/drills/drill-text.ts
function renderDrill(drill, menteeName) {
  let { trainee, answerKey } = drill, page = trainee.page, lines = [
    `## Incident drill for ${menteeName}: #${drill.incident.number} on ${drill.incident.service}`,
    "",
    "Run it as a game master: show the page, ask, then reveal one stage per answer. Keep the answer key to yourself.",
    "",
    "### Trainee part",
    "",
    `**The page** (${page.urgency} urgency, ${page.service}, ${page.at}): ${page.title}`
  ];
  page.alert && lines.push("", `Alert: ${page.alert}`), page.details.length > 0 && lines.push("", ...page.details.map((detail) => `- ${detail}`));
  for (let [index, stage2] of trainee.stages.entries())
    lines.push(
      "",
      `#### Stage ${index + 1}, ${stage2.offset}`,
      "",
      ...stage2.shows.map((show) => `- ${show}`),
      "",
      `Ask: ${stage2.question}`
    );
  if (lines.push("", "#### Questions", "", ...trainee.questions.map((q) => `- ${q}`)), lines.push("", `Runbook: ${trainee.runbook ?? "none for this service"}`), lines.push(
    "",
    "### Answer key (for the person running the drill)",
    "",
    `- What fixed it: ${answerKey.resolution ?? "no note says; ask the responder"}`,
    `- Resolved by: ${answerKey.resolvedBy ?? "unknown"}`,
    `- Time to acknowledge: ${answerKey.timeToAcknowledge ?? "never acknowledged"}; time to resolve: ${answerKey.timeToResolve ?? "unknown"}`
  ), answerKey.commands.length > 0) {
    lines.push("", "Commands run:", "");
    for (let command of answerKey.commands)
      lines.push(
        `- ${command.offset} (${command.purpose}):`,
        "",
        "  ```sh",
        ...command.command.split(`
`).map((l) => `  ${l}`),
        "  ```"
      );
  }
  return lines.push("", "Decision points:", "", ...answerKey.decisionPoints.map((p) => `- ${p.offset}: ${p.what}`)), drill.incident.url && lines.push("", `Incident: ${drill.incident.url}`), lines.push(
    "",
    "When it is done, add it to team.yaml drillHistory (mentee, incident, service, at) so readiness counts it."
  ), lines.join(`
`);
}

// src/shadowing/drills/create-incident-drill-tool.ts
var LOOKBACK_DAYS = 365, CANDIDATES_READ = 500, str2 = () => external_exports.string(), createIncidentDrillTool = {
  name: "create_incident_drill",
  title: "Create incident drill",
  description: "A role-play drill for a mentee from a resolved past incident on their learning services they neither saw nor drilled (or incidentId): the opening page, stages revealed in order (T+n), questions, the runbook, and a separate answer key (fix, times, commands, decision points). The trainee part never shows the fix.",
  input: external_exports.object({
    mentee: external_exports.string().min(1).max(100).describe("Engineer id"),
    incidentId: external_exports.string().min(1).max(100).optional().describe("Incident id or number; default: chosen")
  }),
  output: external_exports.object({
    mentee: str2(),
    incident: external_exports.object({
      id: str2(),
      number: external_exports.number(),
      title: str2(),
      service: str2(),
      url: str2().nullable()
    }),
    trainee: external_exports.object({
      page: external_exports.object({
        title: str2(),
        service: str2(),
        at: str2(),
        urgency: str2(),
        alert: str2().nullable(),
        details: external_exports.array(str2())
      }),
      stages: external_exports.array(external_exports.object({ offset: str2(), at: str2(), shows: external_exports.array(str2()), question: str2() })),
      questions: external_exports.array(str2()),
      runbook: str2().nullable()
    }),
    answerKey: external_exports.object({
      resolution: str2().nullable(),
      resolvedBy: str2().nullable(),
      timeToAcknowledge: str2().nullable(),
      timeToResolve: str2().nullable(),
      commands: external_exports.array(
        external_exports.object({ offset: str2(), purpose: external_exports.enum(["diagnosis", "mitigation"]), command: str2() })
      ),
      decisionPoints: external_exports.array(external_exports.object({ offset: str2(), what: str2() }))
    })
  }),
  writes: !1,
  annotations: { readOnlyHint: !0, idempotentHint: !0 },
  reaches: ["incidents", "runbooks"],
  async handler(input, ctx) {
    let drill = await createDrill(input.mentee, input.incidentId, ctx);
    return { structured: drill.structured, markdown: drill.markdown };
  }
};
async function createDrill(menteeId, incidentId, ctx) {
  let mentee = engineerOf(ctx.team, menteeId), chosen = incidentId === void 0 ? await chooseIncident(mentee, ctx) : incidentId.trim(), records = await loadIncidentRecords(chosen, ctx);
  if (records.incident.status !== "resolved")
    throw new UserInputError(
      `Incident ${records.incident.number} is still ${records.incident.status}; drill a resolved incident, or leave incidentId out to have one chosen.`
    );
  let runbooks = await runbooksForServices([records.incident.service.id], ctx), drill = buildDrill(records, runbooks.get(records.incident.service.id)?.path ?? null, ctx.now);
  return { structured: { mentee: mentee.id, ...drill }, markdown: renderDrill(drill, mentee.name), drill };
}
async function chooseIncident(mentee, ctx) {
  if (mentee.learning.length === 0)
    throw new UserInputError(
      `${mentee.name} has no learning goals to drill; list services under learning for ${mentee.id} in team.yaml, or pass incidentId.`
    );
  let { assessments } = await readAndAssess([mentee], ctx), excluded = /* @__PURE__ */ new Set();
  for (let service of assessments[0].readiness.services)
    for (let item of service.items)
      item.kind !== "shadow-shift" && item.kind !== "reverse-shadow-shift" && excluded.add(item.ref);
  let drills = (ctx.team.drillHistory ?? []).filter((drill) => drill.mentee === mentee.id), drillsPerService = /* @__PURE__ */ new Map();
  for (let drill of drills)
    drillsPerService.set(drill.service, (drillsPerService.get(drill.service) ?? 0) + 1);
  let candidates = await resolvedIncidents(mentee.learning, ctx), choice = chooseDrillIncident({ candidates, learning: mentee.learning, excluded, drillsPerService });
  if (!choice)
    throw new UserInputError(
      `No resolved incident on ${mentee.learning.join(", ")} in the last ${LOOKBACK_DAYS} days that ${mentee.name} has not seen or drilled; pass incidentId to drill one anyway.`
    );
  return choice.id;
}
async function resolvedIncidents(serviceIds, ctx) {
  let fetch = { signal: ctx.signal, requests: ctx.requests }, since = new Date(ctx.now.getTime() - LOOKBACK_DAYS * DAY_MS).toISOString(), found = [];
  for (let offset = 0; offset < CANDIDATES_READ; offset += 100) {
    let page = await ctx.sources.incidents.listIncidents(
      {
        since,
        until: ctx.now.toISOString(),
        statuses: ["resolved"],
        serviceIds: [...serviceIds],
        limit: 100,
        offset
      },
      fetch
    );
    if (found.push(...page.incidents), !page.more) break;
  }
  return found;
}

export {
  lazyHandler,
  localDay,
  STAGE_WORDS,
  readAndAssess,
  oncallReadinessTool,
  engineerOf,
  createIncidentDrillTool,
  createDrill
};
