// oncall_load: what the tool does when called, loaded on its first call.

import { resolveWindow } from "../lib/dates.js";
import { NotFoundError } from "../lib/errors.js";
import { mapBounded } from "../lib/map-bounded.js";
import type { FetchContext, IncidentSource } from "../ports/sources.js";
import type { ToolHandler } from "../ports/tool.js";
import { fetchOncallLoads } from "./fetch-loads.js";
import { byLoadDescending } from "./load-ranking.js";
import { carriers, handledIncidents, INCIDENTS_NAMED, type IncidentLabel } from "./recognition.js";
import { renderLoadReport } from "./render-load.js";
import type { OncallLoadOutput, oncallLoadInput, oncallLoadOutput } from "./schema.js";
import { summariseTeam } from "./team-load.js";
import { DEFAULT_THRESHOLDS, type EngineerLoad, type TeamLoad } from "./types.js";

/** A quarter: long enough for a rotation's fairness to show, short enough to read as one paged log stream. */
const MAX_WINDOW_DAYS = 90;
const DEFAULT_WINDOW_DAYS = 28;

/** Incident reads in flight at once, for the recognition's incident numbers. */
const LABEL_READS_IN_FLIGHT = 4;

const round = (value: number, places: number) => Number(value.toFixed(places));

/** Number and title of the incidents a recognition names; one read each, a few at most. */
async function incidentLabels(
  source: IncidentSource,
  ids: readonly string[],
  fetch: FetchContext,
): Promise<Map<string, IncidentLabel>> {
  const found = await mapBounded([...new Set(ids)], LABEL_READS_IN_FLIGHT, async (id) => {
    try {
      const incident = await source.getIncident(id, fetch);
      return [id, { number: incident.number, title: incident.title }] as const;
    } catch (error) {
      // A deleted incident is named by its id instead.
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  });
  return new Map(found.filter((entry) => entry !== null));
}

function toOutput(
  window: { since: Date; until: Date },
  loads: EngineerLoad[],
  team: TeamLoad,
): OncallLoadOutput {
  return {
    since: window.since.toISOString(),
    until: window.until.toISOString(),
    engineers: loads.map((load) => ({
      engineer: load.engineer,
      hoursOnCall: round(load.hoursOnCall, 1),
      incidentsAcknowledged: load.incidentsAcknowledged,
      incidentsResolved: load.incidentsResolved,
      pages: load.pages,
      notifications: load.notifications,
      afterHoursPages: load.afterHoursPages,
      sleepHourPages: load.sleepHourPages,
      longestOnCallStreakDays: load.longestOnCallStreakDays,
      weekendHoursOnCall: round(load.weekendHoursOnCall, 1),
    })),
    team: {
      totals: {
        hoursOnCall: round(team.totals.hoursOnCall, 1),
        pages: team.totals.pages,
        notifications: team.totals.notifications,
        afterHoursPages: team.totals.afterHoursPages,
        sleepHourPages: team.totals.sleepHourPages,
      },
      fairness: {
        afterHoursPagesGini: round(team.fairness.afterHoursPagesGini, 3),
        hoursOnCallGini: round(team.fairness.hoursOnCallGini, 3),
      },
      flags: team.flags.map(({ engineer, reason }) => ({ engineer, reason })),
    },
  };
}

export const handle: ToolHandler<typeof oncallLoadInput, typeof oncallLoadOutput> = async (input, ctx) => {
  const window = resolveWindow(input.since, input.until, {
    now: ctx.now,
    defaultDays: DEFAULT_WINDOW_DAYS,
    maxDays: MAX_WINDOW_DAYS,
  });
  const thresholds = { ...DEFAULT_THRESHOLDS, ...input.thresholds };
  const fetch: FetchContext = { signal: ctx.signal, requests: ctx.requests };
  const { loads } = await fetchOncallLoads({ sources: ctx.sources, team: ctx.team, fetch }, window, {
    scheduleIds: input.scheduleIds,
    teamIds: input.teamIds,
    engineerIds: input.engineers,
  });
  loads.sort(byLoadDescending);
  const team = summariseTeam(loads, window, thresholds);
  const recognised = carriers(loads);
  const named = recognised.flatMap((load) => handledIncidents(load).slice(0, INCIDENTS_NAMED));
  const incidents = await incidentLabels(ctx.sources.incidents, named, fetch);
  return {
    structured: toOutput(window, loads, team),
    markdown: renderLoadReport({ window, thresholds, loads, team, carriers: recognised, incidents }),
  };
};
