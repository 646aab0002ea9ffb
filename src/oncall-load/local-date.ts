import { instantToLocal } from "../lib/time-zones.js";

/** "YYYY-MM-DD" of the instant in the zone. */
export function localDate(instant: number | string, zone: string): string {
  const local = instantToLocal(new Date(instant), zone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.year}-${pad(local.month)}-${pad(local.day)}`;
}
