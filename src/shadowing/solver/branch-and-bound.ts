// Depth-first branch-and-bound over the flow relaxation. A node is the root network with some arcs closed;
// its relaxed optimum bounds every answer below it. A node whose optimum breaks a rule branches on arcs to
// close, so that every feasible answer survives in some child. Nodes wait on a stack with their parent's
// optimum as bound, so whatever is left when the budget runs out still bounds what was not explored.
import type { FlowSnapshot } from "./flow-network.js";
import type { PairingNetwork } from "./pairing-network.js";
import type { AssignmentProblem, Objective } from "./problem.js";
import { findViolation, type RelaxedSolution, readSolution } from "./relaxed-solution.js";

interface SearchNode {
  parent: SearchNode | null;
  /** The arc this node closes on top of its parent's (none at the root). */
  closes: number;
  depth: number;
  bound: { value: number; objective: Objective };
}

export interface SearchOutcome {
  root: RelaxedSolution;
  incumbent: RelaxedSolution | null;
  /** Bounds of the nodes left unexplored that could still beat the incumbent. */
  open: { value: number; objective: Objective }[];
  nodes: number;
  budgetExhausted: boolean;
  /** The relaxed answer of the last node, for a fallback when no feasible answer was reached. */
  last: RelaxedSolution;
}

export function branchAndBound(
  problem: AssignmentProblem,
  net: PairingNetwork,
  workBudget: number,
  firstAnswerBudget: number,
): SearchOutcome {
  const { network } = net;
  const rootSnapshot: FlowSnapshot = network.snapshot();
  const root = readSolution(problem, net);
  const startWork = network.work;
  const top = { value: Number.POSITIVE_INFINITY, objective: root.objective };
  const stack: SearchNode[] = [{ parent: null, closes: -1, depth: 0, bound: top }];
  let current: SearchNode | null = null;
  let incumbent: RelaxedSolution | null = null;
  let incumbentWork = 0;
  let last = root;
  let nodes = 0;
  let budgetExhausted = false;

  while (stack.length > 0) {
    const spent = network.work - (incumbent ? incumbentWork : startWork);
    if (spent > (incumbent ? workBudget : firstAnswerBudget)) {
      budgetExhausted = true;
      break;
    }
    const node = stack.pop()!;
    if (incumbent && node.bound.value <= incumbent.value) continue;
    moveTo(node);
    nodes++;
    const solution = node.depth === 0 ? root : readSolution(problem, net);
    last = solution;
    if (incumbent && solution.value <= incumbent.value) continue;
    const violation = findViolation(problem, net, solution.chosen);
    if (!violation) {
      incumbent = solution;
      incumbentWork = network.work;
      continue;
    }
    const bound = { value: solution.value, objective: solution.objective };
    for (let i = violation.branchArcs.length - 1; i >= 0; i--) {
      stack.push({ parent: node, closes: violation.branchArcs[i]!, depth: node.depth + 1, bound });
    }
  }

  const open = stack
    .filter((node) => !incumbent || node.bound.value > incumbent.value)
    .map((node) => (node.bound === top ? { value: root.value, objective: root.objective } : node.bound));
  return { root, incumbent, open, nodes, budgetExhausted, last };

  /** Brings the network to the node's state: one more closed arc from its parent, or a replay from the root. */
  function moveTo(node: SearchNode): void {
    if (node.parent !== null && node.parent === current) {
      network.close(node.closes);
    } else {
      network.restore(rootSnapshot);
      const path: number[] = [];
      for (let at: SearchNode | null = node; at?.parent; at = at.parent) path.push(at.closes);
      for (let i = path.length - 1; i >= 0; i--) network.close(path[i]!);
    }
    current = node;
  }
}
