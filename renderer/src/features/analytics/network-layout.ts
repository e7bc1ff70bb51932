import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ActorMeasures, NetworkReport } from '../../../../shared/api/analytics.js';
import type { CategoryId } from '../../../../shared/model/typology.js';

// The network view's drawing: ForceAtlas2 (graphology-layout-forceatlas2) starting from where the
// places are on the map, so the same network is always drawn the same way and neighbours in town
// start as neighbours in the drawing. A large network is drawn by its most central places only
// (a browser draws a few thousand circles smoothly, not tens of thousands). Actors without any
// link are left out of the drawing (the figures count them): they would only crowd its edges.

export const MAX_DRAWN_NODES = 1_500;
export const VIEW_WIDTH = 600;
export const VIEW_HEIGHT = 420;
const MARGIN = 18;

/** Most central first: betweenness, then partners, then place id. */
export function byCentrality(a: ActorMeasures, b: ActorMeasures): number {
  return b.betweenness - a.betweenness || b.degree - a.degree || a.placeId - b.placeId;
}

export interface DrawnNode {
  placeId: number;
  name: string;
  category: CategoryId;
  betweenness: number;
  x: number;
  y: number;
  radius: number;
}

export interface NetworkDrawing {
  nodes: DrawnNode[];
  /** Indices into `nodes`, with the edge's weight. */
  edges: [number, number, number][];
  /** Places with at least one link (drawn or not). */
  total: number;
}

export function layoutNetwork(
  report: NetworkReport,
  positionOf: (placeId: number) => [number, number] | undefined,
): NetworkDrawing {
  const ranked = report.actors.filter((actor) => actor.degree > 0).sort(byCentrality);
  const shown = ranked.slice(0, MAX_DRAWN_NODES).sort((a, b) => a.placeId - b.placeId);
  const indexOf = new Map(shown.map((actor, index) => [actor.placeId, index]));
  const edges = report.edges.flatMap(([from, to, weight]): [number, number, number][] => {
    const a = indexOf.get(from);
    const b = indexOf.get(to);
    return a === undefined || b === undefined ? [] : [[a, b, weight]];
  });

  const graph = new Graph({ type: 'undirected' });
  // The start: the map positions, scaled to the layout's own units (about 10 per place across).
  const starts = shown.map((actor): [number, number] => positionOf(actor.placeId) ?? [0, 0]);
  const shrink = Math.cos((mean(starts.map(([, latitude]) => latitude)) * Math.PI) / 180);
  const planar = starts.map(([longitude, latitude]) => [longitude * shrink, -latitude] as const);
  const side = 10 * Math.sqrt(shown.length);
  const start = boxFitter(
    planar.map(([x]) => x),
    planar.map(([, y]) => y),
    { width: side, height: side, margin: 0 },
  );
  planar.forEach(([x, y], index) => {
    // Places at one address start a little apart (the layout cannot separate equal points).
    const nudge = 0.01 * ((index % 7) - 3);
    const position = start(x, y);
    graph.addNode(String(index), { x: position.x + nudge, y: position.y - nudge });
  });
  for (const [a, b, weight] of edges) graph.addEdge(String(a), String(b), { weight });
  if (shown.length > 1) {
    // Strong gravity keeps the network's separate pieces near each other instead of at the edges.
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      strongGravityMode: true,
      gravity: 1,
      barnesHutOptimize: shown.length > 500,
    };
    forceAtlas2.assign(graph, { iterations: shown.length > 500 ? 80 : 300, settings, getEdgeWeight: null });
  }

  const xs = shown.map((_, index) => graph.getNodeAttribute(String(index), 'x') as number);
  const ys = shown.map((_, index) => graph.getNodeAttribute(String(index), 'y') as number);
  const fit = boxFitter(xs, ys, { width: VIEW_WIDTH, height: VIEW_HEIGHT, margin: MARGIN });
  const largest = Math.max(...shown.map((actor) => actor.betweenness), 0);
  const nodes = shown.map((actor, index) => ({
    placeId: actor.placeId,
    name: actor.name,
    category: actor.category,
    betweenness: actor.betweenness,
    ...fit(xs[index]!, ys[index]!),
    radius: 7 + (largest > 0 ? 12 * Math.sqrt(actor.betweenness / largest) : 0),
  }));
  return { nodes, edges, total: ranked.length };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Scales points into a box (the view box, or the layout's start), keeping their proportions. */
function boxFitter(xs: number[], ys: number[], box: { width: number; height: number; margin: number }) {
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    (box.width - 2 * box.margin) / Math.max(maxX - minX, 1e-9),
    (box.height - 2 * box.margin) / Math.max(maxY - minY, 1e-9),
  );
  const offsetX = (box.width - (maxX - minX) * scale) / 2;
  const offsetY = (box.height - (maxY - minY) * scale) / 2;
  return (x: number, y: number) => ({ x: offsetX + (x - minX) * scale, y: offsetY + (y - minY) * scale });
}
