// The shape of team.yaml as users write it (docs/workspace.md), before defaults and cross-references are applied.
import { z } from "zod";
import { SHADOW_ROLES, STAGES } from "../../model.js";

export const ID_PATTERN = /^[a-z0-9._-]+$/;

const id = z.string().regex(ID_PATTERN);
const text = z.string().min(1);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const weekday = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
/** Dates and date-times are checked after parsing, where the message can say which form was meant. */
const dateText = z.string().min(1);

const interval = { start: dateText, end: dateText };
const count = z.number().int().min(0).max(100);

export const teamFileSchema = z.strictObject({
  version: z.literal(1).nullish(),
  asOf: dateText.nullish(),
  teams: z.array(z.strictObject({ id, name: text, pagerdutyId: text.nullish() })).nullish(),
  engineers: z.array(
    z.strictObject({
      id,
      name: text,
      email: z
        .string()
        .regex(/^[^@\s]+@[^@\s]+$/)
        .nullish(),
      timeZone: text,
      level: z.enum(["junior", "mid", "senior", "staff"]),
      mentor: z.boolean().nullish(),
      mentee: z.boolean().nullish(),
      skills: z.array(id).nullish(),
      learning: z.array(id).nullish(),
      workingHours: z
        .strictObject({ start: clock.nullish(), end: clock.nullish(), days: z.array(weekday).nullish() })
        .nullish(),
      unavailable: z.array(z.strictObject({ ...interval, reason: z.string().nullish() })).nullish(),
      team: id.nullish(),
      pagerdutyId: text.nullish(),
      stage: z.enum(STAGES).nullish(),
    }),
  ),
  services: z
    .array(
      z.strictObject({
        id,
        name: text,
        runbook: text.nullish(),
        pagerdutyId: text.nullish(),
        team: id.nullish(),
      }),
    )
    .nullish(),
  schedules: z
    .array(
      z.strictObject({
        id,
        name: text,
        timeZone: text,
        services: z.array(id).nullish(),
        rotation: z
          .strictObject({
            start: dateText,
            length: z.string().regex(/^[1-9]\d*[hdw]$/),
            users: z.array(id).min(1),
          })
          .nullish(),
        overrides: z.array(z.strictObject({ user: id, ...interval })).nullish(),
        pagerdutyId: text.nullish(),
        team: id.nullish(),
      }),
    )
    .nullish(),
  shadowHistory: z
    .array(
      z.strictObject({
        mentee: id,
        mentor: id,
        schedule: id,
        ...interval,
        role: z.enum(SHADOW_ROLES).nullish(),
      }),
    )
    .nullish(),
  readiness: z
    .strictObject({
      shadowShifts: count.nullish(),
      incidentsSeen: count.nullish(),
      drills: count.nullish(),
      reverseShadowShifts: count.nullish(),
      incidentsHandled: count.nullish(),
    })
    .nullish(),
  drillHistory: z
    .array(
      z.strictObject({
        mentee: id,
        incident: z.union([text, z.number().int().positive()]),
        service: id,
        at: dateText,
        runBy: id.nullish(),
        notes: z.string().nullish(),
      }),
    )
    .nullish(),
});

export type TeamFile = z.output<typeof teamFileSchema>;

const DATE_TIME_HINT = "write a date-time with an offset or Z, such as 2026-11-20T17:00:00-08:00";
const UNAVAILABLE_HINT =
  "write a date such as 2026-12-21 or a date-time with an offset such as 2026-12-03T13:00:00Z";
const ID_HINT = 'use lower-case letters, digits, ".", "_" or "-"';

/** What to write, by field (list indexes left out), for messages about a missing or malformed value. */
export const FIELD_HINTS: Record<string, string> = {
  version: "write 1, or leave it out",
  asOf: DATE_TIME_HINT,
  "teams.id": ID_HINT,
  "engineers.id": ID_HINT,
  "engineers.email": "write an address such as alice@example.com",
  "engineers.timeZone": "use an IANA zone such as America/Los_Angeles",
  "engineers.level": "use junior, mid, senior or staff",
  "engineers.mentor": "write true or false",
  "engineers.mentee": "write true or false",
  "engineers.skills": "list service ids",
  "engineers.learning": "list service ids",
  "engineers.workingHours.start": 'write a time such as "09:00"',
  "engineers.workingHours.end": 'write a time such as "17:00"',
  "engineers.workingHours.days": "list days as mon, tue, wed, thu, fri, sat, sun",
  "engineers.unavailable.start": UNAVAILABLE_HINT,
  "engineers.unavailable.end": UNAVAILABLE_HINT,
  "services.id": ID_HINT,
  "schedules.id": ID_HINT,
  "schedules.timeZone": "use an IANA zone such as America/Los_Angeles",
  "schedules.services": "list service ids",
  "schedules.rotation.start": 'write a local date-time such as "2026-11-02T09:00"',
  "schedules.rotation.length": "write Nh, Nd or Nw, such as 12h, 1d or 1w",
  "schedules.rotation.users": "list engineer ids in rotation order",
  "schedules.overrides.user": "write an engineer id",
  "schedules.overrides.start": DATE_TIME_HINT,
  "schedules.overrides.end": DATE_TIME_HINT,
  "shadowHistory.mentee": "write an engineer id",
  "shadowHistory.mentor": "write an engineer id",
  "shadowHistory.schedule": "write a schedule id",
  "shadowHistory.start": DATE_TIME_HINT,
  "shadowHistory.end": DATE_TIME_HINT,
  "shadowHistory.role": "use shadow or reverse-shadow",
  "engineers.stage": "use shadow, reverse-shadow, on-call-with-backup or on-call",
  "readiness.shadowShifts": "write a whole number from 0 to 100",
  "readiness.incidentsSeen": "write a whole number from 0 to 100",
  "readiness.drills": "write a whole number from 0 to 100",
  "readiness.reverseShadowShifts": "write a whole number from 0 to 100",
  "readiness.incidentsHandled": "write a whole number from 0 to 100",
  "drillHistory.mentee": "write an engineer id",
  "drillHistory.incident": "write the incident's id or number",
  "drillHistory.service": "write a service id",
  "drillHistory.at": DATE_TIME_HINT,
  "drillHistory.runBy": "write an engineer id",
};
