// The story the incident tests share, built from the shared builders (test/builders).
import type { LogEntry } from "../../src/model.js";
import { alice, bob, carol, logEntry } from "../builders/index.js";

/** The story of incident #1234, told by its log: paged, escalated, handed over, rolled back. */
export function checkoutIncidentLog(): LogEntry[] {
  return [
    logEntry("trigger", "2026-11-24T10:00:00Z", { summary: "Triggered through the API", channel: "api" }),
    logEntry("assign", "2026-11-24T10:00:00Z", { targets: [alice] }),
    logEntry("notify", "2026-11-24T10:00:05Z", { targets: [alice], channel: "sms" }),
    logEntry("notify", "2026-11-24T10:00:05Z", { targets: [alice], channel: "push" }),
    logEntry("notify", "2026-11-24T10:05:00Z", { targets: [alice], channel: "phone" }),
    logEntry("escalate", "2026-11-24T10:15:00Z", { targets: [bob], escalationLevel: 2 }),
    logEntry("notify", "2026-11-24T10:15:01Z", { targets: [bob], channel: "sms" }),
    logEntry("acknowledge", "2026-11-24T10:17:30Z", { actor: bob }),
    logEntry("assign", "2026-11-24T10:20:00Z", { actor: bob, targets: [carol] }),
    logEntry("notify", "2026-11-24T10:20:01Z", { targets: [carol], channel: "push" }),
    logEntry("acknowledge", "2026-11-24T10:25:00Z", { actor: carol }),
    logEntry("annotate", "2026-11-24T10:40:00Z", {
      actor: carol,
      message: "Rolled back deploy 3f2a9c1; error rate back to normal. db password=hunter2",
    }),
    logEntry("resolve", "2026-11-24T10:42:00Z", { actor: carol, summary: "Resolved by Carol Diaz" }),
  ];
}
