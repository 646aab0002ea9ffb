// Input and output of oncall_load. Terse, and plain numbers without bounds: every tool shares one tools/list budget.
import { z } from "zod";
import { instantField } from "../lib/dates.js";
import { idField } from "../lib/input-coercion.js";
import { DEFAULT_THRESHOLDS } from "./types.js";

const ids = (what: string) =>
  z
    .array(idField(z.string().max(100)))
    .max(200)
    .optional()
    .describe(what);

export const oncallLoadInput = z.object({
  since: instantField("Start; default 28 days before until.").optional(),
  until: instantField("End (exclusive); default now.").optional(),
  scheduleIds: ids("Count only these schedules and their people"),
  teamIds: ids("Only engineers of these teams"),
  engineers: ids("Only these engineer ids, even if unloaded"),
  thresholds: z
    .strictObject({
      sleepPagesIn7Days: z.number().min(1).default(DEFAULT_THRESHOLDS.sleepPagesIn7Days),
      streakDays: z.number().min(1).default(DEFAULT_THRESHOLDS.streakDays),
      onCallShare: z.number().gt(0).max(1).default(DEFAULT_THRESHOLDS.onCallShare),
    })
    .optional()
    .describe("Flag at or above"),
});

const n = () => z.number();

export const oncallLoadOutput = z.object({
  since: z.string(),
  until: z.string(),
  engineers: z
    .array(
      z.object({
        engineer: z.object({ id: z.string(), name: z.string(), timeZone: z.string() }),
        hoursOnCall: n(),
        incidentsAcknowledged: n(),
        incidentsResolved: n(),
        pages: n(),
        notifications: n(),
        afterHoursPages: n(),
        sleepHourPages: n(),
        longestOnCallStreakDays: n(),
        weekendHoursOnCall: n(),
      }),
    )
    .describe("Most loaded first"),
  team: z.object({
    totals: z.object({
      hoursOnCall: n(),
      pages: n(),
      notifications: n(),
      afterHoursPages: n(),
      sleepHourPages: n(),
    }),
    fairness: z.object({ afterHoursPagesGini: n(), hoursOnCallGini: n() }),
    flags: z.array(z.object({ engineer: z.string(), reason: z.string() })),
  }),
});

export type OncallLoadOutput = z.input<typeof oncallLoadOutput>;
