// The one Shift builder: who is on call on which schedule for [start, end).
import type { Shift } from "../../src/model.js";

export function shift(scheduleId: string, user: string, start: string, end: string): Shift {
  return { scheduleId, user, start, end };
}
