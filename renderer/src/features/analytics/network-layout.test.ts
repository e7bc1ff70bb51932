import { describe, expect, it } from 'vitest';
import type { ActorMeasures, NetworkReport } from '../../../../shared/api/analytics.js';
import { layoutNetwork, MAX_DRAWN_NODES, VIEW_HEIGHT, VIEW_WIDTH } from './network-layout.js';

const actor = (placeId: number, degree: number, betweenness: number): ActorMeasures =>
  ({ placeId, name: `Place ${placeId}`, category: 'creative-firm', degree, betweenness }) as unknown as ActorMeasures;

/** A chain 1–2–…–n (the middle ones are the most between) and some actors without links. */
function chain(count: number, isolated: number): NetworkReport {
  const actors = Array.from({ length: count }, (_, index) =>
    actor(index + 1, index === 0 || index === count - 1 ? 1 : 2, (index * (count - 1 - index)) / count ** 2),
  );
  for (let index = 0; index < isolated; index++) actors.push(actor(count + index + 1, 0, 0));
  const edges = Array.from({ length: count - 1 }, (_, index): [number, number, number] => [index + 1, index + 2, 1]);
  return { summary: {} as NetworkReport['summary'], actors, edges };
}
const position = (id: number): [number, number] => [15.6 + (id % 13) * 0.0007, 48.41 + (id % 7) * 0.0005];

describe('the network drawing', () => {
  it('draws every linked place inside the view box, the same way each time, without the unlinked ones', () => {
    const report = chain(30, 5);
    const first = layoutNetwork(report, position);
    expect(first.nodes).toHaveLength(30);
    expect(first.total).toBe(30);
    expect(first.edges).toHaveLength(29);
    for (const node of first.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(VIEW_WIDTH);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(VIEW_HEIGHT);
    }
    expect(layoutNetwork(report, position)).toEqual(first);
    // Larger when more between: the middle of the chain outgrows its ends.
    const radius = (id: number) => first.nodes.find((node) => node.placeId === id)!.radius;
    expect(radius(15)).toBeGreaterThan(radius(1));
    // Linked places are drawn apart: no two closer than a few units.
    const gaps = first.edges.map(([a, b]) =>
      Math.hypot(first.nodes[a]!.x - first.nodes[b]!.x, first.nodes[a]!.y - first.nodes[b]!.y),
    );
    expect(Math.min(...gaps)).toBeGreaterThan(5);
  });

  it('draws a large network by its most central places, and says how many it left out', () => {
    const drawing = layoutNetwork(chain(MAX_DRAWN_NODES + 200, 0), position);
    expect(drawing.nodes).toHaveLength(MAX_DRAWN_NODES);
    expect(drawing.total).toBe(MAX_DRAWN_NODES + 200);
    // The chain's ends (least between) are the ones left out.
    expect(drawing.nodes.some((node) => node.placeId === 1)).toBe(false);
    expect(drawing.nodes.some((node) => node.placeId === 850)).toBe(true);
    for (const [a, b] of drawing.edges) expect(Math.abs(drawing.nodes[a]!.placeId - drawing.nodes[b]!.placeId)).toBe(1);
  });
});
