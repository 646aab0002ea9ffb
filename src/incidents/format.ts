// Small text helpers shared by the summary and the digest: durations, clock times, bounded strings.

/** "45 s", "42 min", "3 h 05 min", "2 d 4 h": the two largest units are enough to read at a glance. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, "0")} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** "2026-11-24 12:03 UTC". */
export function formatInstant(at: string): string {
  return `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
}

/** "12:03" when on the same UTC day as `reference`, else "11-25 12:03". */
export function formatClock(at: string, reference: string): string {
  return at.slice(0, 10) === reference.slice(0, 10)
    ? at.slice(11, 16)
    : `${at.slice(5, 10)} ${at.slice(11, 16)}`;
}

export { byteLength, clip, plural } from "../lib/text.js";
