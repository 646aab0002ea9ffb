// Retrieval quality over labelled groups of incidents that share a cause: every member is a query, the other
// members are what it should find. Pure.

export interface LabelledGroup {
  cause: string;
  incidentIds: string[];
}

export interface RetrievalQuality {
  queries: number;
  /** Mean over queries of |relevant ∩ top k| / min(|relevant|, k). */
  recallAtK: number;
  /** Mean over queries of 1 / rank of the first relevant match (0 when none is returned). */
  meanReciprocalRank: number;
}

/**
 * `rankedIds` holds the matches of each query, best first; a query missing from it found nothing. With `startedAt`
 * (epoch ms by id), only the members that started before the query are relevant to it, as a search from an incident
 * only looks back; a query with no earlier member is not counted.
 */
export function retrievalQuality(
  groups: readonly LabelledGroup[],
  rankedIds: ReadonlyMap<string, readonly string[]>,
  k: number,
  startedAt?: ReadonlyMap<string, number>,
): RetrievalQuality {
  let queries = 0;
  let recall = 0;
  let reciprocal = 0;
  for (const group of groups) {
    for (const queryId of group.incidentIds) {
      const before = (id: string) =>
        !startedAt || (startedAt.get(id) ?? Number.POSITIVE_INFINITY) < (startedAt.get(queryId) ?? 0);
      const relevant = new Set(group.incidentIds.filter((id) => id !== queryId && before(id)));
      if (relevant.size === 0) continue;
      const ranked = rankedIds.get(queryId) ?? [];
      queries += 1;
      recall += ranked.slice(0, k).filter((id) => relevant.has(id)).length / Math.min(relevant.size, k);
      const first = ranked.findIndex((id) => relevant.has(id));
      reciprocal += first < 0 ? 0 : 1 / (first + 1);
    }
  }
  return {
    queries,
    recallAtK: queries === 0 ? 0 : recall / queries,
    meanReciprocalRank: queries === 0 ? 0 : reciprocal / queries,
  };
}
