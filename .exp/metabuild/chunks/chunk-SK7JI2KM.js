import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_PLAN_DAYS,
  resolvePlanWindow
} from "./chunk-5J5TFA2B.js";
import {
  fetchOncallLoads,
  mentorLoadScores,
  recentLoadWindow
} from "./chunk-M5B2Y6FW.js";
import {
  overlapMillis,
  workingIntervals
} from "./chunk-23M5H5XB.js";
import {
  requireKnownIds,
  unknownIdError
} from "./chunk-Z6XIM2SB.js";
import {
  DAY_MS,
  parseInstant
} from "./chunk-OVEIKJ4F.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";

// src/shadowing/render/time-format.ts
var formatters = /* @__PURE__ */ new Map();
function formatterFor(zone) {
  let formatter = formatters.get(zone);
  return formatter || (formatter = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short"
  }), formatters.set(zone, formatter)), formatter;
}
function formatInZone(instant, zone) {
  let parts = formatterFor(zone).formatToParts(instant), part = (type) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")} ${part("hour")}:${part("minute")} ${part("timeZoneName")}`;
}
function formatUtcMinute(instant) {
  return instant.toISOString().slice(0, 16).replace("T", " ");
}

// src/shadowing/plan/calendar.ts
var PRODUCT_ID = "-//oncall-mentor-mcp//Shadow on-call rotation//EN", MAX_LINE_OCTETS = 75;
function renderCalendar(pairings, people, now) {
  let lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODUCT_ID}`,
    "CALSCALE:GREGORIAN",
    "X-WR-CALNAME:Shadow on-call rotation"
  ];
  for (let pairing of pairings) lines.push(...eventLines(pairing, people, now));
  return lines.push("END:VCALENDAR"), lines.map(foldLine).join(`\r
`) + `\r
`;
}
function pairingUid(pairing) {
  let key = [pairing.mentee.id, pairing.mentor.id, pairing.schedule.id, pairing.start, pairing.end].join(
    "|"
  );
  return `${`${utcStamp(new Date(pairing.start))}-${pairing.mentee.id}-${pairing.schedule.id}`.replace(
    /[^A-Za-z0-9._-]/g,
    "_"
  )}-${fnv1a32(key)}@oncall-mentor-mcp`;
}
function eventLines(pairing, people, now) {
  let start = new Date(pairing.start), end = new Date(pairing.end), { mentee, mentor } = pairing, description = [
    `${mentee.name} shadows ${mentor.name}, on call for ${pairing.schedule.name}.`,
    `${mentee.name} (${mentee.timeZone}): ${formatInZone(start, mentee.timeZone)} \u2013 ${formatInZone(end, mentee.timeZone)}`,
    `${mentor.name} (${mentor.timeZone}): ${formatInZone(start, mentor.timeZone)} \u2013 ${formatInZone(end, mentor.timeZone)}`,
    `Services: ${pairing.services.join(", ") || "none listed"}`,
    `Why: ${pairing.reasons.join("; ")}`
  ].join(`
`);
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(pairingUid(pairing))}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${escapeText(`Shadow on-call: ${mentee.name} with ${mentor.name} (${pairing.schedule.name})`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    "CATEGORIES:Shadow on-call",
    "TRANSP:TRANSPARENT",
    attendee(mentee.id, mentee.name, people),
    attendee(mentor.id, mentor.name, people),
    "END:VEVENT"
  ];
}
function attendee(id, name, people) {
  let email = people.get(id)?.email, address = email ? `mailto:${email}` : `urn:oncall-mentor-mcp:engineer:${encodeURIComponent(id)}`;
  return `ATTENDEE;CN=${quoteParameter(name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:${address}`;
}
function utcStamp(instant) {
  return instant.toISOString().replace(/\.\d{3}/, "").replace(/[-:]/g, "");
}
function escapeText(text) {
  return text.replace(/\r\n?/g, `
`).replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\n/g, "\\n");
}
function quoteParameter(value) {
  return `"${value.replace(/["\p{Cc}]/gu, "")}"`;
}
function foldLine(line) {
  if (line.length <= MAX_LINE_OCTETS / 4) return line;
  let parts = [], current = "", octets = 0;
  for (let character of line) {
    let size = utf8Length(character.codePointAt(0)), limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    octets + size > limit && (parts.push(current), current = "", octets = 0), current += character, octets += size;
  }
  return parts.push(current), parts.join(`\r
 `);
}
function utf8Length(codePoint) {
  return codePoint < 128 ? 1 : codePoint < 2048 ? 2 : codePoint < 65536 ? 3 : 4;
}
function fnv1a32(text) {
  let hash = 2166136261;
  for (let byte of new TextEncoder().encode(text))
    hash ^= byte, hash = Math.imul(hash, 16777619) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

// src/shadowing/plan/shadow-schedules.ts
var SHADOW_SCHEDULE_NAME = /^Shadow — /;
function isShadowScheduleName(name) {
  return SHADOW_SCHEDULE_NAME.test(name);
}
function realSchedules(schedules) {
  return schedules.filter((schedule) => !isShadowScheduleName(schedule.name));
}
function realScheduleScope(schedules) {
  let real = realSchedules(schedules);
  return real.length < schedules.length ? real.map((schedule) => schedule.id) : void 0;
}

// src/shadowing/plan/scoring.ts
var DEFAULT_WEIGHTS = { overlap: 1, learning: 2, activity: 1, novelty: 1, load: 1 }, OVERLAP_HALF_HOURS = 8, ACTIVITY_HALF_INCIDENTS = 5, hours = (value) => `${Number(value.toFixed(1))} h`, SCORE_TERMS = [
  {
    weight: "overlap",
    reads: "overlap",
    value: (f) => f.overlapHours / (f.overlapHours + OVERLAP_HALF_HOURS),
    reason: (f) => `overlaps ${f.menteeName}'s working hours by ${hours(f.overlapHours)}`
  },
  {
    weight: "learning",
    reads: "pair",
    value: (f) => f.learningMatches.length > 0 ? 1 : 0,
    reason: (f) => f.learningMatches.length > 0 ? `covers ${f.learningMatches.join(", ")}, which ${f.menteeName} wants to learn` : null
  },
  {
    weight: "activity",
    reads: "pair",
    value: (f) => f.incidents / (f.incidents + ACTIVITY_HALF_INCIDENTS),
    reason: (f) => f.incidents > 0 ? `${f.incidents} recent incident${f.incidents === 1 ? "" : "s"} on its services` : "quiet: no recent incidents on its services"
  },
  {
    weight: "novelty",
    reads: "pair",
    value: (f) => (f.newMentor ? 0.5 : 0) + (f.serviceCount > 0 ? 0.5 * f.newServices.length / f.serviceCount : 0),
    reason: (f) => {
      let parts = [];
      return f.newMentor && parts.push(`first shadow with ${f.mentorName}`), f.newServices.length > 0 && parts.push(`first time on ${f.newServices.join(", ")}`), parts.length > 0 ? parts.join("; ") : null;
    }
  },
  {
    weight: "load",
    reads: "pair",
    value: (f) => f.mentorLoad ?? 0,
    reason: (f) => f.mentorLoad === void 0 ? null : `${f.mentorName}'s recent on-call load scores ${Number(f.mentorLoad.toFixed(2))} (1 = lightest)`
  }
];
function partialScore(facts, weights, input) {
  let total = 0;
  for (let term of SCORE_TERMS) {
    let weight = weights[term.weight];
    weight > 0 && term.reads === input && (total += weight * term.value(facts));
  }
  return total;
}
function roundScore(score) {
  return Math.round(score * 1e3) / 1e3;
}
function pairReasons(facts, weights) {
  return SCORE_TERMS.filter((term) => weights[term.weight] > 0).map((term) => ({ contribution: weights[term.weight] * term.value(facts), text: term.reason(facts) })).filter((entry) => entry.text !== null).sort((a, b) => b.contribution - a.contribution).map((entry) => entry.text);
}

// src/shadowing/plan/options.ts
var DEFAULT_LIMITS = {
  maxShadowsPerMentee: 2,
  maxShadowsPerMentor: 2,
  maxShadowsPerShift: 1,
  minOverlapHours: 4
}, MAX_WEIGHT = 1e3;
function resolveLimits(given = {}) {
  let limits = { ...DEFAULT_LIMITS, ...withoutUndefined(given) };
  for (let field of ["maxShadowsPerMentee", "maxShadowsPerMentor", "maxShadowsPerShift"]) {
    let value = limits[field];
    if (!Number.isInteger(value) || value < 0 || value > 1e3)
      throw new UserInputError(`${field} must be a whole number from 0 to 1000; it was ${value}.`);
  }
  let hours3 = limits.minOverlapHours;
  if (!Number.isFinite(hours3) || hours3 < 0)
    throw new UserInputError(`minOverlapHours must be a number of hours, 0 or more; it was ${hours3}.`);
  return limits;
}
function resolveWeights(given = {}) {
  let weights = { ...DEFAULT_WEIGHTS, ...withoutUndefined(given) };
  for (let [field, value] of Object.entries(weights))
    if (!Number.isFinite(value) || value < 0 || value > MAX_WEIGHT)
      throw new UserInputError(`weights.${field} must be a number from 0 to ${MAX_WEIGHT}; it was ${value}.`);
  return weights;
}
function resolveWindow(window) {
  let from = parseInstant2(window.from, "window.from"), to = parseInstant2(window.to, "window.to");
  if (to.getTime() <= from.getTime())
    throw new UserInputError(`window.to (${window.to}) must be after window.from (${window.from}).`);
  return { from, to };
}
function parseInstant2(text, field) {
  let parsed = parseInstant(text);
  if (typeof parsed == "string") throw new UserInputError(`${field}: ${parsed}.`);
  return parsed;
}
function withoutUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/shadowing/render/render-gantt.ts
var MAX_GANTT_BARS = 150;
function renderGantt(window, pairings) {
  let lines = [
    "gantt",
    `    title Shadow on-call ${formatUtcMinute(new Date(window.from)).slice(0, 10)} to ${formatUtcMinute(new Date(window.to)).slice(0, 10)} (UTC)`,
    "    dateFormat YYYY-MM-DD HH:mm",
    "    axisFormat %d %b"
  ], drawn = [...pairings].sort((a, b) => a.start.localeCompare(b.start) || a.mentee.name.localeCompare(b.mentee.name)).slice(0, MAX_GANTT_BARS), bySchedule = /* @__PURE__ */ new Map();
  for (let pairing of drawn) {
    let list = bySchedule.get(pairing.schedule.name);
    list ? list.push(pairing) : bySchedule.set(pairing.schedule.name, [pairing]);
  }
  for (let [schedule, list] of [...bySchedule].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`    section ${label(schedule)}`);
    for (let pairing of list) {
      let start = formatUtcMinute(new Date(pairing.start)), end = formatUtcMinute(new Date(pairing.end));
      lines.push(`    ${label(`${pairing.mentee.name} shadows ${pairing.mentor.name}`)} :${start}, ${end}`);
    }
  }
  return pairings.length > drawn.length && lines.push(`    %% ${pairings.length - drawn.length} later pairings are not drawn`), lines.join(`
`);
}
function label(text) {
  return text.replace(/[:#;\n\r]/g, " ").replace(/\s+/g, " ").trim();
}

// src/shadowing/solver/interval-cliques.ts
function coverByCliques(intervals) {
  let order = intervals.map((_, index) => index);
  order.sort((a, b) => intervals[a].start - intervals[b].start || a - b);
  let suffixMinEnd = new Array(order.length + 1).fill(Number.POSITIVE_INFINITY);
  for (let i2 = order.length - 1; i2 >= 0; i2--)
    suffixMinEnd[i2] = Math.min(suffixMinEnd[i2 + 1], intervals[order[i2]].end);
  let clique = new Array(intervals.length).fill(-1), next = 0, i = 0;
  for (; i < order.length; ) {
    let moment = suffixMinEnd[i];
    for (; i < order.length && intervals[order[i]].start < moment; )
      clique[order[i]] = next, i++;
    next++;
  }
  return clique;
}
function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}

// src/shadowing/solver/relaxed-solution.ts
function readSolution(problem, net) {
  let chosen = [], arcs = net.candidateArc;
  for (let index = 0; index < arcs.length; index++) {
    let arc = arcs[index];
    arc !== -1 && net.network.flowOn(arc) > 0 && chosen.push(index);
  }
  let objective = objectiveOf(problem, chosen);
  return { chosen, objective, value: rankValue(problem, net, chosen) };
}
function objectiveOf(problem, chosen) {
  let matched = /* @__PURE__ */ new Set(), score = 0;
  for (let index of chosen) {
    let candidate = problem.candidates[index];
    matched.add(candidate.mentee), score += candidate.score;
  }
  return { menteesMatched: matched.size, pairings: chosen.length, score };
}
function rankValue(problem, net, chosen) {
  let objective = objectiveOf(problem, chosen), rankedScore = 0;
  for (let index of chosen) rankedScore += Math.floor(problem.candidates[index].score / net.scoreDivisor);
  return net.weightMatched * objective.menteesMatched + net.weightPairing * objective.pairings + rankedScore;
}
function findViolation(problem, net, chosen) {
  let byMentee = /* @__PURE__ */ new Map();
  for (let index of chosen) {
    let mentee = problem.candidates[index].mentee, list = byMentee.get(mentee);
    list ? list.push(index) : byMentee.set(mentee, [index]);
  }
  for (let list of byMentee.values()) {
    let conflict = overlappingPair(problem, list);
    if (conflict) {
      let [a, b] = conflict, scoreA = problem.candidates[a].score, scoreB = problem.candidates[b].score, [drop, keep] = scoreA < scoreB || scoreA === scoreB && a > b ? [a, b] : [b, a];
      return { kind: "mentee-overlap", branchArcs: [net.candidateArc[drop], net.candidateArc[keep]] };
    }
  }
  if (problem.perShift > 1) {
    let shiftsByMentor = /* @__PURE__ */ new Map();
    for (let index of chosen) {
      let { shift, score } = problem.candidates[index], mentor = problem.shifts[shift].mentor, shifts = shiftsByMentor.get(mentor);
      shifts || (shifts = /* @__PURE__ */ new Map(), shiftsByMentor.set(mentor, shifts)), shifts.set(shift, (shifts.get(shift) ?? 0) + score);
    }
    for (let shifts of shiftsByMentor.values()) {
      if (shifts.size <= problem.perMentor) continue;
      return {
        kind: "mentor-limit",
        branchArcs: [...shifts.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0]).slice(0, problem.perMentor + 1).map(([shift]) => net.shiftArc[shift])
      };
    }
  }
  return null;
}
function overlappingPair(problem, indices) {
  if (indices.length < 2) return null;
  let shiftOf = (index) => problem.shifts[problem.candidates[index].shift], sorted = [...indices].sort((a, b) => shiftOf(a).start - shiftOf(b).start || a - b), latest = sorted[0];
  for (let index of sorted.slice(1)) {
    if (overlaps(shiftOf(latest), shiftOf(index))) return [latest, index];
    shiftOf(index).end > shiftOf(latest).end && (latest = index);
  }
  return null;
}

// src/shadowing/solver/branch-and-bound.ts
function branchAndBound(problem, net, workBudget, firstAnswerBudget) {
  let { network } = net, rootSnapshot = network.snapshot(), root = readSolution(problem, net), startWork = network.work, top = { value: Number.POSITIVE_INFINITY, objective: root.objective }, stack = [{ parent: null, closes: -1, depth: 0, bound: top }], current = null, incumbent = null, incumbentWork = 0, last = root, nodes = 0, budgetExhausted = !1;
  for (; stack.length > 0; ) {
    if (network.work - (incumbent ? incumbentWork : startWork) > (incumbent ? workBudget : firstAnswerBudget)) {
      budgetExhausted = !0;
      break;
    }
    let node = stack.pop();
    if (incumbent && node.bound.value <= incumbent.value) continue;
    moveTo(node), nodes++;
    let solution = node.depth === 0 ? root : readSolution(problem, net);
    if (last = solution, incumbent && solution.value <= incumbent.value) continue;
    let violation = findViolation(problem, net, solution.chosen);
    if (!violation) {
      incumbent = solution, incumbentWork = network.work;
      continue;
    }
    let bound = { value: solution.value, objective: solution.objective };
    for (let i = violation.branchArcs.length - 1; i >= 0; i--)
      stack.push({ parent: node, closes: violation.branchArcs[i], depth: node.depth + 1, bound });
  }
  let open = stack.filter((node) => !incumbent || node.bound.value > incumbent.value).map((node) => node.bound === top ? { value: root.value, objective: root.objective } : node.bound);
  return { root, incumbent, open, nodes, budgetExhausted, last };
  function moveTo(node) {
    if (node.parent !== null && node.parent === current)
      network.close(node.closes);
    else {
      network.restore(rootSnapshot);
      let path = [];
      for (let at = node; at?.parent; at = at.parent) path.push(at.closes);
      for (let i = path.length - 1; i >= 0; i--) network.close(path[i]);
    }
    current = node;
  }
}

// src/shadowing/solver/candidate-selection.ts
function indexCandidates(problem) {
  let byMentee = problem.menteeCapacity.map(() => []);
  problem.perShift > 0 && problem.perMentor > 0 && problem.candidates.forEach((candidate, index) => {
    (problem.menteeCapacity[candidate.mentee] ?? 0) > 0 && byMentee[candidate.mentee].push(index);
  });
  let cliqueOf = new Int32Array(problem.candidates.length).fill(-1), cliqueCount = byMentee.map((indices) => {
    let cliques = coverByCliques(indices.map((index) => problem.shifts[problem.candidates[index].shift]));
    return indices.forEach((index, position) => {
      cliqueOf[index] = cliques[position];
    }), cliques.length === 0 ? 0 : Math.max(...cliques) + 1;
  });
  return { byMentee, cliqueOf, cliqueCount };
}
function bestPairs(problem, index, perSide, shiftsPerPair) {
  let pairsOfMentor = Array.from(
    { length: problem.mentorCount },
    () => []
  ), kept = index.byMentee.map((indices, mentee) => {
    let tops = [...candidatesByMentor(problem, indices)].map(([mentor, list]) => ({
      mentor,
      top: topByScore(problem, list, shiftsPerPair)
    }));
    for (let { mentor, top } of tops) pairsOfMentor[mentor].push({ mentee, top });
    let best = new Set(
      topByScore(
        problem,
        tops.map(({ top }) => top[0]),
        perSide
      )
    );
    return tops.filter(({ top }) => best.has(top[0])).flatMap(({ top }) => top);
  });
  for (let pairs of pairsOfMentor) {
    let best = new Set(
      topByScore(
        problem,
        pairs.map(({ top }) => top[0]),
        perSide
      )
    );
    for (let { mentee, top } of pairs) best.has(top[0]) && kept[mentee].push(...top);
  }
  return kept.map((list) => [...new Set(list)].sort((a, b) => a - b));
}
function topByScore(problem, indices, count) {
  if (indices.length <= count) return [...indices];
  let top = [], better = (a, b) => {
    let difference = problem.candidates[a].score - problem.candidates[b].score;
    return difference > 0 || difference === 0 && a < b;
  };
  for (let candidate of indices) {
    if (top.length === count && !better(candidate, top[count - 1])) continue;
    let position = top.length === count ? count - 1 : top.length;
    for (; position > 0 && better(candidate, top[position - 1]); )
      top[position] = top[position - 1], position--;
    top[position] = candidate;
  }
  return top;
}
function thinPerMentor(problem, index) {
  return index.byMentee.map((indices, mentee) => {
    let keep = problem.perMentor + problem.menteeCapacity[mentee] - 1, byMentor = candidatesByMentor(problem, indices), result = [];
    for (let list of byMentor.values()) {
      let bestPerClique = /* @__PURE__ */ new Map();
      for (let candidate of list) {
        let clique = index.cliqueOf[candidate], best = bestPerClique.get(clique);
        (best === void 0 || problem.candidates[candidate].score > problem.candidates[best].score) && bestPerClique.set(clique, candidate);
      }
      if (bestPerClique.size < keep) {
        result.push(...list);
        continue;
      }
      let ranked = [...bestPerClique.values()].sort(
        (a, b) => problem.candidates[b].score - problem.candidates[a].score || a - b
      );
      result.push(...ranked.slice(0, keep));
    }
    return result.sort((a, b) => a - b);
  });
}
function countingBound(problem, index) {
  let menteeSide = 0, menteesWithCandidates = 0, shiftWanted = new Uint8Array(problem.shifts.length);
  index.byMentee.forEach((indices, mentee) => {
    if (indices.length !== 0) {
      menteesWithCandidates++, menteeSide += Math.min(problem.menteeCapacity[mentee], index.cliqueCount[mentee]);
      for (let candidate of indices) shiftWanted[problem.candidates[candidate].shift] = 1;
    }
  });
  let wantedShiftsOfMentor = new Int32Array(problem.mentorCount);
  problem.shifts.forEach((shift, i) => {
    shiftWanted[i] && wantedShiftsOfMentor[shift.mentor]++;
  });
  let mentorSide = 0;
  for (let count of wantedShiftsOfMentor)
    mentorSide += Math.min(problem.perMentor, count) * problem.perShift;
  let pairings = Math.min(menteeSide, mentorSide);
  return { menteesMatched: Math.min(menteesWithCandidates, pairings), pairings };
}
function unite(a, b) {
  return a.map((list, mentee) => [.../* @__PURE__ */ new Set([...list, ...b[mentee] ?? []])].sort((x, y) => x - y));
}
function candidatesByMentor(problem, indices) {
  let byMentor = /* @__PURE__ */ new Map();
  for (let candidate of indices) {
    let mentor = problem.shifts[problem.candidates[candidate].shift].mentor, list = byMentor.get(mentor);
    list ? list.push(candidate) : byMentor.set(mentor, [candidate]);
  }
  return byMentor;
}

// src/shadowing/solver/flow-network.ts
var INFINITE = Number.POSITIVE_INFINITY, FlowNetwork = class {
  nodeCount;
  head;
  next = new Int32Array(0);
  target = new Int32Array(0);
  residual = new Int32Array(0);
  cost = new Float64Array(0);
  potential;
  arcCount = 0;
  /** Arc scans done so far: a deterministic measure of work, used as the search budget. */
  work = 0;
  // Scratch space for Dijkstra and the augmenting searches, reused between calls.
  distance;
  parentArc;
  settledStamp;
  reachedStamp;
  stamp = 0;
  heapNode = new Int32Array(16);
  heapKey = new Float64Array(16);
  constructor(nodeCount, expectedArcs = 16) {
    this.nodeCount = nodeCount, this.head = new Int32Array(nodeCount).fill(-1), this.potential = new Float64Array(nodeCount), this.distance = new Float64Array(nodeCount), this.parentArc = new Int32Array(nodeCount), this.settledStamp = new Int32Array(nodeCount), this.reachedStamp = new Int32Array(nodeCount), this.grow(Math.max(2, expectedArcs * 2));
  }
  /** Adds an arc and its reverse; returns the arc id (the reverse is id ^ 1). */
  addArc(from, to, capacity, cost) {
    this.arcCount + 2 > this.target.length && this.grow(this.target.length * 2);
    let id = this.arcCount;
    return this.setArc(id, from, to, capacity, cost), this.setArc(id + 1, to, from, 0, -cost), this.arcCount += 2, id;
  }
  flowOn(arc) {
    return this.residual[arc ^ 1];
  }
  residualOf(arc) {
    return this.residual[arc];
  }
  /** Sets the spare capacity of an arc, as when opening or shutting it before any flow uses it. */
  setResidual(arc, units) {
    this.residual[arc] = units;
  }
  /** Potentials from shortest distances on an acyclic network, visiting nodes in the given topological order. */
  initialisePotentials(topologicalOrder2, source) {
    this.potential.fill(INFINITE), this.potential[source] = 0;
    for (let node of topologicalOrder2) {
      let base = this.potential[node];
      if (base !== INFINITE)
        for (let arc = this.head[node]; arc !== -1; arc = this.next[arc]) {
          if (this.residual[arc] <= 0) continue;
          let to = this.target[arc], candidate = base + this.cost[arc];
          candidate < this.potential[to] && (this.potential[to] = candidate);
        }
    }
    for (let node = 0; node < this.nodeCount; node++)
      this.potential[node] === INFINITE && (this.potential[node] = 0);
  }
  /** Sends `amount` units from source to sink at least cost; returns the units sent. */
  sendMinCost(source, sink, amount) {
    let sent = 0;
    for (; sent < amount && this.shortestPaths(source, sink); ) {
      let phaseStamp = ++this.stamp, pushed = this.augmentAdmissible(source, sink, amount - sent, phaseStamp);
      if (pushed === 0) break;
      for (sent += pushed; sent < amount && pushed > 0; )
        pushed = this.augmentAdmissible(source, sink, amount - sent, phaseStamp), sent += pushed;
    }
    return sent;
  }
  /** Maximum flow from source to sink on top of the current flow, ignoring costs (Dinic); returns the units added. */
  maxFlow(source, sink) {
    let level = new Int32Array(this.nodeCount), iterator = new Int32Array(this.nodeCount), queue = new Int32Array(this.nodeCount), pathArcs = new Int32Array(this.nodeCount), { residual, target, next, head } = this, total = 0, work = 0;
    for (; ; ) {
      level.fill(-1), level[source] = 0;
      let read = 0, write = 0;
      for (queue[write++] = source; read < write; ) {
        let node = queue[read++];
        for (let arc = head[node]; arc !== -1; arc = next[arc]) {
          work++;
          let to = target[arc];
          residual[arc] > 0 && level[to] === -1 && (level[to] = level[node] + 1, queue[write++] = to);
        }
      }
      if (level[sink] === -1) break;
      for (iterator.set(head); ; ) {
        let depth = 0, node = source;
        for (; node !== sink; ) {
          let arc = iterator[node];
          for (; arc !== -1; ) {
            work++;
            let to = target[arc];
            if (residual[arc] > 0 && level[to] === level[node] + 1) break;
            arc = next[arc];
          }
          if (iterator[node] = arc, arc !== -1) {
            pathArcs[depth++] = arc, node = target[arc];
            continue;
          }
          if (node === source) break;
          level[node] = -1;
          let back = pathArcs[--depth];
          node = target[back ^ 1], iterator[node] = next[iterator[node]];
        }
        if (node !== sink) break;
        let units = Number.POSITIVE_INFINITY;
        for (let i = 0; i < depth; i++) units = Math.min(units, residual[pathArcs[i]]);
        for (let i = 0; i < depth; i++)
          residual[pathArcs[i]] -= units, residual[pathArcs[i] ^ 1] += units;
        total += units;
      }
    }
    return this.work += work, total;
  }
  /** Closes an arc and re-routes the flow it carried, keeping the flow optimal for the new network. */
  close(arc) {
    let carried = this.residual[arc ^ 1], from = this.target[arc ^ 1], to = this.target[arc];
    this.residual[arc] = 0, this.residual[arc ^ 1] = 0;
    for (let unit = 0; unit < carried; unit++) {
      if (!this.shortestPaths(from, to))
        throw new Error("Closing an arc left flow with nowhere to go: the network lacks a bypass.");
      for (let node = to; node !== from; ) {
        let along = this.parentArc[node];
        this.residual[along] -= 1, this.residual[along ^ 1] += 1, node = this.target[along ^ 1];
      }
    }
  }
  snapshot() {
    return { residual: this.residual.slice(0, this.arcCount), potential: this.potential.slice() };
  }
  restore(snapshot) {
    this.residual.set(snapshot.residual), this.potential.set(snapshot.potential);
  }
  setArc(id, from, to, capacity, cost) {
    this.target[id] = to, this.residual[id] = capacity, this.cost[id] = cost, this.next[id] = this.head[from], this.head[from] = id;
  }
  grow(size) {
    let grown = (old) => {
      let copy = new Int32Array(size);
      return copy.set(old), copy;
    };
    this.next = grown(this.next), this.target = grown(this.target), this.residual = grown(this.residual);
    let cost = new Float64Array(size);
    cost.set(this.cost), this.cost = cost;
  }
  /**
   * Dijkstra on reduced costs from `from`, stopping once `to` is settled; then raises every potential by
   * min(distance, distance to `to`), which keeps reduced costs non-negative and makes shortest paths cost 0.
   */
  shortestPaths(from, to) {
    let stamp = ++this.stamp, { distance, parentArc, settledStamp, reachedStamp, potential, residual, target, cost } = this, heapSize = 0, push = (node, key) => {
      heapSize === this.heapNode.length && this.growHeap();
      let nodes = this.heapNode, keys = this.heapKey, i = heapSize++;
      for (; i > 0; ) {
        let parent = i - 1 >> 1;
        if (keys[parent] <= key) break;
        nodes[i] = nodes[parent], keys[i] = keys[parent], i = parent;
      }
      nodes[i] = node, keys[i] = key;
    }, pop = () => {
      let nodes = this.heapNode, keys = this.heapKey, top = nodes[0];
      heapSize--;
      let lastNode = nodes[heapSize], lastKey = keys[heapSize], i = 0;
      for (; ; ) {
        let child = 2 * i + 1;
        if (child >= heapSize || (child + 1 < heapSize && keys[child + 1] < keys[child] && child++, keys[child] >= lastKey)) break;
        nodes[i] = nodes[child], keys[i] = keys[child], i = child;
      }
      return nodes[i] = lastNode, keys[i] = lastKey, top;
    };
    distance[from] = 0, reachedStamp[from] = stamp, push(from, 0);
    let found = !1, work = 0;
    for (; heapSize > 0; ) {
      let key = this.heapKey[0], node = pop();
      if (settledStamp[node] === stamp || key > distance[node]) continue;
      if (settledStamp[node] = stamp, node === to) {
        found = !0;
        break;
      }
      let base = key + potential[node];
      for (let arc = this.head[node]; arc !== -1; arc = this.next[arc]) {
        if (work++, residual[arc] <= 0) continue;
        let next = target[arc];
        if (settledStamp[next] === stamp) continue;
        let candidate = base + cost[arc] - potential[next];
        (reachedStamp[next] !== stamp || candidate < distance[next]) && (reachedStamp[next] = stamp, distance[next] = candidate, parentArc[next] = arc, push(next, candidate));
      }
    }
    if (this.work += work, !found) return !1;
    let limit = distance[to];
    for (let node = 0; node < this.nodeCount; node++)
      potential[node] += settledStamp[node] === stamp ? distance[node] : limit;
    return !0;
  }
  /** One augmenting path of zero reduced cost from source to sink, by depth-first search; returns units pushed. */
  augmentAdmissible(source, sink, limit, deadStamp) {
    let visitStamp = ++this.stamp, { residual, target, cost, potential, settledStamp, reachedStamp, parentArc } = this, pathArcs = [], iterator = [], node = source;
    settledStamp[source] = visitStamp, iterator.push(this.head[source]);
    let work = 0;
    for (; node !== sink; ) {
      let depth = pathArcs.length, arc = iterator[depth], advanced = !1;
      for (; arc !== -1; ) {
        work++;
        let next = target[arc];
        if (residual[arc] > 0 && settledStamp[next] !== visitStamp && reachedStamp[next] !== deadStamp && cost[arc] + potential[node] - potential[next] === 0) {
          iterator[depth] = this.next[arc], pathArcs.push(arc), parentArc[next] = arc, settledStamp[next] = visitStamp, iterator.push(this.head[next]), node = next, advanced = !0;
          break;
        }
        arc = this.next[arc];
      }
      if (advanced) continue;
      reachedStamp[node] = deadStamp, iterator.pop();
      let back = pathArcs.pop();
      if (back === void 0)
        return this.work += work, 0;
      node = target[back ^ 1];
    }
    this.work += work;
    let units = limit;
    for (let arc of pathArcs) units = Math.min(units, residual[arc]);
    for (let arc of pathArcs)
      residual[arc] -= units, residual[arc ^ 1] += units;
    return units;
  }
  growHeap() {
    let nodes = new Int32Array(this.heapNode.length * 2);
    nodes.set(this.heapNode);
    let keys = new Float64Array(this.heapKey.length * 2);
    keys.set(this.heapKey), this.heapNode = nodes, this.heapKey = keys;
  }
};

// src/shadowing/solver/pairing-network.ts
function topologicalOrder(net) {
  let order = [net.source];
  for (let node = 2; node < net.network.nodeCount; node++) order.push(node);
  return order.push(net.sink), order;
}
function buildPairingNetwork(problem, kept, cliqueOf, options) {
  let menteeCount = problem.menteeCapacity.length, source = 0, sink = 1, nodeCount = 2 + menteeCount, cliqueNodes = 0, cliqueNodeOf = kept.map((indices) => {
    let size = /* @__PURE__ */ new Map();
    for (let index of indices) size.set(cliqueOf[index], (size.get(cliqueOf[index]) ?? 0) + 1);
    let nodes = /* @__PURE__ */ new Map();
    for (let [clique, count] of size)
      count > 1 && (nodes.set(clique, nodeCount++), cliqueNodes++);
    return nodes;
  }), shiftNode = new Int32Array(problem.shifts.length).fill(-1);
  for (let indices of kept)
    for (let index of indices) {
      let shift = problem.candidates[index].shift;
      shiftNode[shift] === -1 && (shiftNode[shift] = nodeCount++);
    }
  let mentorNode = new Int32Array(problem.mentorCount).fill(-1);
  problem.shifts.forEach((shift, index) => {
    shiftNode[index] !== -1 && mentorNode[shift.mentor] === -1 && (mentorNode[shift.mentor] = nodeCount++);
  });
  let pairingLimit = 0, maxScore = 0;
  kept.forEach((indices, mentee) => {
    pairingLimit += Math.min(problem.menteeCapacity[mentee], indices.length);
    for (let index of indices) maxScore = Math.max(maxScore, problem.candidates[index].score);
  });
  let scoreDivisor = 1, weightsFor = (divisor) => {
    let pairing = Math.floor(maxScore / divisor) * pairingLimit + 1;
    return { pairing, matched: pairing * (pairingLimit + 1) };
  };
  for (; weightsFor(scoreDivisor).matched * (menteeCount + 1) * 4 > Number.MAX_SAFE_INTEGER; )
    scoreDivisor *= 2;
  let { pairing: weightPairing, matched: weightMatched } = weightsFor(scoreDivisor), keptCount = kept.reduce((sum, indices) => sum + indices.length, 0), network = new FlowNetwork(
    nodeCount,
    keptCount + cliqueNodes + 3 * menteeCount + 2 * problem.shifts.length
  ), firstArc = new Int32Array(menteeCount).fill(-1), moreArc = new Int32Array(menteeCount).fill(-1), candidateArc = new Int32Array(problem.candidates.length).fill(-1), shiftArc = new Int32Array(problem.shifts.length).fill(-1), totalUnits = 0;
  kept.forEach((indices, mentee) => {
    if (indices.length === 0) return;
    let capacity = problem.menteeCapacity[mentee], menteeNode = 2 + mentee;
    totalUnits += capacity, firstArc[mentee] = network.addArc(source, menteeNode, 1, -(weightMatched + weightPairing)), capacity > 1 && (moreArc[mentee] = network.addArc(source, menteeNode, capacity - 1, -weightPairing));
  }), kept.forEach((indices, mentee) => {
    for (let clique of cliqueNodeOf[mentee].values()) network.addArc(2 + mentee, clique, 1, 0);
    for (let index of indices) {
      let clique = cliqueNodeOf[mentee].get(cliqueOf[index]), candidate = problem.candidates[index];
      candidateArc[index] = network.addArc(
        clique ?? 2 + mentee,
        shiftNode[candidate.shift],
        1,
        -Math.floor(candidate.score / scoreDivisor)
      );
    }
  }), problem.shifts.forEach((shift, index) => {
    shiftNode[index] !== -1 && (shiftArc[index] = network.addArc(shiftNode[index], mentorNode[shift.mentor], problem.perShift, 0));
  });
  for (let node of mentorNode)
    node !== -1 && network.addArc(node, sink, problem.perMentor * problem.perShift, 0);
  return options.bypass && network.addArc(source, sink, totalUnits, 0), {
    network,
    source,
    sink,
    totalUnits,
    candidateArc,
    firstArc,
    moreArc,
    shiftArc,
    weightMatched,
    weightPairing,
    scoreDivisor,
    thinned: options.thinned
  };
}

// src/shadowing/solver/problem.ts
function compareObjectives(a, b) {
  return a.menteesMatched - b.menteesMatched || a.pairings - b.pairings || a.score - b.score;
}

// src/shadowing/solver/relaxation-bound.ts
function relaxationBound(problem, index, kept) {
  let net = buildPairingNetwork(problem, kept, index.cliqueOf, { bypass: !1, thinned: !1 }), { network } = net, more = [...net.moreArc].filter((arc) => arc !== -1), capacities = more.map((arc) => network.residualOf(arc));
  for (let arc of more) network.setResidual(arc, 0);
  let menteesMatched = network.maxFlow(net.source, net.sink);
  more.forEach((arc, i) => {
    network.setResidual(arc, capacities[i]);
  });
  let pairings = menteesMatched + network.maxFlow(net.source, net.sink), used = kept.map(
    (indices) => indices.filter((candidate) => network.flowOn(net.candidateArc[candidate]) > 0)
  );
  return { menteesMatched, pairings, used };
}

// src/shadowing/solver/solve.ts
var DEFAULT_WORK_BUDGET = 3e7, DEFAULT_FULL_NETWORK_LIMIT = 6e4, FULL_NETWORK_LAST_RESORT_LIMIT = 6e5, START_PAIRS_PER_SIDE = 16;
function solveAssignment(problem, options = {}) {
  let budget = options.workBudget ?? DEFAULT_WORK_BUDGET, index = indexCandidates(problem), size = index.byMentee.reduce((sum, list) => sum + list.length, 0);
  if (size <= (options.fullNetworkLimit ?? DEFAULT_FULL_NETWORK_LIMIT)) {
    let scope = { complete: !0, rootIsGlobal: !0, external: null };
    return conclude(solveOn(problem, index, index.byMentee, budget), scope);
  }
  let best = bestPairs(problem, index, options.startPairsPerSide ?? START_PAIRS_PER_SIDE, 2), first = solveOn(problem, index, best, budget), result = conclude(first, {
    complete: !1,
    rootIsGlobal: !1,
    external: countingBound(problem, index)
  });
  if (result.optimal.pairings) return result;
  let thinned = thinPerMentor(problem, index), exact = relaxationBound(problem, index, thinned);
  if (result = conclude(first, { complete: !1, rootIsGlobal: !1, external: exact }), result.optimal.pairings) return result;
  let unmatched = new Set(problem.menteeCapacity.map((_, mentee) => mentee));
  for (let chosen of first.chosen) unmatched.delete(problem.candidates[chosen].mentee);
  let leftOut = thinned.map((list, mentee) => unmatched.has(mentee) ? list : []), widened = solveOn(problem, index, unite(unite(best, exact.used), leftOut), budget);
  return result = conclude(widened, { complete: !1, rootIsGlobal: !1, external: exact }), result.optimal.pairings || (result = conclude(solveOn(problem, index, thinned, budget), {
    complete: !1,
    rootIsGlobal: !0,
    external: exact
  }), result.optimal.pairings || size > FULL_NETWORK_LAST_RESORT_LIMIT) ? result : conclude(solveOn(problem, index, index.byMentee, budget), {
    complete: !0,
    rootIsGlobal: !0,
    external: exact
  });
}
function solveOn(problem, index, kept, budget) {
  let complete = kept.every((list, mentee) => list.length === index.byMentee[mentee].length), net = buildPairingNetwork(problem, kept, index.cliqueOf, { bypass: !0, thinned: !complete });
  net.network.initialisePotentials(topologicalOrder(net), net.source), net.network.sendMinCost(net.source, net.sink, net.totalUnits);
  let outcome = branchAndBound(problem, net, budget, budget * 4), chosen = outcome.incumbent?.chosen ?? keepFeasible(problem, outcome.last.chosen), objective = objectiveOf(problem, chosen), best = outcome.incumbent ? objective : outcome.root.objective;
  for (let open of outcome.open)
    compareObjectives(open.objective, best) > 0 && (best = open.objective);
  return {
    chosen: [...chosen].sort((a, b) => a - b),
    objective,
    root: outcome.root.objective,
    best,
    nodes: outcome.nodes,
    budgetExhausted: outcome.budgetExhausted,
    exactScore: net.scoreDivisor === 1,
    complete
  };
}
function conclude(attempt, given) {
  let scope = attempt.complete ? { ...given, complete: !0, rootIsGlobal: !0 } : given, bounds = [];
  scope.external && bounds.push(scope.external), scope.rootIsGlobal && bounds.push(attempt.root), scope.complete && bounds.push(attempt.best);
  let counts = bounds[0] ?? { menteesMatched: Number.POSITIVE_INFINITY, pairings: Number.POSITIVE_INFINITY };
  for (let bound of bounds)
    (bound.menteesMatched - counts.menteesMatched || bound.pairings - counts.pairings) < 0 && (counts = bound);
  let sameCounts = (a, b) => a.menteesMatched === b.menteesMatched && a.pairings === b.pairings, score = scope.complete && attempt.exactScore && sameCounts(counts, attempt.best) ? attempt.best.score : null, { objective } = attempt, matchedOptimal = objective.menteesMatched === counts.menteesMatched, pairingsOptimal = matchedOptimal && objective.pairings === counts.pairings;
  return {
    chosen: attempt.chosen,
    objective,
    bound: { menteesMatched: counts.menteesMatched, pairings: counts.pairings, score },
    optimal: {
      menteesMatched: matchedOptimal,
      pairings: pairingsOptimal,
      score: pairingsOptimal && score !== null && objective.score === score
    },
    search: { nodes: attempt.nodes, thinned: !scope.complete, budgetExhausted: attempt.budgetExhausted }
  };
}
function keepFeasible(problem, chosen) {
  let ranked = [...chosen].sort(
    (a, b) => problem.candidates[b].score - problem.candidates[a].score || a - b
  ), kept = [], shiftsOfMentor = /* @__PURE__ */ new Map();
  for (let index of ranked) {
    let candidate = problem.candidates[index], shift = problem.shifts[candidate.shift], clashes = kept.some((other) => {
      let otherCandidate = problem.candidates[other];
      return otherCandidate.mentee === candidate.mentee && overlaps(problem.shifts[otherCandidate.shift], shift);
    }), mentorShifts = shiftsOfMentor.get(shift.mentor) ?? /* @__PURE__ */ new Set(), overMentorLimit = !mentorShifts.has(candidate.shift) && mentorShifts.size >= problem.perMentor;
    clashes || overMentorLimit || (mentorShifts.add(candidate.shift), shiftsOfMentor.set(shift.mentor, mentorShifts), kept.push(index));
  }
  return kept;
}

// src/shadowing/plan/eligibility.ts
function prepareEligibility(window, drawable, allShifts, engineers, minOverlapHours) {
  let from = window.from.getTime(), to = window.to.getTime(), shifts = [];
  for (let shift of drawable) {
    let span = clip(shift, from, to);
    span && shifts.push({ ...span, scheduleId: shift.scheduleId, user: shift.user });
  }
  shifts.sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.scheduleId, b.scheduleId));
  let slotIndex = /* @__PURE__ */ new Map(), slots = [], shiftsOfSlot = [];
  shifts.forEach((shift, index) => {
    let key = `${shift.start}/${shift.end}`, slot = slotIndex.get(key);
    slot === void 0 && (slot = slots.length, slotIndex.set(key, slot), slots.push({ start: shift.start, end: shift.end }), shiftsOfSlot.push([])), shiftsOfSlot[slot].push(index);
  });
  let mentorOnCall = shifts.map((shift) => engineers.get(shift.user)?.mentor === !0), mentorShiftsOfSlot = Int32Array.from(
    shiftsOfSlot,
    (indices) => indices.filter((index) => mentorOnCall[index]).length
  ), onCall = /* @__PURE__ */ new Map();
  for (let shift of allShifts) {
    let span = clip(shift, from, to);
    if (!span) continue;
    let list = onCall.get(shift.user);
    list ? list.push(span) : onCall.set(shift.user, [span]);
  }
  let onCallByUser = new Map([...onCall].map(([user, spans]) => [user, mergeSpans(spans)]));
  return {
    from,
    to,
    shifts,
    mentorOnCall,
    slots,
    shiftsOfSlot,
    mentorShiftsOfSlot,
    onCallByUser,
    minOverlapMillis: minOverlapHours * 36e5,
    workingTimeCache: /* @__PURE__ */ new Map()
  };
}
function eligibleShifts(mentee, ctx) {
  let working = workingTime(mentee, ctx), unavailable = mergeSpans(
    mentee.unavailable.map((interval) => clip(interval, ctx.from, ctx.to)).filter((span) => span !== null)
  ), onCall = ctx.onCallByUser.get(mentee.id) ?? [], workingMillis = working.reduce((sum, span) => sum + (span.end.getTime() - span.start.getTime()), 0), unavailableDates = unavailable.map((span) => ({
    start: new Date(span.start),
    end: new Date(span.end)
  })), unavailableWorking = working.reduce(
    (sum, span) => sum + overlapMillis(unavailableDates, span.start, span.end),
    0
  ), funnel = {
    shifts: ctx.shifts.length,
    withMentor: 0,
    inWorkingHours: 0,
    whileAvailable: 0,
    whileOffCall: 0,
    longEnough: 0,
    bestOverlapMillis: 0,
    workingMillis,
    availableWorkingMillis: workingMillis - unavailableWorking
  }, workingSpans = working.map((span) => ({ start: span.start.getTime(), end: span.end.getTime() })), shifts = [], overlaps2 = [];
  for (let slot = 0; slot < ctx.slots.length; slot++) {
    let span = ctx.slots[slot], onCallNow = intersectsAny(onCall, span), own = onCallNow ? ctx.shiftsOfSlot[slot].filter((i) => ctx.shifts[i].user === mentee.id).length : 0, withMentor = ctx.mentorShiftsOfSlot[slot] - (onCallNow && mentee.mentor ? own : 0);
    funnel.withMentor += withMentor;
    let overlap = overlapWithin(working, workingSpans, span);
    if (!(overlap <= 0) && (funnel.inWorkingHours += withMentor, !intersectsAny(unavailable, span) && (funnel.whileAvailable += withMentor, !onCallNow && (funnel.whileOffCall += withMentor, withMentor > 0 && (funnel.bestOverlapMillis = Math.max(funnel.bestOverlapMillis, overlap)), !(overlap < ctx.minOverlapMillis))))) {
      funnel.longEnough += withMentor;
      for (let index of ctx.shiftsOfSlot[slot])
        ctx.mentorOnCall[index] && (shifts.push(index), overlaps2.push(overlap));
    }
  }
  return { shifts, overlapMillis: overlaps2, funnel };
}
function workingTime(mentee, ctx) {
  let { start, end, days } = mentee.workingHours, key = [mentee.timeZone, start, end, ...days].join(" "), working = ctx.workingTimeCache.get(key);
  return working || (working = workingIntervals(mentee.workingHours, mentee.timeZone, new Date(ctx.from), new Date(ctx.to)), ctx.workingTimeCache.set(key, working)), working;
}
function clip(interval, from, to) {
  let start = Math.max(Date.parse(interval.start), from), end = Math.min(Date.parse(interval.end), to);
  return end > start ? { start, end } : null;
}
function mergeSpans(spans) {
  let sorted = [...spans].sort((a, b) => a.start - b.start), merged = [];
  for (let span of sorted) {
    let last = merged[merged.length - 1];
    last && span.start <= last.end ? last.end = Math.max(last.end, span.end) : merged.push({ ...span });
  }
  return merged;
}
function firstEndingAfter(spans, at) {
  let low = 0, high = spans.length;
  for (; low < high; ) {
    let middle = low + high >> 1;
    spans[middle].end <= at ? low = middle + 1 : high = middle;
  }
  return low;
}
function intersectsAny(spans, slot) {
  let first = spans[firstEndingAfter(spans, slot.start)];
  return first !== void 0 && first.start < slot.end;
}
function overlapWithin(working, spans, slot) {
  let first = firstEndingAfter(spans, slot.start), last = first;
  for (; last < spans.length && spans[last].start < slot.end; ) last++;
  return last === first ? 0 : overlapMillis(working.slice(first, last), new Date(slot.start), new Date(slot.end));
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/shadowing/plan/candidates.ts
var POINTS_PER_SCORE = 1e3;
function buildCandidates(mentees, ctx, engineers, facts, weights, limits) {
  let mentorIndex = /* @__PURE__ */ new Map(), problem = {
    menteeCapacity: mentees.map(() => limits.maxShadowsPerMentee),
    shifts: ctx.shifts.map((shift) => ({
      start: shift.start,
      end: shift.end,
      mentor: indexOf(mentorIndex, shift.user)
    })),
    mentorCount: 0,
    candidates: [],
    perShift: limits.maxShadowsPerShift,
    perMentor: limits.maxShadowsPerMentor
  };
  problem.mentorCount = mentorIndex.size;
  let onCall = ctx.shifts.map((shift) => engineers.get(shift.user)), pairKeys = /* @__PURE__ */ new Map(), pairKeyOf = ctx.shifts.map((shift) => indexOf(pairKeys, `${shift.scheduleId}\0${shift.user}`)), overlapMillis2 = [], funnels = [];
  return mentees.forEach((mentee, menteeIndex) => {
    let eligible = eligibleShifts(mentee, ctx);
    funnels.push(eligible.funnel);
    let pairParts = /* @__PURE__ */ new Map(), lastOverlap = Number.NaN, overlapPart = 0;
    for (let i = 0; i < eligible.shifts.length; i++) {
      let shift = eligible.shifts[i], overlap = eligible.overlapMillis[i], { scheduleId } = ctx.shifts[shift], mentor = onCall[shift], pairPart = pairParts.get(pairKeyOf[shift]);
      pairPart === void 0 && (pairPart = facts.partialScore(mentee, scheduleId, mentor, overlap, weights, "pair"), pairParts.set(pairKeyOf[shift], pairPart)), overlap !== lastOverlap && (overlapPart = facts.partialScore(mentee, scheduleId, mentor, overlap, weights, "overlap"), lastOverlap = overlap);
      let score = roundScore(pairPart + overlapPart);
      problem.candidates.push({ mentee: menteeIndex, shift, score: Math.round(score * POINTS_PER_SCORE) }), overlapMillis2.push(overlap);
    }
  }), { problem, overlapMillis: overlapMillis2, funnels, onCall };
}
function indexOf(numbers, key) {
  let index = numbers.get(key);
  return index === void 0 && (index = numbers.size, numbers.set(key, index)), index;
}

// src/shadowing/plan/pair-facts.ts
var PairFactsBuilder = class {
  constructor(input, schedules) {
    this.schedules = schedules;
    let counts = input.incidentCounts;
    this.incidentsOf = counts instanceof Map ? (service) => counts.get(service) ?? 0 : (service) => Object.hasOwn(counts, service) ? counts[service] : 0;
    let loads = input.mentorLoadScores;
    this.loadOf = loads === void 0 ? () => {
    } : loads instanceof Map ? (engineer) => loads.get(engineer) ?? 1 : (engineer) => Object.hasOwn(loads, engineer) ? loads[engineer] : 1;
    for (let record of input.shadowHistory) {
      let mentors = this.shadowedMentors.get(record.mentee) ?? /* @__PURE__ */ new Set();
      mentors.add(record.mentor), this.shadowedMentors.set(record.mentee, mentors);
      let services = this.shadowedServices.get(record.mentee) ?? /* @__PURE__ */ new Set();
      for (let service of schedules.get(record.schedule)?.services ?? []) services.add(service);
      this.shadowedServices.set(record.mentee, services);
    }
  }
  schedules;
  incidentsOf;
  loadOf;
  shadowedMentors = /* @__PURE__ */ new Map();
  shadowedServices = /* @__PURE__ */ new Map();
  scratchMentee = null;
  scratch = /* @__PURE__ */ new Map();
  /** A fresh facts object, for reasons that outlive the call. */
  of(mentee, scheduleId, mentor, overlapMillis2) {
    return { ...this.fill(mentee, scheduleId, mentor, overlapMillis2) };
  }
  /** The part of the score read from `input` only, without allocating (called for millions of pairs). */
  partialScore(mentee, scheduleId, mentor, overlapMillis2, weights, input) {
    return partialScore(this.fill(mentee, scheduleId, mentor, overlapMillis2), weights, input);
  }
  fill(mentee, scheduleId, mentor, overlapMillis2) {
    this.scratchMentee !== mentee && (this.scratch.clear(), this.scratchMentee = mentee);
    let facts = this.scratch.get(scheduleId);
    if (!facts) {
      let services = this.schedules.get(scheduleId)?.services ?? [], seen = this.shadowedServices.get(mentee.id);
      facts = {
        menteeName: mentee.name,
        mentorName: "",
        overlapHours: 0,
        learningMatches: services.filter((service) => mentee.learning.includes(service)),
        incidents: services.reduce((sum, service) => sum + this.incidentsOf(service), 0),
        newMentor: !1,
        newServices: services.filter((service) => !seen?.has(service)),
        serviceCount: services.length
      }, this.scratch.set(scheduleId, facts);
    }
    return facts.mentorName = mentor.name, facts.overlapHours = overlapMillis2 / 36e5, facts.newMentor = !this.shadowedMentors.get(mentee.id)?.has(mentor.id), facts.mentorLoad = this.loadOf(mentor.id), facts;
  }
};

// src/shadowing/plan/explanations.ts
var hours2 = (millis) => `${Number((millis / 36e5).toFixed(1))} h`;
function explainUnmatched(mentee, funnel, limits, contention) {
  let zero = ["maxShadowsPerMentee", "maxShadowsPerMentor", "maxShadowsPerShift"].find(
    (field) => limits[field] === 0
  );
  if (zero) return { reason: `${zero} is 0, so nobody can shadow`, fix: `set ${zero} to 1 or more` };
  let { start, end, days } = mentee.workingHours, hoursText = `${days.join(", ")} ${start}\u2013${end} ${mentee.timeZone}`;
  if (funnel.workingMillis === 0)
    return {
      reason: `no working hours in the window (they work ${hoursText})`,
      fix: "widen the window to include their working days"
    };
  if (funnel.availableWorkingMillis <= 0) {
    let why = [...new Set(mentee.unavailable.map((entry) => entry.reason).filter(Boolean))].join(", ");
    return {
      reason: `unavailable the whole window${why ? ` (${why})` : ""}`,
      fix: "plan a window that starts after their time off"
    };
  }
  if (funnel.shifts === 0)
    return {
      reason: "no shifts in the chosen schedules during the window",
      fix: "widen the window or draw from more schedules"
    };
  if (funnel.withMentor === 0)
    return {
      reason: "no mentor is on call in the chosen schedules during the window",
      fix: "draw from schedules where mentors are on call, or widen the window"
    };
  if (funnel.inWorkingHours === 0)
    return {
      reason: `no mentor on call during their working hours (${hoursText})`,
      fix: "widen the window, or draw from schedules whose mentors are on call in their working hours"
    };
  if (funnel.whileAvailable === 0)
    return {
      reason: "unavailable whenever a mentor is on call during their working hours",
      fix: "widen the window past their time off"
    };
  if (funnel.whileOffCall === 0)
    return {
      reason: "on call themselves whenever a mentor is on call during their working hours",
      fix: "hand their own shifts to someone else with an override, or widen the window"
    };
  if (funnel.longEnough === 0)
    return {
      reason: `no mentor's shift overlaps their working hours by ${limits.minOverlapHours} h (the longest overlap is ${hours2(funnel.bestOverlapMillis)})`,
      fix: `lower minOverlapHours to ${Math.floor(funnel.bestOverlapMillis / 36e5 * 10) / 10}, or widen the window`
    };
  let takenBy = [];
  if (contention.mentorsAtLimit.length > 0) {
    let limit = limits.maxShadowsPerMentor;
    takenBy.push(
      `${listNames(contention.mentorsAtLimit)} already ${contention.mentorsAtLimit.length === 1 ? "has" : "have"} ${limit} shadowed shift${limit === 1 ? "" : "s"} (maxShadowsPerMentor)`
    );
  }
  if (contention.fullShifts > 0) {
    let limit = limits.maxShadowsPerShift, which = contention.eligibleShifts === 1 ? "it" : `${contention.fullShifts} of them`;
    takenBy.push(
      `${which} already ${contention.fullShifts === 1 ? "has" : "have"} ${limit} mentee${limit === 1 ? "" : "s"} (maxShadowsPerShift)`
    );
  }
  return {
    // With mentees matched at its maximum, any way to give them a shift leaves another mentee without one.
    reason: `${contention.eligibleShifts === 1 ? "the only shift they could shadow went to another mentee" : `the ${contention.eligibleShifts} shifts they could shadow went to other mentees`} (giving them one would leave another mentee with none)${takenBy.length > 0 ? `: ${takenBy.join("; ")}` : ""}`,
    fix: `raise maxShadowsPerMentor (now ${limits.maxShadowsPerMentor}) or maxShadowsPerShift (now ${limits.maxShadowsPerShift}), widen the window, or draw from more schedules`
  };
}
function listNames(names) {
  return names.length <= 3 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}

// src/shadowing/plan/unmatched.ts
function listUnmatched(problem, chosen, mentees, funnels, limits, onCall) {
  let unmatched = new Set(mentees.map((_, index) => index)), menteesOnShift = /* @__PURE__ */ new Map(), shadowedShiftsOf = /* @__PURE__ */ new Map();
  for (let index of chosen) {
    let { mentee, shift } = problem.candidates[index];
    unmatched.delete(mentee), menteesOnShift.set(shift, (menteesOnShift.get(shift) ?? 0) + 1);
    let mentor = problem.shifts[shift].mentor;
    shadowedShiftsOf.set(mentor, (shadowedShiftsOf.get(mentor) ?? /* @__PURE__ */ new Set()).add(shift));
  }
  let shiftsOf = new Map([...unmatched].map((mentee) => [mentee, []]));
  if (shiftsOf.size > 0)
    for (let candidate of problem.candidates) shiftsOf.get(candidate.mentee)?.push(candidate.shift);
  return [...unmatched].map((index) => {
    let mentee = mentees[index], shifts = shiftsOf.get(index), atLimit = /* @__PURE__ */ new Set();
    for (let shift of shifts) {
      let mentor = problem.shifts[shift].mentor;
      (shadowedShiftsOf.get(mentor)?.size ?? 0) >= limits.maxShadowsPerMentor && atLimit.add(onCall[shift]?.name ?? "?");
    }
    let contention = {
      eligibleShifts: shifts.length,
      mentorsAtLimit: [...atLimit].sort(),
      fullShifts: shifts.filter((shift) => (menteesOnShift.get(shift) ?? 0) >= limits.maxShadowsPerShift).length
    }, { reason, fix } = explainUnmatched(mentee, funnels[index], limits, contention);
    return { mentee: { id: mentee.id, name: mentee.name }, reason, fix };
  });
}

// src/shadowing/plan/plan-shadow-rotation.ts
function planShadowRotation(input) {
  let clock = input.clock ?? (() => performance.now()), started = clock(), window = resolveWindow(input.window), now = parseInstant2(input.now, "now"), limits = resolveLimits(input.limits), weights = resolveWeights(input.weights), engineers = new Map(input.engineers.map((engineer) => [engineer.id, engineer])), schedules = new Map(input.schedules.map((schedule) => [schedule.id, schedule])), drawFrom = new Set(selectSchedules(input, schedules)), mentees = selectMentees(input, engineers), ctx = prepareEligibility(
    window,
    input.shifts.filter((shift) => drawFrom.has(shift.scheduleId)),
    input.shifts,
    engineers,
    limits.minOverlapHours
  ), facts = new PairFactsBuilder(input, schedules), { problem, overlapMillis: overlapMillis2, funnels, onCall } = buildCandidates(
    mentees,
    ctx,
    engineers,
    facts,
    weights,
    limits
  ), result = solveAssignment(problem, { workBudget: input.workBudget }), pairings = result.chosen.map((index) => {
    let candidate = problem.candidates[index], mentee = mentees[candidate.mentee], shift = ctx.shifts[candidate.shift], mentor = onCall[candidate.shift], schedule = schedules.get(shift.scheduleId), pair = facts.of(mentee, shift.scheduleId, mentor, overlapMillis2[index]), reverse = mentee.stage === "reverse-shadow";
    return {
      mentee: person(mentee),
      mentor: person(mentor),
      schedule: { id: shift.scheduleId, name: schedule?.name ?? shift.scheduleId },
      start: new Date(shift.start).toISOString(),
      end: new Date(shift.end).toISOString(),
      overlapHours: Math.round(overlapMillis2[index] / 36e5 * 100) / 100,
      services: [...schedule?.services ?? []],
      score: candidate.score / POINTS_PER_SCORE,
      reasons: [...reverse ? [reverseReason(mentee, mentor)] : [], ...pairReasons(pair, weights)],
      ...reverse ? { role: "reverse-shadow" } : {}
    };
  });
  pairings.sort((a, b) => a.start.localeCompare(b.start) || a.mentee.name.localeCompare(b.mentee.name));
  let unmatched = listUnmatched(problem, result.chosen, mentees, funnels, limits, onCall), plan = {
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
    limits,
    weights,
    pairings,
    unmatched,
    stats: {
      mentees: mentees.length,
      menteesMatched: result.objective.menteesMatched,
      pairings: result.objective.pairings,
      shiftsConsidered: ctx.shifts.length,
      objective: { ...result.objective, score: result.objective.score / POINTS_PER_SCORE },
      optimal: result.optimal,
      bound: {
        ...result.bound,
        score: result.bound.score === null ? null : result.bound.score / POINTS_PER_SCORE
      },
      solveMillis: 0
    },
    calendar: renderCalendar(pairings, engineers, now),
    gantt: ""
  };
  return plan.gantt = renderGantt(plan.window, pairings), plan.stats.solveMillis = Math.round(clock() - started), plan;
}
function selectSchedules(input, schedules) {
  return input.scheduleIds ? (requireKnownIds("scheduleIds", "schedule", input.scheduleIds, { listed: [...schedules.keys()] }), input.scheduleIds) : [...schedules.keys()];
}
function selectMentees(input, engineers) {
  return input.menteeIds ? [...new Set(input.menteeIds)].map((id) => {
    let engineer = engineers.get(id);
    if (!engineer) throw unknownIdError("mentees", "engineer", id, [...engineers.keys()]);
    return engineer;
  }) : input.engineers.filter((engineer) => engineer.mentee);
}
function person(engineer) {
  return { id: engineer.id, name: engineer.name, timeZone: engineer.timeZone };
}
function reverseReason(mentee, mentor) {
  return `reverse shadow: ${mentee.name} carries the shift, ${mentor.name} backs them up`;
}

// src/shadowing/plan/gather-plan-input.ts
var ACTIVITY_LOOKBACK_DAYS = 28, MAX_ACTIVITY_PAGES = 20;
async function planFromRequest(request, ctx) {
  return planShadowRotation(await gatherPlanInput(request, ctx));
}
async function planForMentee(menteeId, from, ctx) {
  return planShadowRotation(
    await gatherPlanInput(
      {
        from,
        to: new Date(from.getTime() + DEFAULT_PLAN_DAYS * DAY_MS),
        mentees: [menteeId],
        weights: { load: 0 }
      },
      ctx
    )
  );
}
async function gatherPlanInput(request, ctx) {
  let window = resolvePlanWindow(request, ctx.now), fetch = { signal: ctx.signal, requests: ctx.requests }, since = window.from.toISOString(), until = window.to.toISOString(), loadWeight = request.weights?.load ?? DEFAULT_WEIGHTS.load, summaries = await ctx.sources.schedules.listSchedules(fetch), schedules = realSchedules(summaries).map(({ id, name, timeZone, services }) => ({
    id,
    name,
    timeZone,
    services
  })), [shiftLists, incidentCounts, loadScores] = await Promise.all([
    // Every schedule, not only those shadowed: a mentee on call anywhere cannot shadow then.
    Promise.all(schedules.map((s) => ctx.sources.schedules.renderSchedule(s.id, since, until, fetch))),
    countRecentIncidents(ctx, window.from, fetch),
    loadWeight > 0 ? recentMentorLoads(ctx, window.from, realScheduleScope(summaries), fetch) : Promise.resolve(void 0)
  ]);
  return {
    window: { from: since, to: until },
    engineers: ctx.team.engineers,
    schedules,
    shifts: shiftLists.flat(),
    // Shadow shifts from the window on are this plan's own business (a rotation recorded earlier), not experience.
    shadowHistory: ctx.team.shadowHistory.filter(
      (record) => Date.parse(record.start) < window.from.getTime()
    ),
    incidentCounts,
    mentorLoadScores: loadScores,
    scheduleIds: request.scheduleIds,
    menteeIds: request.mentees,
    limits: withoutUndefined(request.limits ?? {}),
    weights: withoutUndefined(request.weights ?? {}),
    now: ctx.now.toISOString()
  };
}
async function countRecentIncidents(ctx, start, fetch) {
  let counts = /* @__PURE__ */ new Map(), query = {
    since: new Date(start.getTime() - ACTIVITY_LOOKBACK_DAYS * DAY_MS).toISOString(),
    until: start.toISOString(),
    limit: 100
  };
  for (let page = 0, offset = 0; page < MAX_ACTIVITY_PAGES; page++) {
    let { incidents, more } = await ctx.sources.incidents.listIncidents({ ...query, offset }, fetch);
    for (let incident of incidents)
      counts.set(incident.service.id, (counts.get(incident.service.id) ?? 0) + 1);
    if (!more || incidents.length === 0) break;
    offset += incidents.length;
  }
  return counts;
}
async function recentMentorLoads(ctx, start, scheduleIds, fetch) {
  let { loads } = await fetchOncallLoads(
    { sources: ctx.sources, team: ctx.team, fetch },
    recentLoadWindow(start),
    { scheduleIds }
  );
  return mentorLoadScores(loads);
}

export {
  formatInZone,
  formatUtcMinute,
  renderCalendar,
  realScheduleScope,
  planFromRequest,
  planForMentee
};
