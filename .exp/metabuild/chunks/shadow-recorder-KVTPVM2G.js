import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-DKVNMX5N.js";

// src/sources/pagerduty/shadow-recorder.ts
var PLACEHOLDER_LAYER_START = "2100-01-01T00:00:00Z";
function shadowScheduleName(teamName) {
  return `Shadow \u2014 ${teamName}`;
}
function createPagerDutyShadowRecorder(deps) {
  return {
    recordsReverseShadows: !1,
    async recordShadowRotation(rotation, ctx) {
      let team = await deps.team.load(ctx), groups = await groupByTeam(rotation.shadows, team, () => deps.schedules.listSchedules(ctx)), result = { mode: "pagerduty", created: [], existing: [] };
      for (let group of groups) {
        let schedule = await findOrCreateSchedule(deps.writes, group, result, ctx);
        await addMissingOverrides(deps.writes, schedule, group.shadows, result, ctx);
      }
      return result;
    }
  };
}
async function findOrCreateSchedule(writes, group, result, ctx) {
  let found = await writes.findScheduleByName(group.name, ctx);
  if (found)
    return result.existing.push(`PagerDuty schedule "${found.name}" (${found.id})`), found;
  let created = await writes.createSchedule(
    {
      name: group.name,
      timeZone: group.timeZone,
      description: "Shadow on-call: overrides put mentees on call beside their mentors. Add this schedule to a level of the escalation policy. Made by oncall-mentor-mcp.",
      layers: [
        {
          name: "Placeholder (overrides only)",
          start: PLACEHOLDER_LAYER_START,
          rotationVirtualStart: PLACEHOLDER_LAYER_START,
          turnLengthSeconds: 604800,
          users: [group.shadows[0].mentee]
        }
      ]
    },
    ctx
  );
  return result.created.push(`PagerDuty schedule "${created.name}" (${created.id})`), created;
}
async function addMissingOverrides(writes, schedule, shadows, result, ctx) {
  let since = new Date(Math.min(...shadows.map((s) => Date.parse(s.start)))).toISOString(), until = new Date(Math.max(...shadows.map((s) => Date.parse(s.end)))).toISOString(), present = await writes.listOverrides(schedule.id, since, until, ctx), key = (user, start, end) => `${user}|${Date.parse(start)}|${Date.parse(end)}`, have = new Set(present.map((o) => key(o.user, o.start, o.end))), wanted = /* @__PURE__ */ new Map();
  for (let shadow of shadows) wanted.set(key(shadow.mentee, shadow.start, shadow.end), shadow);
  let describe = (shadow) => `override on "${schedule.name}": ${shadow.mentee} (shadowing ${shadow.mentor}) ${shadow.start} to ${shadow.end}`, missing = [...wanted].filter(([k]) => !have.has(k)).map(([, shadow]) => shadow);
  result.existing.push(...[...wanted].filter(([k]) => have.has(k)).map(([, shadow]) => describe(shadow))), missing.length !== 0 && (await writes.createOverrides(
    schedule.id,
    missing.map((shadow) => ({ user: shadow.mentee, start: shadow.start, end: shadow.end })),
    ctx
  ), result.created.push(...missing.map(describe)));
}
async function groupByTeam(shadows, team, listSchedules) {
  let summaries = null, groups = /* @__PURE__ */ new Map();
  for (let shadow of shadows) {
    let known = team.schedules.find(
      (s) => s.id === shadow.schedule || s.pagerdutyId === shadow.schedule
    ), summary;
    known || (summaries ??= await listSchedules(), summary = summaries.find((s) => s.id === shadow.schedule));
    let engineer = (id) => team.engineers.find((e) => e.id === id), teamId = known?.team ?? summary?.team ?? engineer(shadow.mentor)?.team ?? engineer(shadow.mentee)?.team ?? null, teamName = teamId === null ? null : team.teams.find((t) => t.id === teamId)?.name ?? teamId, name = shadowScheduleName(teamName ?? known?.name ?? summary?.name ?? shadow.schedule), group = groups.get(name) ?? {
      name,
      timeZone: known?.timeZone ?? summary?.timeZone ?? "UTC",
      shadows: []
    };
    group.shadows.push(shadow), groups.set(name, group);
  }
  return [...groups.values()];
}
export {
  PLACEHOLDER_LAYER_START,
  createPagerDutyShadowRecorder,
  shadowScheduleName
};
