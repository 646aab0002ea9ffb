// Instants as people read them: in UTC for the table, in each person's own zone for the invitation.
import { zoneFormatters } from "../../lib/time-zones.js";

const formatterFor = zoneFormatters("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
});

/** "Tue 24 Nov 2026 09:00 GMT-8": the wall clock in `zone`, with the zone's own abbreviation or offset. */
export function formatInZone(instant: Date, zone: string): string {
  const parts = formatterFor(zone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")} ${part("hour")}:${part("minute")} ${part("timeZoneName")}`;
}

/** "2026-11-24 17:00" in UTC. */
export function formatUtcMinute(instant: Date): string {
  return instant.toISOString().slice(0, 16).replace("T", " ");
}
