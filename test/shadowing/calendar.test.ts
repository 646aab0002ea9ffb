import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, pairingUid, renderCalendar } from "../../src/shadowing/plan/calendar.js";
import type { Pairing } from "../../src/shadowing/plan/plan-types.js";

const pairing: Pairing = {
  mentee: { id: "erin", name: "Erin Li", timeZone: "America/New_York" },
  mentor: { id: "alice", name: "Alice Chen", timeZone: "Europe/London" },
  schedule: { id: "payments", name: "Payments, primary" },
  // Across the end of US daylight saving: New York is UTC-4 at the start and UTC-5 at the end.
  start: "2026-10-31T16:00:00.000Z",
  end: "2026-11-02T16:00:00.000Z",
  overlapHours: 5,
  services: ["payments-api", "ledger"],
  score: 4,
  reasons: [
    "covers payments-api, which Erin wants to learn",
    "first shadow with Alice Chen; first time on ledger",
  ],
};
const second: Pairing = {
  ...pairing,
  mentee: { id: "zoë", name: "Zoë Ñúñez", timeZone: "Asia/Tokyo" },
  start: "2026-11-05T09:00:00.000Z",
  end: "2026-11-06T09:00:00.000Z",
};
const people = new Map([
  ["erin", { email: "erin@example.com" }],
  ["alice", { email: "alice@example.com" }],
  ["zoë", { email: null }],
]);
const text = renderCalendar([pairing, second], people, new Date("2026-10-20T12:34:56Z"));

describe("renderCalendar", () => {
  it("writes RFC 5545 lines: CRLF endings, at most 75 octets, continuations starting with a space", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.split("\r\n").slice(0, -1);
    expect(lines.every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
  });

  it("parses back with ical.js into one event per pairing, in UTC, with both people invited", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(2);
    const [first, next] = events as [ICAL.Event, ICAL.Event];
    expect(first.startDate.toJSDate().toISOString()).toBe(pairing.start);
    expect(first.endDate.toJSDate().toISOString()).toBe(pairing.end);
    expect(first.startDate.zone?.tzid).toBe("UTC");
    expect(first.uid).toBe(pairingUid(pairing));
    expect(first.summary).toBe("Shadow on-call: Erin Li with Alice Chen (Payments, primary)");
    expect(first.attendees.map((a) => [a.getParameter("cn"), a.getFirstValue()])).toEqual([
      ["Erin Li", "mailto:erin@example.com"],
      ["Alice Chen", "mailto:alice@example.com"],
    ]);
    expect(first.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-10-20T12:34:56Z");
    expect(next.attendees[0]!.getFirstValue()).toBe("urn:oncall-mentor-mcp:engineer:zo%C3%AB");
    expect(next.attendees[0]!.getParameter("cn")).toBe("Zoë Ñúñez");
  });

  it("shows each person's own clock in the description, daylight saving included", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const description = calendar.getFirstSubcomponent("vevent")!.getFirstPropertyValue("description");
    expect(description).toBe(
      [
        "Erin Li shadows Alice Chen, on call for Payments, primary.",
        "Erin Li (America/New_York): Sat 31 Oct 2026 12:00 GMT-4 – Mon 2 Nov 2026 11:00 GMT-5",
        "Alice Chen (Europe/London): Sat 31 Oct 2026 16:00 GMT – Mon 2 Nov 2026 16:00 GMT",
        "Services: payments-api, ledger",
        "Why: covers payments-api, which Erin wants to learn; first shadow with Alice Chen; first time on ledger",
      ].join("\n"),
    );
  });

  it("keeps the same UID for the same pairing and a different one for another", () => {
    expect(pairingUid({ ...pairing, reasons: [], score: 1 })).toBe(pairingUid(pairing));
    expect(pairingUid(second)).not.toBe(pairingUid(pairing));
    expect(pairingUid(pairing)).toMatch(/^20261031T160000Z-erin-payments-[0-9a-f]{8}@oncall-mentor-mcp$/);
  });
});

describe("iCalendar text helpers", () => {
  it("escapes backslashes, semicolons, commas and newlines", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds at 75 octets without splitting a multi-byte character", () => {
    const line = `DESCRIPTION:${"é".repeat(40)}`; // 12 + 80 octets
    const parts = foldLine(line).split("\r\n");
    expect(parts.map((part) => Buffer.byteLength(part, "utf8"))).toEqual([74, 19]);
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join("")).toBe(line);
  });
});
