// Ranks candidate incidents against a query document: BM25 over title, alert keys, service and notes, scaled to
// [0, 1) by the query's ceiling, then boosted for a shared alert key and for the same service. Pure.
import { BM25, bm25Ceiling, bm25Score, type CorpusStatistics, corpusStatistics } from "./bm25.js";
import type { SimilarityDocument } from "./document.js";

/** A shared alert key is the strongest sign of the same failure; the same service a weak one. */
export const BOOSTS = { sameAlertKey: 0.5, sameService: 0.1 } as const;
/**
 * The relevance floor: a match scoring below it is not shown. At 0.15 the demo's labelled groups keep recall@3 0.94
 * (19 of their 21 earlier-incident matches score above it), while in the postmortem fixtures the pairs that share
 * only common words ("writes", "jobs", "data") score 0.11 or less.
 */
export const SIMILARITY_FLOOR = 0.15;

export interface RankedDocument {
  document: SimilarityDocument;
  /** The boosted score, rounded to 3 decimals, at most 1. */
  score: number;
  /** Alert keys the query and the candidate share. */
  sharedAlertKeys: string[];
  sameService: boolean;
  /** Each matching term's share of the lexical score. */
  contributions: Map<string, number>;
}

export interface RankOptions {
  limit: number;
  /** Never returned: the incident searched from. */
  excludeId?: string | null;
  /** Matches scoring below this are left out; default 0 (any shared term). */
  minScore?: number;
  /** Term statistics to use; by default those of the candidates. */
  statistics?: CorpusStatistics;
}

/**
 * What the words naming the query (its title and alert keys) that no candidate holds would weigh, at the weight of
 * the rarest term. Without it a small window inflates every score: with one candidate, every term it shares is all
 * the corpus knows of the query. Words only in notes are left out, so a long log does not dilute every score.
 */
function unmatchedNameWeight(query: SimilarityDocument, statistics: CorpusStatistics): number {
  const rarest = Math.log(1 + (statistics.documents + 0.5) / 0.5) * (BM25.k1 + 1);
  let weight = 0;
  for (const [term, fields] of query.fields)
    if ((fields.has("title") || fields.has("keys")) && !statistics.documentFrequency.has(term))
      weight += rarest;
  return weight;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * The best `limit` candidates with a score above zero, best first. Candidates come newest first, and the sort is
 * stable, so of two equal scores the newer incident leads.
 */
export function rankDocuments(
  query: SimilarityDocument,
  candidates: readonly SimilarityDocument[],
  options: RankOptions,
): RankedDocument[] {
  const pool = candidates.filter((candidate) => candidate.id !== options.excludeId);
  const statistics = options.statistics ?? corpusStatistics(pool);
  const queryTerms = [...query.frequencies.keys()];
  const ceiling = bm25Ceiling(queryTerms, statistics) + unmatchedNameWeight(query, statistics);
  if (ceiling === 0) return [];

  const ranked: (RankedDocument & { exact: number })[] = [];
  for (const document of pool) {
    const { score, contributions } = bm25Score(queryTerms, document, statistics);
    if (score <= 0) continue;
    const sharedAlertKeys = [...document.alertKeys].filter((key) => query.alertKeys.has(key));
    const sameService = query.serviceId !== null && document.serviceId === query.serviceId;
    const boost =
      (1 + (sharedAlertKeys.length > 0 ? BOOSTS.sameAlertKey : 0)) *
      (1 + (sameService ? BOOSTS.sameService : 0));
    const exact = (score / ceiling) * boost;
    if (exact < (options.minScore ?? 0)) continue;
    ranked.push({
      document,
      score: round(Math.min(1, exact)),
      exact,
      sharedAlertKeys,
      sameService,
      contributions,
    });
  }
  ranked.sort((a, b) => b.exact - a.exact);
  return ranked.slice(0, options.limit).map(({ exact: _exact, ...rest }) => rest);
}
