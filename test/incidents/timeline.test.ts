import { describe, expect, it } from "vitest";
import { condenseTimeline, selectTelling } from "../../src/incidents/timeline.js";
import { alice, bob, carol, logEntry, note } from "../builders/index.js";
import { checkoutIncidentLog } from "./fixtures.js";

describe("condenseTimeline", () => {
  it("folds runs of notifications into one line and keeps every state change", () => {
    const items = condenseTimeline(checkoutIncidentLog());
    expect(items.map(({ at, kind, summary, count }) => [at.slice(11, 19), kind, summary, count])).toEqual([
      ["10:00:00", "trigger", "Triggered through the API", 1],
      ["10:00:00", "assign", "Assigned to Alice Chen", 1],
      ["10:00:05", "notify", "Notified Alice Chen (sms, push, phone): 3 notifications 10:00–10:05", 3],
      ["10:15:00", "escalate", "Escalated to level 2 (Bob Li)", 1],
      ["10:15:01", "notify", "Notified Bob Li (sms)", 1],
      ["10:17:30", "acknowledge", "Acknowledged by Bob Li", 1],
      ["10:20:00", "assign", "Assigned to Carol Diaz by Bob Li", 1],
      ["10:20:01", "notify", "Notified Carol Diaz (push)", 1],
      ["10:25:00", "acknowledge", "Acknowledged by Carol Diaz", 1],
      [
        "10:40:00",
        "annotate",
        "Note by Carol Diaz: Rolled back deploy 3f2a9c1; error rate back to normal. db password=[REDACTED:password]",
        1,
      ],
      ["10:42:00", "resolve", "Resolved by Carol Diaz", 1],
    ]);
    expect(items[5]!.actor).toEqual({ id: "bob", name: "Bob Li" });
  });

  it("folds notifications to many people, naming three", () => {
    const people = ["a", "b", "c", "d", "e"].map((id) => ({ id, name: id.toUpperCase(), known: false }));
    const entries = people.map((person) =>
      logEntry("notify", "2026-11-24T10:00:00Z", { targets: [person], channel: "email" }),
    );
    expect(condenseTimeline(entries)[0]!.summary).toBe(
      "Notified A (email), B (email), C (email) and 2 others: 5 notifications",
    );
  });

  it("folds identical consecutive system messages but not across a state change", () => {
    const entries = [
      logEntry("reach_trigger_limit", "2026-11-24T10:00:00Z", { summary: "Trigger limit reached" }),
      logEntry("reach_trigger_limit", "2026-11-24T10:01:00Z", { summary: "Trigger limit reached" }),
      logEntry("reach_trigger_limit", "2026-11-24T10:02:00Z", { summary: "Trigger limit reached" }),
      logEntry("acknowledge", "2026-11-24T10:03:00Z", { actor: alice }),
      logEntry("reach_trigger_limit", "2026-11-24T10:04:00Z", { summary: "Trigger limit reached" }),
    ];
    expect(condenseTimeline(entries).map((item) => [item.kind, item.count])).toEqual([
      ["reach_trigger_limit", 3],
      ["acknowledge", 1],
      ["reach_trigger_limit", 1],
    ]);
  });

  it("uses notes as annotations when the log has none, in time order", () => {
    const entries = [
      logEntry("trigger", "2026-11-24T10:00:00Z", { summary: "Triggered" }),
      logEntry("resolve", "2026-11-24T11:00:00Z", { actor: bob }),
    ];
    const notes = [note("2026-11-24T10:30:00Z", "Restarted the consumer", { author: carol })];
    expect(condenseTimeline(entries, notes).map((item) => item.summary)).toEqual([
      "Triggered",
      "Note by Carol Diaz: Restarted the consumer",
      "Resolved by Bob Li",
    ]);
  });
});

describe("selectTelling", () => {
  it("keeps the first trigger, final resolve, what people wrote, the first acknowledgement, then escalations, in time order", () => {
    const items = condenseTimeline(checkoutIncidentLog());
    const { items: kept, omitted } = selectTelling(items, 5);
    expect(kept.map((item) => item.summary)).toEqual([
      "Triggered through the API",
      "Escalated to level 2 (Bob Li)",
      "Acknowledged by Bob Li",
      "Note by Carol Diaz: Rolled back deploy 3f2a9c1; error rate back to normal. db password=[REDACTED:password]",
      "Resolved by Carol Diaz",
    ]);
    expect(omitted).toBe(6);
  });

  it("samples a long run of equally telling lines evenly instead of keeping the earliest", () => {
    const entries = [logEntry("trigger", "2026-11-24T00:00:00Z", { summary: "Triggered" })];
    for (let hour = 1; hour <= 9; hour++) {
      entries.push(logEntry("escalate", `2026-11-24T0${hour}:00:00Z`, { escalationLevel: hour }));
    }
    const { items: kept, omitted } = selectTelling(condenseTimeline(entries), 4);
    expect(kept.map((item) => item.summary)).toEqual([
      "Triggered",
      "Escalated to level 1",
      "Escalated to level 5",
      "Escalated to level 9",
    ]);
    expect(omitted).toBe(6);
  });

  it("keeps everything under the limit", () => {
    const items = condenseTimeline(checkoutIncidentLog());
    expect(selectTelling(items, 15)).toEqual({ items, omitted: 0 });
  });
});
