import type { LinkGraph } from './link-graph.js';

// Burt's structural holes on the weighted link graph: constraint (how much an actor's contacts
// are tied to each other, so that it has no hole to broker) and effective size (its contacts
// less their redundancy). Definitions exactly as networkx's `constraint` and `effective_size`
// with `weight='weight'` (Burt 1992; Borgatti 1997), which the tests check to 1e-9:
//   p(u,v) = w(u,v) / sum over u's contacts k of w(u,k)          (proportional tie strength)
//   m(u,v) = w(u,v) / max over u's contacts k of w(u,k)          (marginal strength)
//   constraint(v)     = sum over contacts u of (p(v,u) + sum over contacts q of p(v,q) p(q,u))²
//   effective size(v) = sum over contacts u of (1 - sum over contacts q of p(v,q) m(u,q))
// An actor with no contact has neither (null). Graphology has neither measure.

/** Every node's sum and maximum of tie weights. */
function tieTotals(graph: LinkGraph): { sums: Float64Array; maxima: Float64Array } {
  const count = graph.ids.length;
  const sums = new Float64Array(count);
  const maxima = new Float64Array(count);
  for (let node = 0; node < count; node++) {
    for (let position = graph.offsets[node]!; position < graph.offsets[node + 1]!; position++) {
      const weight = graph.weights[position]!;
      sums[node]! += weight;
      if (weight > maxima[node]!) maxima[node] = weight;
    }
  }
  return { sums, maxima };
}

export interface StructuralHoles {
  /** Per node (index of the graph); NaN for a node without contacts. */
  constraint: Float64Array;
  effectiveSize: Float64Array;
}

export function structuralHoles(graph: LinkGraph): StructuralHoles {
  const count = graph.ids.length;
  const { offsets, targets, weights } = graph;
  const { sums, maxima } = tieTotals(graph);
  const constraint = new Float64Array(count).fill(NaN);
  const effectiveSize = new Float64Array(count).fill(NaN);
  // p(v,·) of the current ego's contacts, and the indirect part per contact; `mark` says who is a contact.
  const proportion = new Float64Array(count);
  const indirect = new Float64Array(count);
  const mark = new Int32Array(count).fill(-1);
  for (let ego = 0; ego < count; ego++) {
    const start = offsets[ego]!;
    const end = offsets[ego + 1]!;
    if (start === end) continue;
    for (let position = start; position < end; position++) {
      const contact = targets[position]!;
      mark[contact] = ego;
      proportion[contact] = weights[position]! / sums[ego]!;
      indirect[contact] = 0;
    }
    let size = 0;
    for (let position = start; position < end; position++) {
      const contact = targets[position]!;
      const viaProportion = proportion[contact]!;
      let redundancy = 0;
      for (let second = offsets[contact]!; second < offsets[contact + 1]!; second++) {
        const other = targets[second]!;
        if (mark[other] !== ego) continue;
        // ego → contact → other: constraint's indirect part of `other`.
        indirect[other]! += (viaProportion * weights[second]!) / sums[contact]!;
        // contact's redundancy: ego's tie to `other`, which `contact` also has.
        redundancy += (proportion[other]! * weights[second]!) / maxima[contact]!;
      }
      size += 1 - redundancy;
    }
    let total = 0;
    for (let position = start; position < end; position++) {
      const contact = targets[position]!;
      const local = proportion[contact]! + indirect[contact]!;
      total += local * local;
    }
    constraint[ego] = total;
    effectiveSize[ego] = size;
  }
  return { constraint, effectiveSize };
}

/**
 * A probe for the gap finder ("how much would a link relieve them"): the constraint of `ego` if
 * a tie of `weight` joined it to `newContact`, by the same sums with that one more edge, read
 * without copying the graph (scratch arrays shared by every call).
 */
export function createConstraintProbe(graph: LinkGraph) {
  const count = graph.ids.length;
  const { offsets, targets, weights } = graph;
  const { sums } = tieTotals(graph);
  const proportion = new Float64Array(count);
  const indirect = new Float64Array(count);
  const mark = new Int32Array(count);
  let stamp = 0;
  return (ego: number, newContact: number, weight = 1): number => {
    stamp++;
    const egoSum = sums[ego]! + weight;
    const contacts: number[] = [newContact];
    mark[newContact] = stamp;
    proportion[newContact] = weight / egoSum;
    indirect[newContact] = 0;
    for (let position = offsets[ego]!; position < offsets[ego + 1]!; position++) {
      const contact = targets[position]!;
      contacts.push(contact);
      mark[contact] = stamp;
      proportion[contact] = weights[position]! / egoSum;
      indirect[contact] = 0;
    }
    for (const contact of contacts) {
      // The new tie is not in the lists: it adds to the new contact's sum only (its other end is ego, no contact of itself).
      const contactSum = sums[contact]! + (contact === newContact ? weight : 0);
      const via = proportion[contact]!;
      for (let position = offsets[contact]!; position < offsets[contact + 1]!; position++) {
        const other = targets[position]!;
        if (mark[other] === stamp) indirect[other]! += (via * weights[position]!) / contactSum;
      }
    }
    let total = 0;
    for (const contact of contacts) total += (proportion[contact]! + indirect[contact]!) ** 2;
    return total;
  };
}

/** Constraint of `ego` if a tie of `weight` joined it to `newContact` (one probe; see above). */
export function constraintWithTie(graph: LinkGraph, ego: number, newContact: number, weight = 1): number {
  return createConstraintProbe(graph)(ego, newContact, weight);
}
