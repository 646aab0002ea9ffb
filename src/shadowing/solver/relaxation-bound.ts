// An upper bound on mentees matched and pairings, from maximum flows on the relaxation: first with one unit
// per mentee (the most mentees that can be matched), then with full capacities (augmenting never unmatches a
// mentee, so the second flow keeps the first count and reaches the most pairings).
import type { CandidateIndex } from "./candidate-selection.js";
import { buildPairingNetwork } from "./pairing-network.js";
import type { AssignmentProblem } from "./problem.js";

export interface RelaxationBound {
  menteesMatched: number;
  pairings: number;
  /** Candidates carrying the maximum flow, per mentee: a network holding them reaches the bound. */
  used: number[][];
}

/** `kept` must preserve the relaxation's optimum (all candidates, or thinPerMentor's selection). */
export function relaxationBound(
  problem: AssignmentProblem,
  index: CandidateIndex,
  kept: readonly number[][],
): RelaxationBound {
  const net = buildPairingNetwork(problem, kept, index.cliqueOf, { bypass: false, thinned: false });
  const { network } = net;
  const more = [...net.moreArc].filter((arc) => arc !== -1);
  const capacities = more.map((arc) => network.residualOf(arc));
  for (const arc of more) network.setResidual(arc, 0);
  const menteesMatched = network.maxFlow(net.source, net.sink);
  more.forEach((arc, i) => {
    network.setResidual(arc, capacities[i]!);
  });
  const pairings = menteesMatched + network.maxFlow(net.source, net.sink);
  const used = kept.map((indices) =>
    indices.filter((candidate) => network.flowOn(net.candidateArc[candidate]!) > 0),
  );
  return { menteesMatched, pairings, used };
}
