// Okapi BM25 over weighted term frequencies (fields weighted as in BM25F's simple form). Pure.
import type { SimilarityDocument } from "./document.js";

export const BM25 = { k1: 1.2, b: 0.75 } as const;

export interface CorpusStatistics {
  documents: number;
  averageLength: number;
  /** In how many documents each term occurs. */
  documentFrequency: Map<string, number>;
}

export function corpusStatistics(documents: readonly SimilarityDocument[]): CorpusStatistics {
  const documentFrequency = new Map<string, number>();
  let totalLength = 0;
  for (const document of documents) {
    totalLength += document.length;
    for (const term of document.frequencies.keys())
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  return {
    documents: documents.length,
    averageLength: documents.length === 0 ? 0 : totalLength / documents.length,
    documentFrequency,
  };
}

/** Rare terms weigh more; never negative (the "+1" form), so a common term cannot count against a match. */
export function inverseDocumentFrequency(term: string, statistics: CorpusStatistics): number {
  const frequency = statistics.documentFrequency.get(term) ?? 0;
  if (frequency === 0) return 0;
  return Math.log(1 + (statistics.documents - frequency + 0.5) / (frequency + 0.5));
}

export interface Bm25Score {
  score: number;
  /** Each matching query term's share of the score. */
  contributions: Map<string, number>;
}

/** The document's score for the query terms (each counted once). */
export function bm25Score(
  queryTerms: Iterable<string>,
  document: SimilarityDocument,
  statistics: CorpusStatistics,
): Bm25Score {
  const contributions = new Map<string, number>();
  let score = 0;
  const lengthRatio = statistics.averageLength > 0 ? document.length / statistics.averageLength : 1;
  const norm = BM25.k1 * (1 - BM25.b + BM25.b * lengthRatio);
  for (const term of queryTerms) {
    const frequency = document.frequencies.get(term);
    if (!frequency) continue;
    const idf = inverseDocumentFrequency(term, statistics);
    if (idf === 0) continue;
    const part = (idf * frequency * (BM25.k1 + 1)) / (frequency + norm);
    contributions.set(term, part);
    score += part;
  }
  return { score, contributions };
}

/** The most any document could score for these terms: every term at saturation. Scores divided by it fall in [0, 1). */
export function bm25Ceiling(queryTerms: Iterable<string>, statistics: CorpusStatistics): number {
  let ceiling = 0;
  for (const term of queryTerms) ceiling += inverseDocumentFrequency(term, statistics) * (BM25.k1 + 1);
  return ceiling;
}
