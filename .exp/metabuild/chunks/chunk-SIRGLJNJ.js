import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  unknownIdError
} from "./chunk-Z6XIM2SB.js";
import {
  parseInstant
} from "./chunk-OVEIKJ4F.js";
import {
  external_exports
} from "./chunk-GCCA2YSU.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";

// src/lib/input-problems.ts
function describeInputProblems(error) {
  return `Invalid input. ${error.issues.slice(0, 5).map((issue) => `${issue.path.length ? issue.path.join(".") : "arguments"}: ${plainMessage(issue)}`).join("; ")}.`;
}
function plainMessage(issue) {
  return issue.code === "invalid_type" ? issue.input === void 0 ? `is required (expected ${issue.expected})` : `must be ${article(issue.expected)}, not ${typeName(issue.input)}` : issue.code === "unrecognized_keys" ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}; remove ${issue.keys.length > 1 ? "them" : "it"}` : issue.code === "too_big" ? `must be at most ${String(issue.maximum)}${issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : ""}` : issue.code === "too_small" ? `must be at least ${String(issue.minimum)}${issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : ""}` : issue.code === "invalid_value" ? `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}` : issue.message.replace(/\.$/, "");
}
function article(type) {
  return `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}
function typeName(value) {
  return value === null ? "null" : Array.isArray(value) ? "an array" : article(typeof value);
}

// src/shadowing/plan/given-pairings.ts
var text = () => external_exports.string(), givenPairingSchema = external_exports.object({
  mentee: text(),
  mentor: text(),
  schedule: text(),
  start: text(),
  end: text()
});
async function checkGivenPairings(given, ctx) {
  let fetch = { signal: ctx.signal, requests: ctx.requests }, engineers = new Map(ctx.team.engineers.map((engineer) => [engineer.id, engineer])), schedules = new Map((await ctx.sources.schedules.listSchedules(fetch)).map((s) => [s.id, s])), times = given.map((pairing, index) => ({
    start: instantOf(pairing.start, `pairings[${index}].start`),
    end: instantOf(pairing.end, `pairings[${index}].end`)
  })), pairings = given.map((pairing, index) => {
    let at = `pairings[${index}]`, { start, end } = times[index], mentee = knownEngineer(engineers, pairing.mentee, `${at}.mentee`), mentor = knownEngineer(engineers, pairing.mentor, `${at}.mentor`), schedule = schedules.get(pairing.schedule);
    if (!schedule)
      throw unknownIdError(`${at}.schedule`, "schedule", pairing.schedule, [...schedules.keys()]);
    if (end.getTime() <= start.getTime())
      throw new UserInputError(`${at}: end must be after start.`);
    if (mentee.id === mentor.id) throw new UserInputError(`${at}: a mentee cannot shadow themselves.`);
    return toPairing({ start, end }, mentee, mentor, schedule);
  });
  return await checkMentorsOnCall(given, times, ctx), pairings;
}
function shadowRecordOf(pairing) {
  return {
    mentee: pairing.mentee.id,
    mentor: pairing.mentor.id,
    schedule: pairing.schedule.id,
    start: pairing.start,
    end: pairing.end,
    ...pairing.role === "reverse-shadow" ? { role: pairing.role } : {}
  };
}
function knownEngineer(engineers, id, field) {
  let engineer = engineers.get(id);
  if (!engineer) throw unknownIdError(field, "engineer", id, [...engineers.keys()]);
  return engineer;
}
function instantOf(text2, field) {
  let parsed = parseInstant(text2.trim());
  if (typeof parsed == "string") throw new UserInputError(`${field}: ${parsed}.`);
  return parsed;
}
function toPairing(given, mentee, mentor, schedule) {
  let person = (engineer) => ({
    id: engineer.id,
    name: engineer.name,
    timeZone: engineer.timeZone
  });
  return {
    mentee: person(mentee),
    mentor: person(mentor),
    schedule: { id: schedule.id, name: schedule.name },
    start: given.start.toISOString(),
    end: given.end.toISOString(),
    overlapHours: 0,
    services: [...schedule.services],
    score: 0,
    reasons: [],
    ...mentee.stage === "reverse-shadow" ? { role: "reverse-shadow" } : {}
  };
}
async function checkMentorsOnCall(given, times, ctx) {
  let fetch = { signal: ctx.signal, requests: ctx.requests }, bySchedule = /* @__PURE__ */ new Map();
  given.forEach((pairing, index) => {
    bySchedule.set(pairing.schedule, [...bySchedule.get(pairing.schedule) ?? [], index]);
  });
  for (let [scheduleId, indexes] of bySchedule) {
    let since = Math.min(...indexes.map((i) => times[i].start.getTime())), until = Math.max(...indexes.map((i) => times[i].end.getTime())), shifts = await ctx.sources.schedules.renderSchedule(
      scheduleId,
      new Date(since).toISOString(),
      new Date(until).toISOString(),
      fetch
    );
    for (let index of indexes) {
      let { mentor } = given[index], { start, end } = times[index];
      if (shifts.filter((shift) => shift.user === mentor).reduce(
        (sum, shift) => sum + Math.max(
          0,
          Math.min(Date.parse(shift.end), end.getTime()) - Math.max(Date.parse(shift.start), start.getTime())
        ),
        0
      ) < end.getTime() - start.getTime())
        throw new UserInputError(
          `pairings[${index}]: ${mentor} is not on call in ${scheduleId} for all of ${start.toISOString()} to ${end.toISOString()}; pass pairings from suggest_shadow_pairings.`
        );
    }
  }
}

export {
  describeInputProblems,
  givenPairingSchema,
  checkGivenPairings,
  shadowRecordOf
};
