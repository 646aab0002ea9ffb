// ScheduleSource over team.yaml schedules, rendered locally with PagerDuty's layer semantics.
import { NotFoundError, UserInputError } from "../../lib/errors.js";
import { knownIdsPhrase } from "../../lib/known-ids.js";
import type { Shift } from "../../model.js";
import type { FetchContext, ScheduleSource, ScheduleSummary, TeamSource } from "../../ports/sources.js";
import { instantMillis } from "./incident-query.js";
import { renderSchedule } from "./rotation.js";

export class WorkspaceScheduleSource implements ScheduleSource {
  constructor(private readonly team: TeamSource) {}

  async listSchedules(ctx?: FetchContext): Promise<ScheduleSummary[]> {
    const team = await this.team.load(ctx);
    return team.schedules.map((s) => ({
      id: s.id,
      name: s.name,
      timeZone: s.timeZone,
      services: s.services,
      team: s.team,
    }));
  }

  async renderSchedule(
    scheduleId: string,
    since: string,
    until: string,
    ctx?: FetchContext,
  ): Promise<Shift[]> {
    const from = instantMillis("since", since);
    const to = instantMillis("until", until);
    if (to <= from)
      throw new UserInputError(`until ${until} is not after since ${since}; give a later until.`);
    const team = await this.team.load(ctx);
    const schedule = team.schedules.find((s) => s.id === scheduleId || s.pagerdutyId === scheduleId);
    if (!schedule) {
      throw new NotFoundError(
        `No schedule "${scheduleId}" in team.yaml; ${knownIdsPhrase(
          "schedule",
          team.schedules.map((s) => s.id),
        )}.`,
      );
    }
    return renderSchedule(schedule, new Date(from), new Date(to));
  }
}
