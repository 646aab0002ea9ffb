// The PagerDuty schedules record_shadow_rotation makes ("Shadow — <team>", named in sources/pagerduty/shadow-recorder.ts)
// hold mentees' shadow overrides, not real on-call: they are never shadowed, never make a mentee "on call", and never
// count as anyone's own load.
const SHADOW_SCHEDULE_NAME = /^Shadow — /;

export function isShadowScheduleName(name: string): boolean {
  return SHADOW_SCHEDULE_NAME.test(name);
}

/** The schedules that are real on-call. */
export function realSchedules<T extends { name: string }>(schedules: readonly T[]): T[] {
  return schedules.filter((schedule) => !isShadowScheduleName(schedule.name));
}

/** oncall_load's scheduleIds scope for real on-call: undefined (every schedule) when there is no shadow schedule. */
export function realScheduleScope(schedules: readonly { id: string; name: string }[]): string[] | undefined {
  const real = realSchedules(schedules);
  return real.length < schedules.length ? real.map((schedule) => schedule.id) : undefined;
}
