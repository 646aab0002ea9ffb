// Records a shadow rotation in PagerDuty: per team one schedule named "Shadow — <team>" (found by name, or created),
// and on it one override per pairing that puts the mentee on call for the shadowed shift. Added to a level of the
// team's escalation policy, that schedule pages the mentee alongside the mentor. Idempotent: an override with the
// same person and times is not made twice, and the schedule is found again by its name.
import type { Schedule, ShadowRecord, TeamDirectory } from "../../model.js";
import type {
  FetchContext,
  ScheduleSource,
  ScheduleSummary,
  ShadowRecorder,
  ShadowRecording,
  ShadowRotation,
  TeamSource,
} from "../../ports/sources.js";
import type { PagerDutyScheduleRef, PagerDutyScheduleWrites } from "./schedule-writes.js";

/**
 * The shadow schedule's one layer (PagerDuty requires a layer with a user) starts here, so nobody is on call in it
 * but through an override. The ScheduleLayer `end` field would close it instead; schedule-writes does not send it.
 */
export const PLACEHOLDER_LAYER_START = "2100-01-01T00:00:00Z";
const WEEK_SECONDS = 604_800;

export function shadowScheduleName(teamName: string): string {
  return `Shadow — ${teamName}`;
}

interface ShadowGroup {
  name: string;
  timeZone: string;
  shadows: ShadowRecord[];
}

export function createPagerDutyShadowRecorder(deps: {
  writes: PagerDutyScheduleWrites;
  schedules: ScheduleSource;
  team: TeamSource;
}): ShadowRecorder {
  return {
    recordsReverseShadows: false,
    async recordShadowRotation(rotation: ShadowRotation, ctx?: FetchContext): Promise<ShadowRecording> {
      const team = await deps.team.load(ctx);
      const groups = await groupByTeam(rotation.shadows, team, () => deps.schedules.listSchedules(ctx));
      const result: ShadowRecording = { mode: "pagerduty", created: [], existing: [] };
      for (const group of groups) {
        const schedule = await findOrCreateSchedule(deps.writes, group, result, ctx);
        await addMissingOverrides(deps.writes, schedule, group.shadows, result, ctx);
      }
      return result;
    },
  };
}

async function findOrCreateSchedule(
  writes: PagerDutyScheduleWrites,
  group: ShadowGroup,
  result: ShadowRecording,
  ctx?: FetchContext,
): Promise<PagerDutyScheduleRef> {
  const found = await writes.findScheduleByName(group.name, ctx);
  if (found) {
    result.existing.push(`PagerDuty schedule "${found.name}" (${found.id})`);
    return found;
  }
  const created = await writes.createSchedule(
    {
      name: group.name,
      timeZone: group.timeZone,
      description:
        "Shadow on-call: overrides put mentees on call beside their mentors. Add this schedule to a level of the escalation policy. Made by oncall-mentor-mcp.",
      layers: [
        {
          name: "Placeholder (overrides only)",
          start: PLACEHOLDER_LAYER_START,
          rotationVirtualStart: PLACEHOLDER_LAYER_START,
          turnLengthSeconds: WEEK_SECONDS,
          users: [group.shadows[0]!.mentee],
        },
      ],
    },
    ctx,
  );
  result.created.push(`PagerDuty schedule "${created.name}" (${created.id})`);
  return created;
}

async function addMissingOverrides(
  writes: PagerDutyScheduleWrites,
  schedule: PagerDutyScheduleRef,
  shadows: ShadowRecord[],
  result: ShadowRecording,
  ctx?: FetchContext,
): Promise<void> {
  const since = new Date(Math.min(...shadows.map((s) => Date.parse(s.start)))).toISOString();
  const until = new Date(Math.max(...shadows.map((s) => Date.parse(s.end)))).toISOString();
  const present = await writes.listOverrides(schedule.id, since, until, ctx);
  const key = (user: string, start: string, end: string) => `${user}|${Date.parse(start)}|${Date.parse(end)}`;
  const have = new Set(present.map((o) => key(o.user, o.start, o.end)));
  const wanted = new Map<string, ShadowRecord>();
  for (const shadow of shadows) wanted.set(key(shadow.mentee, shadow.start, shadow.end), shadow);
  const describe = (shadow: ShadowRecord) =>
    `override on "${schedule.name}": ${shadow.mentee} (shadowing ${shadow.mentor}) ${shadow.start} to ${shadow.end}`;
  const missing = [...wanted].filter(([k]) => !have.has(k)).map(([, shadow]) => shadow);
  result.existing.push(...[...wanted].filter(([k]) => have.has(k)).map(([, shadow]) => describe(shadow)));
  if (missing.length === 0) return;
  await writes.createOverrides(
    schedule.id,
    missing.map((shadow) => ({ user: shadow.mentee, start: shadow.start, end: shadow.end })),
    ctx,
  );
  result.created.push(...missing.map(describe));
}

/**
 * One group per team: the shadowed schedule's team (team.yaml, else PagerDuty's), else the mentor's, else the
 * mentee's; a schedule with none of them gets a shadow schedule of its own, named after it.
 */
async function groupByTeam(
  shadows: readonly ShadowRecord[],
  team: TeamDirectory,
  listSchedules: () => Promise<ScheduleSummary[]>,
): Promise<ShadowGroup[]> {
  let summaries: ScheduleSummary[] | null = null;
  const groups = new Map<string, ShadowGroup>();
  for (const shadow of shadows) {
    const known: Schedule | undefined = team.schedules.find(
      (s) => s.id === shadow.schedule || s.pagerdutyId === shadow.schedule,
    );
    let summary: ScheduleSummary | undefined;
    if (!known) {
      summaries ??= await listSchedules();
      summary = summaries.find((s) => s.id === shadow.schedule);
    }
    const engineer = (id: string) => team.engineers.find((e) => e.id === id);
    const teamId =
      known?.team ?? summary?.team ?? engineer(shadow.mentor)?.team ?? engineer(shadow.mentee)?.team ?? null;
    const teamName = teamId === null ? null : (team.teams.find((t) => t.id === teamId)?.name ?? teamId);
    const name = shadowScheduleName(teamName ?? known?.name ?? summary?.name ?? shadow.schedule);
    const group = groups.get(name) ?? {
      name,
      timeZone: known?.timeZone ?? summary?.timeZone ?? "UTC",
      shadows: [],
    };
    group.shadows.push(shadow);
    groups.set(name, group);
  }
  return [...groups.values()];
}
