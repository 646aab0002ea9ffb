// The flow relaxation of the pairing problem:
//   source ─(first shadow: -W1-W2; more: -W2)→ mentee ─(1)→ clique of the mentee's overlapping shifts
//          ─(1, -score)→ shift ─(maxShadowsPerShift)→ mentor ─(cap)→ sink,   and a bypass source → sink at cost 0.
// With W2 above any total score and W1 above W2 × any pairing count, the min-cost flow maximises mentees
// matched, then pairings, then score. It relaxes two rules: a mentee's shifts in different cliques may still
// overlap, and a mentor's limit counts units, not distinct shifts; the branch-and-bound repairs both.
// The bypass fixes the flow value, so closing an arc can always be re-optimised by one shortest path per unit.
import { FlowNetwork } from "./flow-network.js";
import type { AssignmentProblem } from "./problem.js";

export interface PairingNetwork {
  network: FlowNetwork;
  source: number;
  sink: number;
  totalUnits: number;
  /** Arc per candidate, or -1 when the candidate was thinned out. */
  candidateArc: Int32Array;
  /** Source → mentee arcs: the first shadow shift and any further ones (-1 when absent). */
  firstArc: Int32Array;
  moreArc: Int32Array;
  /** Shift → mentor arc per shift, or -1 when no candidate uses the shift. */
  shiftArc: Int32Array;
  /** Objective = weightMatched × matched + weightPairing × pairings + score. */
  weightMatched: number;
  weightPairing: number;
  /** Scores are ranked as floor(score / scoreDivisor); 1 unless the counts needed the room. */
  scoreDivisor: number;
  /** True when the network lacks some candidates: its branch bounds then hold for it alone. */
  thinned: boolean;
}

/** Node numbers rise along every arc but the bypass, so this order is topological. */
export function topologicalOrder(net: PairingNetwork): number[] {
  const order = [net.source];
  for (let node = 2; node < net.network.nodeCount; node++) order.push(node);
  order.push(net.sink);
  return order;
}

/**
 * The network over the kept candidates (per mentee). With `bypass`, a zero-cost arc source → sink fixes the
 * flow value for the min-cost solve; without it the network serves a plain maximum flow.
 */
export function buildPairingNetwork(
  problem: AssignmentProblem,
  kept: readonly number[][],
  cliqueOf: Int32Array,
  options: { bypass: boolean; thinned: boolean },
): PairingNetwork {
  const menteeCount = problem.menteeCapacity.length;
  // Node numbering: source, sink, mentees, then cliques, shifts and mentors as they are first needed.
  const source = 0;
  const sink = 1;
  let nodeCount = 2 + menteeCount;
  // A clique with one kept candidate needs no node of its own: the arc's capacity of 1 already says it.
  let cliqueNodes = 0;
  const cliqueNodeOf = kept.map((indices) => {
    const size = new Map<number, number>();
    for (const index of indices) size.set(cliqueOf[index]!, (size.get(cliqueOf[index]!) ?? 0) + 1);
    const nodes = new Map<number, number>();
    for (const [clique, count] of size) {
      if (count > 1) {
        nodes.set(clique, nodeCount++);
        cliqueNodes++;
      }
    }
    return nodes;
  });
  const shiftNode = new Int32Array(problem.shifts.length).fill(-1);
  for (const indices of kept) {
    for (const index of indices) {
      const shift = problem.candidates[index]!.shift;
      if (shiftNode[shift] === -1) shiftNode[shift] = nodeCount++;
    }
  }
  const mentorNode = new Int32Array(problem.mentorCount).fill(-1);
  problem.shifts.forEach((shift, index) => {
    if (shiftNode[index] !== -1 && mentorNode[shift.mentor] === -1) mentorNode[shift.mentor] = nodeCount++;
  });

  let pairingLimit = 0;
  let maxScore = 0;
  kept.forEach((indices, mentee) => {
    pairingLimit += Math.min(problem.menteeCapacity[mentee]!, indices.length);
    for (const index of indices) maxScore = Math.max(maxScore, problem.candidates[index]!.score);
  });
  // Costs must stay exact in doubles, potentials included: coarsen the score when the counts need the room.
  let scoreDivisor = 1;
  const weightsFor = (divisor: number) => {
    const pairing = Math.floor(maxScore / divisor) * pairingLimit + 1;
    return { pairing, matched: pairing * (pairingLimit + 1) };
  };
  while (weightsFor(scoreDivisor).matched * (menteeCount + 1) * 4 > Number.MAX_SAFE_INTEGER)
    scoreDivisor *= 2;
  const { pairing: weightPairing, matched: weightMatched } = weightsFor(scoreDivisor);

  const keptCount = kept.reduce((sum, indices) => sum + indices.length, 0);
  const network = new FlowNetwork(
    nodeCount,
    keptCount + cliqueNodes + 3 * menteeCount + 2 * problem.shifts.length,
  );
  const firstArc = new Int32Array(menteeCount).fill(-1);
  const moreArc = new Int32Array(menteeCount).fill(-1);
  const candidateArc = new Int32Array(problem.candidates.length).fill(-1);
  const shiftArc = new Int32Array(problem.shifts.length).fill(-1);
  let totalUnits = 0;

  kept.forEach((indices, mentee) => {
    if (indices.length === 0) return;
    const capacity = problem.menteeCapacity[mentee]!;
    const menteeNode = 2 + mentee;
    totalUnits += capacity;
    firstArc[mentee] = network.addArc(source, menteeNode, 1, -(weightMatched + weightPairing));
    if (capacity > 1) moreArc[mentee] = network.addArc(source, menteeNode, capacity - 1, -weightPairing);
  });
  kept.forEach((indices, mentee) => {
    for (const clique of cliqueNodeOf[mentee]!.values()) network.addArc(2 + mentee, clique, 1, 0);
    for (const index of indices) {
      const clique = cliqueNodeOf[mentee]!.get(cliqueOf[index]!);
      const candidate = problem.candidates[index]!;
      candidateArc[index] = network.addArc(
        clique ?? 2 + mentee,
        shiftNode[candidate.shift]!,
        1,
        -Math.floor(candidate.score / scoreDivisor),
      );
    }
  });
  problem.shifts.forEach((shift, index) => {
    if (shiftNode[index] === -1) return;
    shiftArc[index] = network.addArc(shiftNode[index]!, mentorNode[shift.mentor]!, problem.perShift, 0);
  });
  for (const node of mentorNode) {
    // Units, not distinct shifts: a mentor's shifts hold perMentor shifts of perShift mentees at most.
    if (node !== -1) network.addArc(node, sink, problem.perMentor * problem.perShift, 0);
  }
  if (options.bypass) network.addArc(source, sink, totalUnits, 0);
  return {
    network,
    source,
    sink,
    totalUnits,
    candidateArc,
    firstArc,
    moreArc,
    shiftArc,
    weightMatched,
    weightPairing,
    scoreDivisor,
    thinned: options.thinned,
  };
}
