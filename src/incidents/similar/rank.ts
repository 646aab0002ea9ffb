// Ranks candidate incidents against a query document: BM25 over title, alert keys, service and notes, scaled to
// [0, 1) by the query's ceiling, then boosted for a shared alert key and for the same service. Pure.
import { bm25Ceiling, bm25Score, type CorpusStatistics, corpusStatistics } from "./bm25.js";
import type { SimilarityDocument } from "./document.js";

/** A shared alert key is the strongest sign of the same failure; the same service a weak one. */
export const BOOSTS = { sameAlertKey: 0.5, sameService: 0.1 } as const;

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
  /** Term statistics to use; by default those of the candidates. */
  statistics?: CorpusStatistics;
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
  const ceiling = bm25Ceiling(queryTerms, statistics);
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
