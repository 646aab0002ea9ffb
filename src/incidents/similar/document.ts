// One incident (or a free-text question) as a bag of weighted terms, field by field. Pure.
import { redactSecrets } from "../../lib/redact.js";
import type { Incident } from "../../model.js";
import { tokenize } from "./tokenize.js";

export type Field = "title" | "keys" | "service" | "notes";

/**
 * Note text indexed per incident, at most: far more than any real incident's notes hold words that matter for
 * similarity, and it keeps one pasted 50 MB log from holding the event loop past the call's deadline.
 */
export const MAX_INDEXED_NOTE_CHARS = 200_000;

/** A term in the title or an alert key says more about the incident than one in a long note. */
export const FIELD_WEIGHTS: Record<Field, number> = { title: 2, keys: 2, service: 1, notes: 1 };

export interface SimilarityDocument {
  id: string;
  /** Weighted term frequencies over all fields. */
  frequencies: Map<string, number>;
  /** The sum of the weighted frequencies. */
  length: number;
  /** The fields each term occurs in. */
  fields: Map<string, Set<Field>>;
  /** The first spelling of each term, for explanations. */
  surfaces: Map<string, string>;
  /** Alert keys, lower case: the incident key and the keys of its alerts. */
  alertKeys: Set<string>;
  serviceId: string | null;
  /** Whether the notes are in: false for a document made from the incident list alone. */
  hasNotes: boolean;
}

export interface DocumentParts {
  id: string;
  title?: string;
  alertKeys?: readonly (string | null)[];
  service?: { id: string; name: string } | null;
  notes?: readonly string[] | null;
}

/**
 * The text as ranking may see it: every word redaction touches is gone, with the key or URL it sat in
 * (`AWS_SECRET_ACCESS_KEY=…`, `postgres://app:…@db`), so a shared term shown in "matched on" is never a secret.
 */
export function rankableText(text: string): string {
  // Word by word rather than one pattern around the marker: that pattern backtracks quadratically on a long word.
  return redactSecrets(text)
    .split(/(\s+)/)
    .map((part) => (part.includes("[REDACTED:") ? " " : part))
    .join("");
}

export function buildDocument(parts: DocumentParts): SimilarityDocument {
  const document: SimilarityDocument = {
    id: parts.id,
    frequencies: new Map(),
    length: 0,
    fields: new Map(),
    surfaces: new Map(),
    alertKeys: new Set(
      (parts.alertKeys ?? [])
        .map((key) => (key ? rankableText(key).trim() : ""))
        .filter((key) => key.length > 0)
        .map((key) => key.toLowerCase()),
    ),
    serviceId: parts.service?.id ?? null,
    hasNotes: parts.notes !== undefined && parts.notes !== null,
  };
  const add = (field: Field, text: string) => {
    const weight = FIELD_WEIGHTS[field];
    for (const { term, surface } of tokenize(rankableText(text))) {
      document.frequencies.set(term, (document.frequencies.get(term) ?? 0) + weight);
      document.length += weight;
      const fields = document.fields.get(term) ?? new Set<Field>();
      fields.add(field);
      document.fields.set(term, fields);
      if (!document.surfaces.has(term)) document.surfaces.set(term, surface);
    }
  };
  if (parts.title) add("title", parts.title);
  for (const key of document.alertKeys) add("keys", key);
  if (parts.service) add("service", `${parts.service.id} ${parts.service.name}`);
  let noteBudget = MAX_INDEXED_NOTE_CHARS;
  for (const note of parts.notes ?? []) {
    if (noteBudget <= 0) break;
    add("notes", note.length > noteBudget ? note.slice(0, noteBudget) : note);
    noteBudget -= note.length;
  }
  return document;
}

/** What the incident list alone tells: title, incident key, service. */
export function listDocument(incident: Incident): SimilarityDocument {
  return buildDocument({
    id: incident.id,
    title: incident.title,
    alertKeys: [incident.incidentKey],
    service: incident.service,
  });
}

/** The incident with its notes (and, for the incident searched from, the keys of its alerts). */
export function fullDocument(
  incident: Incident,
  notes: readonly string[],
  alertKeys: readonly (string | null)[] = [],
): SimilarityDocument {
  return buildDocument({
    id: incident.id,
    title: incident.title,
    alertKeys: [incident.incidentKey, ...alertKeys],
    service: incident.service,
    notes,
  });
}

/** A question in words: everything in it counts as note text, and a word of it may be an alert key itself. */
export function queryDocument(text: string): SimilarityDocument {
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/^[`'"([]+|[`'".,;!?)\]]+$/g, ""))
    .filter((word) => word.length > 0);
  return buildDocument({ id: "query", alertKeys: words, notes: [text] });
}
