// Recurring incidents: the same alert key, or the same title once the parts that change every time
// (numbers, ids, hosts, timestamps, pod suffixes) are replaced by placeholders, firing again and again.
import { redactSecrets } from "../lib/redact.js";
import type { Incident, ServiceRef } from "../model.js";

export interface RecurringPattern {
  pattern: string;
  matchedBy: "alert-key" | "title";
  alertKey: string | null;
  service: ServiceRef;
  count: number;
  incidentIds: string[];
}

const TITLE_CHARS = 300;

// Applied in order: the wider shapes first, so that a timestamp is not first broken up into numbers.
const PLACEHOLDERS: [RegExp, string][] = [
  [/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g, "{time}"],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "{id}"],
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g, "{ip}"],
  // Kubernetes pod names: <deployment>-<replicaset hash>-<5 characters>.
  [/\b([a-z][a-z0-9-]*?)-[a-z0-9]{8,10}-[a-z0-9]{5}\b/g, "$1-{pod}"],
  // Dotted host names with at least one letter: db-7.prod.internal, api.example.com.
  [/\b(?=[\w-]*[a-z])[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)+\b/gi, "{host}"],
  // Hex ids with a digit (commit shas, request ids) and vendor ids such as Q2K4GW9LZ1F0XW.
  [/\b(?=[0-9a-f]*\d)[0-9a-f]{7,}\b/gi, "{id}"],
  [/\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{10,}\b/g, "{id}"],
  [/\d+(?:\.\d+)*/g, "{n}"],
];

/** "Disk 91% full on db-7.prod.internal" → "Disk {n}% full on {host}". */
export function normalizeTitle(title: string): string {
  let text = title.slice(0, TITLE_CHARS);
  for (const [pattern, replacement] of PLACEHOLDERS) text = text.replace(pattern, replacement);
  return text.replace(/\s+/g, " ").trim();
}

interface Group {
  matchedBy: RecurringPattern["matchedBy"];
  alertKey: string | null;
  members: Incident[];
}

function collect(
  groups: Map<string, Group>,
  key: string,
  incident: Incident,
  make: () => Omit<Group, "members">,
) {
  const group = groups.get(key) ?? { ...make(), members: [] };
  group.members.push(incident);
  groups.set(key, group);
}

/**
 * Patterns seen at least `minCount` times, most frequent first. An incident joins a group of its service by its
 * alert key when another incident shares that key, else by its normalised title.
 */
export function findRecurring(
  incidents: readonly Incident[],
  options: { minCount?: number; maxPatterns?: number; maxIdsPerPattern?: number } = {},
): RecurringPattern[] {
  const { minCount = 2, maxPatterns = 10, maxIdsPerPattern = 20 } = options;
  const oldestFirst = [...incidents].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));

  const byKey = new Map<string, Group>();
  for (const incident of oldestFirst) {
    if (incident.incidentKey) {
      collect(byKey, `${incident.service.id}\u0000${incident.incidentKey}`, incident, () => ({
        matchedBy: "alert-key",
        alertKey: incident.incidentKey,
      }));
    }
  }
  const groups = [...byKey.values()].filter((group) => group.members.length >= 2);
  const grouped = new Set(groups.flatMap((group) => group.members.map((incident) => incident.id)));

  const byTitle = new Map<string, Group>();
  for (const incident of oldestFirst) {
    if (grouped.has(incident.id)) continue;
    const key = `${incident.service.id}\u0000${normalizeTitle(incident.title).toLowerCase()}`;
    collect(byTitle, key, incident, () => ({ matchedBy: "title", alertKey: null }));
  }
  groups.push(...byTitle.values());

  return groups
    .filter((group) => group.members.length >= minCount)
    .sort(
      (a, b) =>
        b.members.length - a.members.length ||
        Date.parse(a.members[0]!.createdAt) - Date.parse(b.members[0]!.createdAt),
    )
    .slice(0, maxPatterns)
    .map((group) => {
      const first = group.members[0]!;
      return {
        // Redacted before normalising: placeholders would otherwise break a secret's shape but not hide it.
        pattern: normalizeTitle(redactSecrets(first.title)),
        matchedBy: group.matchedBy,
        alertKey: group.alertKey,
        service: { id: first.service.id, name: first.service.name },
        count: group.members.length,
        incidentIds: group.members.slice(0, maxIdsPerPattern).map((incident) => incident.id),
      };
    });
}
