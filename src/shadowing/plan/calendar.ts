// The rotation as an iCalendar file (RFC 5545): one VEVENT per pairing with both people as attendees,
// times in UTC, each person's own zone spelled out in the description. Lines end in CRLF and fold at 75 octets.
import { formatInZone } from "../render/time-format.js";
import type { Pairing } from "./plan-types.js";

const PRODUCT_ID = "-//oncall-mentor-mcp//Shadow on-call rotation//EN";
const MAX_LINE_OCTETS = 75;

export interface CalendarPerson {
  email: string | null;
}

export function renderCalendar(
  pairings: readonly Pairing[],
  people: ReadonlyMap<string, CalendarPerson>,
  now: Date,
): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODUCT_ID}`,
    "CALSCALE:GREGORIAN",
    "X-WR-CALNAME:Shadow on-call rotation",
  ];
  for (const pairing of pairings) lines.push(...eventLines(pairing, people, now));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** The same pairing always gets the same UID, so a re-imported plan updates events instead of doubling them. */
export function pairingUid(pairing: Pairing): string {
  const key = [pairing.mentee.id, pairing.mentor.id, pairing.schedule.id, pairing.start, pairing.end].join(
    "|",
  );
  const readable = `${utcStamp(new Date(pairing.start))}-${pairing.mentee.id}-${pairing.schedule.id}`.replace(
    /[^A-Za-z0-9._-]/g,
    "_",
  );
  return `${readable}-${fnv1a32(key)}@oncall-mentor-mcp`;
}

function eventLines(pairing: Pairing, people: ReadonlyMap<string, CalendarPerson>, now: Date): string[] {
  const start = new Date(pairing.start);
  const end = new Date(pairing.end);
  const { mentee, mentor } = pairing;
  const description = [
    `${mentee.name} shadows ${mentor.name}, on call for ${pairing.schedule.name}.`,
    `${mentee.name} (${mentee.timeZone}): ${formatInZone(start, mentee.timeZone)} – ${formatInZone(end, mentee.timeZone)}`,
    `${mentor.name} (${mentor.timeZone}): ${formatInZone(start, mentor.timeZone)} – ${formatInZone(end, mentor.timeZone)}`,
    `Services: ${pairing.services.join(", ") || "none listed"}`,
    `Why: ${pairing.reasons.join("; ")}`,
  ].join("\n");
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(pairingUid(pairing))}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${escapeText(`Shadow on-call: ${mentee.name} with ${mentor.name} (${pairing.schedule.name})`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    "CATEGORIES:Shadow on-call",
    "TRANSP:TRANSPARENT",
    attendee(mentee.id, mentee.name, people),
    attendee(mentor.id, mentor.name, people),
    "END:VEVENT",
  ];
}

function attendee(id: string, name: string, people: ReadonlyMap<string, CalendarPerson>): string {
  const email = people.get(id)?.email;
  // A cal-address must be a URI; without an e-mail address the engineer id still names the person.
  const address = email ? `mailto:${email}` : `urn:oncall-mentor-mcp:engineer:${encodeURIComponent(id)}`;
  return `ATTENDEE;CN=${quoteParameter(name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:${address}`;
}

/** "20261124T170000Z". */
export function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}/, "")
    .replace(/[-:]/g, "");
}

/** TEXT values: backslash, semicolon, comma and newline escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, "\\n");
}

/** Parameter values cannot hold a double quote or control characters; quoting covers ":", ";" and ",". */
function quoteParameter(value: string): string {
  return `"${value.replace(/["\p{Cc}]/gu, "")}"`;
}

/** Splits a content line into 75-octet lines, never inside a UTF-8 sequence; continuations start with a space. */
export function foldLine(line: string): string {
  if (line.length <= MAX_LINE_OCTETS / 4) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
