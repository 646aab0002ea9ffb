// Records a shadow rotation in PagerDuty: per team one schedule named "Shadow — <team>" (found by name, or created).
// A shadow is an override on it putting the mentee on call for the shadowed shift: added to a level of the team's
// escalation policy, that schedule pages the mentee alongside the mentor. A reverse shadow changes who is paged
// first: an override on the shadowed schedule itself puts the mentee on call in the mentor's place (an escalation
// level pages whoever its schedules have on call, overrides included), and one on the Shadow schedule puts the mentor
// beside them. Idempotent: an override with the same person and times on the same schedule is not made twice.
// Undoing deletes exactly those overrides (same schedule, person and times), and nothing else.
import type { Schedule, ShadowRecord, TeamDirectory } from "../../model.js";
import type {
  FetchContext,
  ScheduleSource,
  ScheduleSummary,
  ShadowRecorder,
  ShadowRecording,
  ShadowRemoval,
  ShadowRotation,
  TeamSource,
} from "../../ports/sources.js";
import type { PagerDutyScheduleRef, PagerDutyScheduleWrites, ScheduleOverride } from "./schedule-writes.js";

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

/** One override this server wants on one schedule, with the phrase that reports it (given its id, once known). */
interface WantedOverride {
  user: string;
  start: string;
  end: string;
  describe: (id: string | null) => string;
}

interface Layout {
  groups: ShadowGroup[];
  /** Reverse shadows by the shadowed schedule (the id the pairing names). */
  reverseBySchedule: Map<string, ShadowRecord[]>;
  scheduleName: (id: string) => string;
}

export function createPagerDutyShadowRecorder(deps: {
  writes: PagerDutyScheduleWrites;
  schedules: ScheduleSource;
  team: TeamSource;
}): ShadowRecorder {
  return {
    reverseShadowChangesPaging: true,

    async recordShadowRotation(rotation: ShadowRotation, ctx?: FetchContext): Promise<ShadowRecording> {
      const layout = await layoutOf(rotation.shadows, deps, ctx);
      const result: ShadowRecording = { mode: "pagerduty", created: [], existing: [], pagingChanges: [] };
      // The Shadow schedules first, so a reverse shadow's backup is in place before the mentee is put first.
      const backups = new Map<ShadowRecord, ScheduleOverride>();
      for (const group of layout.groups) {
        const schedule = await findOrCreateSchedule(deps.writes, group, result, ctx);
        const wanted = shadowScheduleOverrides(group, schedule.name, layout);
        const placed = await ensureOverrides(deps.writes, schedule.id, wanted, result, ctx);
        for (const shadow of group.shadows.filter(isReverse)) {
          const backup = placed.get(backupKey(shadow));
          if (backup) backups.set(shadow, backup.override);
        }
      }
      for (const [scheduleId, shadows] of layout.reverseBySchedule) {
        const name = layout.scheduleName(scheduleId);
        const wanted = shadows.map((shadow) => menteeFirst(shadow, name));
        const placed = await ensureOverrides(deps.writes, scheduleId, wanted, result, ctx);
        for (const shadow of shadows) {
          const first = placed.get(menteeKey(shadow));
          result.pagingChanges.push({
            shadow,
            scheduleName: name,
            state: first?.made ? "made" : "already",
            overrideId: first?.override.id ?? null,
            backupOverrideId: backups.get(shadow)?.id ?? null,
          });
        }
      }
      return result;
    },

    async undoShadowRotation(
      rotation: ShadowRotation,
      now: Date,
      ctx?: FetchContext,
    ): Promise<ShadowRemoval> {
      const layout = await layoutOf(rotation.shadows, deps, ctx);
      const result: ShadowRemoval = { mode: "pagerduty", removed: [], notRemoved: [], pagingChanges: [] };
      // The shadowed schedules first: the mentee stops being paged first before their backup goes.
      const firsts = new Map<ShadowRecord, Removal>();
      for (const [scheduleId, shadows] of layout.reverseBySchedule) {
        const wanted = shadows.map((shadow) => menteeFirst(shadow, layout.scheduleName(scheduleId)));
        const removals = await removeOverrides(deps.writes, scheduleId, wanted, now, result, ctx);
        for (const shadow of shadows) firsts.set(shadow, removals.get(menteeKey(shadow)) ?? ABSENT);
      }
      const backups = new Map<ShadowRecord, Removal>();
      for (const group of layout.groups) {
        const schedule = await deps.writes.findScheduleByName(group.name, ctx);
        if (!schedule) {
          result.notRemoved.push(`PagerDuty schedule "${group.name}": not there, nor any override on it`);
          continue;
        }
        const wanted = shadowScheduleOverrides(group, schedule.name, layout);
        const removals = await removeOverrides(deps.writes, schedule.id, wanted, now, result, ctx);
        for (const shadow of group.shadows.filter(isReverse)) {
          backups.set(shadow, removals.get(backupKey(shadow)) ?? ABSENT);
        }
      }
      for (const [shadow, first] of firsts) {
        result.pagingChanges.push({
          shadow,
          scheduleName: layout.scheduleName(shadow.schedule),
          state: first.outcome,
          overrideId: first.id,
          backupOverrideId: backups.get(shadow)?.id ?? null,
        });
      }
      return result;
    },
  };
}

function isReverse(shadow: ShadowRecord): boolean {
  return shadow.role === "reverse-shadow";
}

function overrideKey(user: string, start: string, end: string): string {
  return `${user}|${Date.parse(start)}|${Date.parse(end)}`;
}

/** A reverse shadow's override on the shadowed schedule (and a shadow's on the Shadow schedule): the mentee's. */
const menteeKey = (shadow: ShadowRecord) => overrideKey(shadow.mentee, shadow.start, shadow.end);
/** A reverse shadow's override on the Shadow schedule: the mentor's. */
const backupKey = (shadow: ShadowRecord) => overrideKey(shadow.mentor, shadow.start, shadow.end);

function overrideRef(id: string | null, scheduleName: string): string {
  return `override ${id ? `${id} ` : ""}on "${scheduleName}"`;
}

/** On the Shadow schedule: each shadow's mentee, and each reverse shadow's mentor (the backup). */
function shadowScheduleOverrides(group: ShadowGroup, scheduleName: string, layout: Layout): WantedOverride[] {
  return group.shadows.map((shadow) => {
    const { start, end } = shadow;
    if (!isReverse(shadow)) {
      return {
        user: shadow.mentee,
        start,
        end,
        describe: (id) =>
          `${overrideRef(id, scheduleName)}: ${shadow.mentee} (shadowing ${shadow.mentor}) ${start} to ${end}`,
      };
    }
    const shadowed = layout.scheduleName(shadow.schedule);
    return {
      user: shadow.mentor,
      start,
      end,
      describe: (id) =>
        `${overrideRef(id, scheduleName)}: ${shadow.mentor} backs up ${shadow.mentee} (reverse shadow on "${shadowed}") ${start} to ${end}`,
    };
  });
}

/** On the shadowed schedule itself: the reverse shadow's mentee, in the mentor's place. */
function menteeFirst(shadow: ShadowRecord, scheduleName: string): WantedOverride {
  const { start, end } = shadow;
  return {
    user: shadow.mentee,
    start,
    end,
    describe: (id) =>
      `${overrideRef(id, scheduleName)}: ${shadow.mentee} paged first instead of ${shadow.mentor} (reverse shadow) ${start} to ${end}`,
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

/** The overrides on one schedule, found or made, by overrideKey; each reported once as created or existing. */
async function ensureOverrides(
  writes: PagerDutyScheduleWrites,
  scheduleId: string,
  wanted: readonly WantedOverride[],
  report: { created: string[]; existing: string[] },
  ctx?: FetchContext,
): Promise<Map<string, { override: ScheduleOverride; made: boolean }>> {
  const placed = new Map<string, { override: ScheduleOverride; made: boolean }>();
  if (wanted.length === 0) return placed;
  const unique = uniqueWanted(wanted);
  const present = await listCovering(writes, scheduleId, wanted, ctx);
  const missing: WantedOverride[] = [];
  for (const [key, want] of unique) {
    const found = present.find((o) => overrideKey(o.user, o.start, o.end) === key);
    if (found) {
      placed.set(key, { override: found, made: false });
      report.existing.push(want.describe(found.id));
    } else missing.push(want);
  }
  if (missing.length === 0) return placed;
  const made = await writes.createOverrides(
    scheduleId,
    missing.map(({ user, start, end }) => ({ user, start, end })),
    ctx,
  );
  for (const want of missing) {
    const key = overrideKey(want.user, want.start, want.end);
    const override = made.find((o) => overrideKey(o.user, o.start, o.end) === key) ?? {
      id: null,
      user: want.user,
      start: want.start,
      end: want.end,
    };
    placed.set(key, { override, made: true });
    report.created.push(want.describe(override.id));
  }
  return placed;
}

interface Removal {
  outcome: "removed" | "ended" | "past" | "absent";
  /** The override found (the last, if several), else null. */
  id: string | null;
}

const ABSENT: Removal = { outcome: "absent", id: null };

/** Deletes the overrides on one schedule that are exactly the wanted ones; by overrideKey, what became of each. */
async function removeOverrides(
  writes: PagerDutyScheduleWrites,
  scheduleId: string,
  wanted: readonly WantedOverride[],
  now: Date,
  result: ShadowRemoval,
  ctx?: FetchContext,
): Promise<Map<string, Removal>> {
  const outcomes = new Map<string, Removal>();
  if (wanted.length === 0) return outcomes;
  const present = await listCovering(writes, scheduleId, wanted, ctx);
  for (const [key, want] of uniqueWanted(wanted)) {
    // Every copy goes: two calls racing may each have made one.
    const matches = present.filter((o) => o.id !== null && overrideKey(o.user, o.start, o.end) === key);
    let outcome: Removal["outcome"] = "absent";
    let id: string | null = null;
    for (const match of matches) {
      id = match.id;
      if (Date.parse(match.end) <= now.getTime()) {
        outcome = outcome === "absent" ? "past" : outcome;
        result.notRemoved.push(`${want.describe(match.id)}: over, and PagerDuty keeps past overrides`);
        continue;
      }
      if (!(await writes.deleteOverride(scheduleId, match.id!, ctx))) continue;
      const started = Date.parse(match.start) < now.getTime();
      outcome = started ? "ended" : "removed";
      result.removed.push(
        started
          ? `${want.describe(match.id)}: under way, so PagerDuty ended it now`
          : want.describe(match.id),
      );
    }
    if (outcome === "absent") result.notRemoved.push(`${want.describe(null)}: not there`);
    outcomes.set(key, { outcome, id });
  }
  return outcomes;
}

function uniqueWanted(wanted: readonly WantedOverride[]): Map<string, WantedOverride> {
  const unique = new Map<string, WantedOverride>();
  for (const want of wanted) {
    const key = overrideKey(want.user, want.start, want.end);
    if (!unique.has(key)) unique.set(key, want);
  }
  return unique;
}

/** The schedule's overrides over the span of the wanted ones. */
function listCovering(
  writes: PagerDutyScheduleWrites,
  scheduleId: string,
  wanted: readonly WantedOverride[],
  ctx?: FetchContext,
): Promise<ScheduleOverride[]> {
  const since = new Date(Math.min(...wanted.map((w) => Date.parse(w.start)))).toISOString();
  const until = new Date(Math.max(...wanted.map((w) => Date.parse(w.end)))).toISOString();
  return writes.listOverrides(scheduleId, since, until, ctx);
}

/**
 * Where each shadow goes: its team's Shadow schedule group (groupByTeam), and for reverse shadows the shadowed
 * schedule itself, by the id the pairing names (team.yaml's, mapped to its pagerdutyId by schedule-writes).
 */
async function layoutOf(
  shadows: readonly ShadowRecord[],
  deps: { schedules: ScheduleSource; team: TeamSource },
  ctx?: FetchContext,
): Promise<Layout> {
  const team = await deps.team.load(ctx);
  let summaries: Promise<ScheduleSummary[]> | null = null;
  const listSchedules = () => {
    summaries ??= deps.schedules.listSchedules(ctx);
    return summaries;
  };
  const groups = await groupByTeam(shadows, team, listSchedules);
  const names = new Map<string, string>();
  const reverseBySchedule = new Map<string, ShadowRecord[]>();
  for (const shadow of shadows.filter(isReverse)) {
    const known = team.schedules.find((s) => s.id === shadow.schedule || s.pagerdutyId === shadow.schedule);
    const name = known?.name ?? (await listSchedules()).find((s) => s.id === shadow.schedule)?.name;
    names.set(shadow.schedule, name ?? shadow.schedule);
    reverseBySchedule.set(shadow.schedule, [...(reverseBySchedule.get(shadow.schedule) ?? []), shadow]);
  }
  return {
    groups,
    reverseBySchedule,
    scheduleName: (id: string) => names.get(id) ?? id,
  };
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
  const groups = new Map<string, ShadowGroup>();
  for (const shadow of shadows) {
    const known: Schedule | undefined = team.schedules.find(
      (s) => s.id === shadow.schedule || s.pagerdutyId === shadow.schedule,
    );
    let summary: ScheduleSummary | undefined;
    if (!known) summary = (await listSchedules()).find((s) => s.id === shadow.schedule);
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
