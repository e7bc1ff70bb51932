// The graph a contraction hierarchy is built on, while it changes: every arc ever made (original
// arcs and shortcuts) in growable typed arrays, and per node its live arcs in slices of one pool,
// each with its other end and weight beside it, sorted by weight. Why: a witness search reads a
// node's neighbours millions of times; one contiguous slice instead of arc ids into the arc
// arrays (and typed arrays instead of an array per node) keeps it in the cache, and sorting lets
// a search stop reading a slice at the first arc that reaches too far.
// On a profile where every arc has its reverse at the same weight (walking: foot, distance), the
// arcs come in twins, arc a ^ 1 the reverse of arc a, and one pool serves both directions.

/** Growable typed arrays of hierarchy arcs: an original arc of the graph, or a shortcut of two arcs. */
export class ArcStore {
  tail = new Int32Array(1024);
  head = new Int32Array(1024);
  weight = new Float64Array(1024);
  /** The original arc (>= 0), or -1 for a shortcut. */
  original = new Int32Array(1024);
  first = new Int32Array(1024);
  second = new Int32Array(1024);
  /** How many original arcs the arc stands for. */
  hops = new Int32Array(1024);
  length = 0;

  add(tail: number, head: number, weight: number, original: number, first: number, second: number): number {
    if (this.length === this.tail.length) this.grow();
    const arc = this.length++;
    this.tail[arc] = tail;
    this.head[arc] = head;
    this.set(arc, weight, original, first, second);
    return arc;
  }

  set(arc: number, weight: number, original: number, first: number, second: number): void {
    this.weight[arc] = weight;
    this.original[arc] = original;
    this.first[arc] = first;
    this.second[arc] = second;
    this.hops[arc] = original >= 0 ? 1 : this.hops[first]! + this.hops[second]!;
  }

  private grow(): void {
    this.tail = grown(this.tail, Int32Array);
    this.head = grown(this.head, Int32Array);
    this.weight = grown(this.weight, Float64Array);
    this.original = grown(this.original, Int32Array);
    this.first = grown(this.first, Int32Array);
    this.second = grown(this.second, Int32Array);
    this.hops = grown(this.hops, Int32Array);
  }
}

function grown<T extends Int32Array | Float64Array>(array: T, make: new (n: number) => T, size = array.length * 2): T {
  const next = new make(size);
  next.set(array);
  return next;
}

/**
 * Per node, a slice of the pool: `start`, `size` used, `capacity`, its entries sorted by weight.
 * A full slice moves to the end of the pool with twice the room.
 */
export class AdjacencyPool {
  start: Int32Array;
  size: Int32Array;
  capacity: Int32Array;
  /** Per entry: the arc's other end, its weight and the arc. */
  node: Int32Array;
  weight: Float64Array;
  arc: Int32Array;
  used = 0;

  constructor(nodeCount: number, degree: (node: number) => number) {
    this.start = new Int32Array(nodeCount);
    this.size = new Int32Array(nodeCount);
    this.capacity = new Int32Array(nodeCount);
    let total = 0;
    for (let node = 0; node < nodeCount; node++) {
      this.start[node] = total;
      this.capacity[node] = degree(node) + 2;
      total += this.capacity[node]!;
    }
    this.used = total;
    const room = Math.max(1024, total * 2);
    this.node = new Int32Array(room);
    this.weight = new Float64Array(room);
    this.arc = new Int32Array(room);
  }

  /** Adds an entry where its weight sorts it. */
  add(at: number, other: number, weight: number, arc: number): void {
    if (this.size[at] === this.capacity[at]) this.move(at);
    this.place(at, this.start[at]! + this.size[at]!++, other, weight, arc);
  }

  /** Lowers the weight of the entry in `slot` (it moves to keep the slice sorted). */
  lower(at: number, slot: number, weight: number): void {
    this.place(at, slot, this.node[slot]!, weight, this.arc[slot]!);
  }

  /** Writes an entry at `slot` or before it, shifting heavier entries up (insertion sort's step). */
  private place(at: number, slot: number, other: number, weight: number, arc: number): void {
    const first = this.start[at]!;
    while (slot > first && this.weight[slot - 1]! > weight) {
      this.node[slot] = this.node[slot - 1]!;
      this.weight[slot] = this.weight[slot - 1]!;
      this.arc[slot] = this.arc[slot - 1]!;
      slot--;
    }
    this.node[slot] = other;
    this.weight[slot] = weight;
    this.arc[slot] = arc;
  }

  /** The slot of `arc` in the slice of `at`, or -1. */
  find(at: number, arc: number): number {
    const end = this.start[at]! + this.size[at]!;
    for (let slot = this.start[at]!; slot < end; slot++) if (this.arc[slot] === arc) return slot;
    return -1;
  }

  /** Removes the entry of `arc`, keeping the others in order. */
  remove(at: number, arc: number): void {
    const found = this.find(at, arc);
    const last = this.start[at]! + --this.size[at]!;
    for (let slot = found; slot < last; slot++) {
      this.node[slot] = this.node[slot + 1]!;
      this.weight[slot] = this.weight[slot + 1]!;
      this.arc[slot] = this.arc[slot + 1]!;
    }
  }

  private move(at: number): void {
    const capacity = Math.max(4, this.capacity[at]! * 2);
    if (this.used + capacity > this.node.length) {
      const room = Math.max(this.node.length * 2, this.used + capacity);
      this.node = grown(this.node, Int32Array, room);
      this.weight = grown(this.weight, Float64Array, room);
      this.arc = grown(this.arc, Int32Array, room);
    }
    const from = this.start[at]!;
    const size = this.size[at]!;
    this.node.copyWithin(this.used, from, from + size);
    this.weight.copyWithin(this.used, from, from + size);
    this.arc.copyWithin(this.used, from, from + size);
    this.start[at] = this.used;
    this.capacity[at] = capacity;
    this.used += capacity;
  }
}

/** What a hierarchy is built from: the graph's edges and a profile's weight per arc (arc 2e along edge e, 2e + 1 against it). */
export interface HierarchyInput {
  nodeCount: number;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  /** Infinity where the profile may not go. */
  weight: Float64Array;
}

/** True when every arc a profile may use has its reverse at the same weight. */
function symmetric({ weight }: HierarchyInput): boolean {
  for (let arc = 0; arc < weight.length; arc += 2) if (weight[arc] !== weight[arc + 1]) return false;
  return true;
}

/** The arcs of the graph being contracted: the store, and the live arcs per node. */
export class ContractionGraph {
  readonly arcs = new ArcStore();
  /** Live arcs leaving each node. */
  readonly out: AdjacencyPool;
  /** Live arcs entering each node; null with twins (the twins of the leaving arcs enter). */
  readonly into: AdjacencyPool | null;
  /** How many arcs of the store are the graph's own (the rest are shortcuts). */
  readonly originalCount: number;
  /** Live arcs (between nodes not contracted yet). */
  liveArcs = 0;

  readonly twins: boolean;

  constructor(input: HierarchyInput) {
    const { nodeCount, edgeFrom, edgeTo, weight } = input;
    const twins = symmetric(input);
    this.twins = twins;
    const degree = new Int32Array(nodeCount);
    for (let edge = 0; edge < edgeFrom.length; edge++) {
      degree[edgeFrom[edge]!]!++;
      degree[edgeTo[edge]!]!++;
    }
    this.out = new AdjacencyPool(nodeCount, (node) => degree[node]!);
    this.into = twins ? null : new AdjacencyPool(nodeCount, (node) => degree[node]!);
    for (let arc = 0; arc < edgeFrom.length * 2; arc++) {
      const cost = weight[arc]!;
      const edge = arc >> 1;
      const tail = arc & 1 ? edgeTo[edge]! : edgeFrom[edge]!;
      const head = arc & 1 ? edgeFrom[edge]! : edgeTo[edge]!;
      if (cost === Infinity || tail === head || (twins && arc & 1)) continue;
      this.add(tail, head, cost, arc, -1, -1);
    }
    this.originalCount = this.arcs.length;
  }

  /**
   * Adds arc tail → head (with twins also its reverse, whose parts are the reverses of `second`
   * and `first`), or lowers the weight of a parallel one; nothing when a parallel one is as cheap.
   */
  add(tail: number, head: number, cost: number, original: number, first: number, second: number): void {
    const { arcs, out, into, twins } = this;
    const end = out.start[tail]! + out.size[tail]!;
    for (let slot = out.start[tail]!; slot < end; slot++) {
      if (out.node[slot] !== head) continue;
      if (out.weight[slot]! <= cost) return;
      const arc = out.arc[slot]!;
      arcs.set(arc, cost, original, first, second);
      out.lower(tail, slot, cost);
      if (into) into.lower(head, into.find(head, arc), cost);
      else {
        arcs.set(arc ^ 1, cost, original >= 0 ? original ^ 1 : -1, second ^ 1, first ^ 1);
        out.lower(head, out.find(head, arc ^ 1), cost);
      }
      return;
    }
    const arc = arcs.add(tail, head, cost, original, first, second);
    out.add(tail, head, cost, arc);
    this.liveArcs++;
    if (into) into.add(head, tail, cost, arc);
    if (twins) {
      arcs.add(head, tail, cost, original >= 0 ? original ^ 1 : -1, second ^ 1, first ^ 1);
      out.add(head, tail, cost, arc ^ 1);
      this.liveArcs++;
    }
  }

  /** Takes a node's arcs out of its neighbours' slices (they stay in the store), calling back per neighbour. */
  detach(node: number, neighbour: (other: number) => void): void {
    const { out, into } = this;
    const end = out.start[node]! + out.size[node]!;
    for (let slot = out.start[node]!; slot < end; slot++) {
      const other = out.node[slot]!;
      if (into) into.remove(other, out.arc[slot]!);
      else out.remove(other, out.arc[slot]! ^ 1);
      neighbour(other);
    }
    this.liveArcs -= into ? out.size[node]! : 2 * out.size[node]!;
    out.size[node] = 0;
    if (!into) return;
    const inEnd = into.start[node]! + into.size[node]!;
    for (let slot = into.start[node]!; slot < inEnd; slot++) {
      const other = into.node[slot]!;
      out.remove(other, into.arc[slot]!);
      neighbour(other);
    }
    this.liveArcs -= into.size[node]!;
    into.size[node] = 0;
  }
}
