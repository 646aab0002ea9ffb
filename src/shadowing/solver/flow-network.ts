// A min-cost flow network kept optimal under change: solved once by successive shortest paths (primal-dual,
// several augmentations per Dijkstra), then re-optimised in one shortest path per unit when an arc is closed.
// Costs are integers held in doubles (exact below 2^53); node potentials keep every residual arc's reduced
// cost non-negative, which is the optimality certificate the branch-and-bound relies on.

export interface FlowSnapshot {
  residual: Int32Array;
  potential: Float64Array;
}

const INFINITE = Number.POSITIVE_INFINITY;

export class FlowNetwork {
  readonly nodeCount: number;
  private head: Int32Array;
  private next: Int32Array = new Int32Array(0);
  private target: Int32Array = new Int32Array(0);
  private residual: Int32Array = new Int32Array(0);
  private cost: Float64Array = new Float64Array(0);
  private potential: Float64Array;
  private arcCount = 0;
  /** Arc scans done so far: a deterministic measure of work, used as the search budget. */
  work = 0;

  // Scratch space for Dijkstra and the augmenting searches, reused between calls.
  private distance: Float64Array;
  private parentArc: Int32Array;
  private settledStamp: Int32Array;
  private reachedStamp: Int32Array;
  private stamp = 0;
  private heapNode: Int32Array = new Int32Array(16);
  private heapKey: Float64Array = new Float64Array(16);

  constructor(nodeCount: number, expectedArcs = 16) {
    this.nodeCount = nodeCount;
    this.head = new Int32Array(nodeCount).fill(-1);
    this.potential = new Float64Array(nodeCount);
    this.distance = new Float64Array(nodeCount);
    this.parentArc = new Int32Array(nodeCount);
    this.settledStamp = new Int32Array(nodeCount);
    this.reachedStamp = new Int32Array(nodeCount);
    this.grow(Math.max(2, expectedArcs * 2));
  }

  /** Adds an arc and its reverse; returns the arc id (the reverse is id ^ 1). */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    if (this.arcCount + 2 > this.target.length) this.grow(this.target.length * 2);
    const id = this.arcCount;
    this.setArc(id, from, to, capacity, cost);
    this.setArc(id + 1, to, from, 0, -cost);
    this.arcCount += 2;
    return id;
  }

  flowOn(arc: number): number {
    return this.residual[arc ^ 1]!;
  }

  residualOf(arc: number): number {
    return this.residual[arc]!;
  }

  /** Sets the spare capacity of an arc, as when opening or shutting it before any flow uses it. */
  setResidual(arc: number, units: number): void {
    this.residual[arc] = units;
  }

  /** Potentials from shortest distances on an acyclic network, visiting nodes in the given topological order. */
  initialisePotentials(topologicalOrder: readonly number[], source: number): void {
    this.potential.fill(INFINITE);
    this.potential[source] = 0;
    for (const node of topologicalOrder) {
      const base = this.potential[node]!;
      if (base === INFINITE) continue;
      for (let arc = this.head[node]!; arc !== -1; arc = this.next[arc]!) {
        if (this.residual[arc]! <= 0) continue;
        const to = this.target[arc]!;
        const candidate = base + this.cost[arc]!;
        if (candidate < this.potential[to]!) this.potential[to] = candidate;
      }
    }
    for (let node = 0; node < this.nodeCount; node++) {
      if (this.potential[node] === INFINITE) this.potential[node] = 0;
    }
  }

  /** Sends `amount` units from source to sink at least cost; returns the units sent. */
  sendMinCost(source: number, sink: number, amount: number): number {
    let sent = 0;
    while (sent < amount) {
      if (!this.shortestPaths(source, sink)) break;
      const phaseStamp = ++this.stamp;
      let pushed = this.augmentAdmissible(source, sink, amount - sent, phaseStamp);
      if (pushed === 0) break;
      sent += pushed;
      while (sent < amount && pushed > 0) {
        pushed = this.augmentAdmissible(source, sink, amount - sent, phaseStamp);
        sent += pushed;
      }
    }
    return sent;
  }

  /** Maximum flow from source to sink on top of the current flow, ignoring costs (Dinic); returns the units added. */
  maxFlow(source: number, sink: number): number {
    const level = new Int32Array(this.nodeCount);
    const iterator = new Int32Array(this.nodeCount);
    const queue = new Int32Array(this.nodeCount);
    const pathArcs = new Int32Array(this.nodeCount);
    const { residual, target, next, head } = this;
    let total = 0;
    let work = 0;
    for (;;) {
      level.fill(-1);
      level[source] = 0;
      let read = 0;
      let write = 0;
      queue[write++] = source;
      while (read < write) {
        const node = queue[read++]!;
        for (let arc = head[node]!; arc !== -1; arc = next[arc]!) {
          work++;
          const to = target[arc]!;
          if (residual[arc]! > 0 && level[to] === -1) {
            level[to] = level[node]! + 1;
            queue[write++] = to;
          }
        }
      }
      if (level[sink] === -1) break;
      iterator.set(head);
      // Blocking flow: depth-first along rising levels, advancing each node's arc pointer past dead arcs.
      for (;;) {
        let depth = 0;
        let node = source;
        while (node !== sink) {
          let arc = iterator[node]!;
          while (arc !== -1) {
            work++;
            const to = target[arc]!;
            if (residual[arc]! > 0 && level[to] === level[node]! + 1) break;
            arc = next[arc]!;
          }
          iterator[node] = arc;
          if (arc !== -1) {
            pathArcs[depth++] = arc;
            node = target[arc]!;
            continue;
          }
          if (node === source) break;
          level[node] = -1;
          const back = pathArcs[--depth]!;
          node = target[back ^ 1]!;
          iterator[node] = next[iterator[node]!]!;
        }
        if (node !== sink) break;
        let units = Number.POSITIVE_INFINITY;
        for (let i = 0; i < depth; i++) units = Math.min(units, residual[pathArcs[i]!]!);
        for (let i = 0; i < depth; i++) {
          residual[pathArcs[i]!]! -= units;
          residual[pathArcs[i]! ^ 1]! += units;
        }
        total += units;
      }
    }
    this.work += work;
    return total;
  }

  /** Closes an arc and re-routes the flow it carried, keeping the flow optimal for the new network. */
  close(arc: number): void {
    const carried = this.residual[arc ^ 1]!;
    const from = this.target[arc ^ 1]!;
    const to = this.target[arc]!;
    this.residual[arc] = 0;
    this.residual[arc ^ 1] = 0;
    for (let unit = 0; unit < carried; unit++) {
      if (!this.shortestPaths(from, to)) {
        throw new Error("Closing an arc left flow with nowhere to go: the network lacks a bypass.");
      }
      for (let node = to; node !== from; ) {
        const along = this.parentArc[node]!;
        this.residual[along]! -= 1;
        this.residual[along ^ 1]! += 1;
        node = this.target[along ^ 1]!;
      }
    }
  }

  snapshot(): FlowSnapshot {
    return { residual: this.residual.slice(0, this.arcCount), potential: this.potential.slice() };
  }

  restore(snapshot: FlowSnapshot): void {
    this.residual.set(snapshot.residual);
    this.potential.set(snapshot.potential);
  }

  private setArc(id: number, from: number, to: number, capacity: number, cost: number): void {
    this.target[id] = to;
    this.residual[id] = capacity;
    this.cost[id] = cost;
    this.next[id] = this.head[from]!;
    this.head[from] = id;
  }

  private grow(size: number): void {
    const grown = (old: Int32Array) => {
      const copy = new Int32Array(size);
      copy.set(old);
      return copy;
    };
    this.next = grown(this.next);
    this.target = grown(this.target);
    this.residual = grown(this.residual);
    const cost = new Float64Array(size);
    cost.set(this.cost);
    this.cost = cost;
  }

  /**
   * Dijkstra on reduced costs from `from`, stopping once `to` is settled; then raises every potential by
   * min(distance, distance to `to`), which keeps reduced costs non-negative and makes shortest paths cost 0.
   */
  private shortestPaths(from: number, to: number): boolean {
    const stamp = ++this.stamp;
    const { distance, parentArc, settledStamp, reachedStamp, potential, residual, target, cost } = this;
    let heapSize = 0;
    const push = (node: number, key: number) => {
      if (heapSize === this.heapNode.length) this.growHeap();
      const nodes = this.heapNode;
      const keys = this.heapKey;
      let i = heapSize++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (keys[parent]! <= key) break;
        nodes[i] = nodes[parent]!;
        keys[i] = keys[parent]!;
        i = parent;
      }
      nodes[i] = node;
      keys[i] = key;
    };
    const pop = (): number => {
      const nodes = this.heapNode;
      const keys = this.heapKey;
      const top = nodes[0]!;
      heapSize--;
      const lastNode = nodes[heapSize]!;
      const lastKey = keys[heapSize]!;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= heapSize) break;
        if (child + 1 < heapSize && keys[child + 1]! < keys[child]!) child++;
        if (keys[child]! >= lastKey) break;
        nodes[i] = nodes[child]!;
        keys[i] = keys[child]!;
        i = child;
      }
      nodes[i] = lastNode;
      keys[i] = lastKey;
      return top;
    };

    distance[from] = 0;
    reachedStamp[from] = stamp;
    push(from, 0);
    let found = false;
    let work = 0;
    while (heapSize > 0) {
      const key = this.heapKey[0]!;
      const node = pop();
      if (settledStamp[node] === stamp || key > distance[node]!) continue;
      settledStamp[node] = stamp;
      if (node === to) {
        found = true;
        break;
      }
      const base = key + potential[node]!;
      for (let arc = this.head[node]!; arc !== -1; arc = this.next[arc]!) {
        work++;
        if (residual[arc]! <= 0) continue;
        const next = target[arc]!;
        if (settledStamp[next] === stamp) continue;
        const candidate = base + cost[arc]! - potential[next]!;
        if (reachedStamp[next] !== stamp || candidate < distance[next]!) {
          reachedStamp[next] = stamp;
          distance[next] = candidate;
          parentArc[next] = arc;
          push(next, candidate);
        }
      }
    }
    this.work += work;
    if (!found) return false;
    const limit = distance[to]!;
    for (let node = 0; node < this.nodeCount; node++) {
      potential[node]! += settledStamp[node] === stamp ? distance[node]! : limit;
    }
    return true;
  }

  /** One augmenting path of zero reduced cost from source to sink, by depth-first search; returns units pushed. */
  private augmentAdmissible(source: number, sink: number, limit: number, deadStamp: number): number {
    // reachedStamp marks nodes already known to lead nowhere in this phase (dead ends stay dead until the
    // next Dijkstra; if one revives, the next phase finds it, so this only saves work).
    const visitStamp = ++this.stamp;
    const { residual, target, cost, potential, settledStamp, reachedStamp, parentArc } = this;
    const pathArcs: number[] = [];
    const iterator: number[] = [];
    let node = source;
    settledStamp[source] = visitStamp;
    iterator.push(this.head[source]!);
    let work = 0;
    while (node !== sink) {
      const depth = pathArcs.length;
      let arc = iterator[depth]!;
      let advanced = false;
      while (arc !== -1) {
        work++;
        const next = target[arc]!;
        if (
          residual[arc]! > 0 &&
          settledStamp[next] !== visitStamp &&
          reachedStamp[next] !== deadStamp &&
          cost[arc]! + potential[node]! - potential[next]! === 0
        ) {
          iterator[depth] = this.next[arc]!;
          pathArcs.push(arc);
          parentArc[next] = arc;
          settledStamp[next] = visitStamp;
          iterator.push(this.head[next]!);
          node = next;
          advanced = true;
          break;
        }
        arc = this.next[arc]!;
      }
      if (advanced) continue;
      reachedStamp[node] = deadStamp;
      iterator.pop();
      const back = pathArcs.pop();
      if (back === undefined) {
        this.work += work;
        return 0;
      }
      node = target[back ^ 1]!;
    }
    this.work += work;
    let units = limit;
    for (const arc of pathArcs) units = Math.min(units, residual[arc]!);
    for (const arc of pathArcs) {
      residual[arc]! -= units;
      residual[arc ^ 1]! += units;
    }
    return units;
  }

  private growHeap(): void {
    const nodes = new Int32Array(this.heapNode.length * 2);
    nodes.set(this.heapNode);
    const keys = new Float64Array(this.heapKey.length * 2);
    keys.set(this.heapKey);
    this.heapNode = nodes;
    this.heapKey = keys;
  }
}
