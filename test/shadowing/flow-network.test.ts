import { describe, expect, it } from "vitest";
import { FlowNetwork } from "../../src/shadowing/solver/flow-network.js";

// source 0, sink 3: 0→1 (cap 2, cost 1), 0→2 (1, 2), 1→2 (1, 1), 1→3 (1, 3), 2→3 (2, 1), and optionally a
// costly bypass 0→3 (3, 100). Paths: 0-2-3 and 0-1-2-3 cost 3 each (one unit), 0-1-3 costs 4 (one unit).
function build(withBypass: boolean) {
  const network = new FlowNetwork(4);
  const arcs = [
    { id: network.addArc(0, 1, 2, 1), cost: 1 },
    { id: network.addArc(0, 2, 1, 2), cost: 2 },
    { id: network.addArc(1, 2, 1, 1), cost: 1 },
    { id: network.addArc(1, 3, 1, 3), cost: 3 },
    { id: network.addArc(2, 3, 2, 1), cost: 1 },
  ];
  if (withBypass) arcs.push({ id: network.addArc(0, 3, 3, 100), cost: 100 });
  const totalCost = () => arcs.reduce((sum, arc) => sum + network.flowOn(arc.id) * arc.cost, 0);
  return { network, arcs, totalCost };
}

describe("FlowNetwork", () => {
  it("sends flow along the cheapest paths first", () => {
    const { network, totalCost } = build(true);
    network.initialisePotentials([0, 1, 2, 3], 0);
    expect(network.sendMinCost(0, 3, 3)).toBe(3);
    expect(totalCost()).toBe(3 + 3 + 4);
  });

  it("re-routes the flow of a closed arc at least cost", () => {
    // Without 1→2 the third unit can only take the bypass: 4 + 3 + 100.
    const { network, arcs, totalCost } = build(true);
    network.initialisePotentials([0, 1, 2, 3], 0);
    network.sendMinCost(0, 3, 3);
    network.close(arcs[2]!.id);
    expect(network.flowOn(arcs[2]!.id)).toBe(0);
    expect(totalCost()).toBe(107);
  });

  it("returns to a snapshot", () => {
    const { network, arcs, totalCost } = build(true);
    network.initialisePotentials([0, 1, 2, 3], 0);
    network.sendMinCost(0, 3, 3);
    const before = network.snapshot();
    network.close(arcs[2]!.id);
    network.restore(before);
    expect(totalCost()).toBe(10);
  });

  it("finds a maximum flow, ignoring costs", () => {
    const { network } = build(false);
    expect(network.maxFlow(0, 3)).toBe(3);
    const { network: narrowed, arcs } = build(false);
    narrowed.setResidual(arcs[2]!.id, 0);
    expect(narrowed.maxFlow(0, 3)).toBe(2);
  });
});
