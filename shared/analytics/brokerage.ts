import type { LinkGraph } from './link-graph.js';

// Gould and Fernandez's brokerage roles (1989), with groups = sector or family (actor-groups.ts).
// An actor b brokers between a and c when a–b and b–c are linked and a–c are not. The role
// depends on who shares b's group, reading the path a → b → c:
//   coordinator     a, b, c all in one group
//   itinerant       a and c in one group, b in another (a consultant)
//   representative  a and b in one group, c in another (b speaks for its group)
//   gatekeeper      b and c in one group, a in another (b lets outsiders in)
//   liaison         all three in different groups
// Links are undirected, so each open pair {a, c} around b is read both ways (a → b → c and
// c → b → a), as statnet's sna::brokerage does with symmetric data: a pair counts 2 towards
// coordinator, itinerant and liaison, and 1 each towards gatekeeper and representative (whose
// totals are therefore equal).

export const BROKERAGE_ROLES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];
export type BrokerageCounts = Record<BrokerageRole, number>;

export function emptyBrokerage(): BrokerageCounts {
  return { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0 };
}

export function brokerageRole(from: string, broker: string, to: string): BrokerageRole {
  if (from === broker) return broker === to ? 'coordinator' : 'representative';
  if (broker === to) return 'gatekeeper';
  return from === to ? 'itinerant' : 'liaison';
}

/** Per node (index of the graph), how often it holds each role. */
export function brokerage(graph: LinkGraph): BrokerageCounts[] {
  const count = graph.ids.length;
  const { offsets, targets, groups } = graph;
  const mark = new Int32Array(count).fill(-1);
  const result: BrokerageCounts[] = [];
  let stamp = 0;
  for (let broker = 0; broker < count; broker++) {
    const counts = emptyBrokerage();
    const start = offsets[broker]!;
    const end = offsets[broker + 1]!;
    for (let first = start; first < end; first++) {
      const from = targets[first]!;
      stamp++;
      for (let position = offsets[from]!; position < offsets[from + 1]!; position++) mark[targets[position]!] = stamp;
      for (let second = start; second < end; second++) {
        const to = targets[second]!;
        if (to === from || mark[to] === stamp) continue;
        counts[brokerageRole(groups[from]!, groups[broker]!, groups[to]!)]++;
      }
    }
    result.push(counts);
  }
  return result;
}
