// pgRouting in the bench's PostGIS cluster: the routing graph loaded as an edges table, and its
// shortest-path functions timed per call inside the server.
import { performance } from 'node:perf_hooks';

/**
 * The edges as pgRouting reads them: cost and reverse cost in metres (the distance-only profile).
 * Returns the seconds PostgreSQL took to take them in (COPY, primary key, ANALYZE).
 */
export function loadIntoPgrouting(postgis, graph) {
  let sql =
    'CREATE EXTENSION IF NOT EXISTS pgrouting;\nDROP TABLE IF EXISTS routing_edges;\n' +
    'CREATE TABLE routing_edges (id integer PRIMARY KEY, source integer, target integer, cost double precision, reverse_cost double precision, x1 double precision, y1 double precision, x2 double precision, y2 double precision);\n' +
    'COPY routing_edges FROM STDIN;\n';
  for (let edge = 0; edge < graph.edgeCount; edge++) {
    if (!graph.edges[edge].foot) continue;
    const from = graph.edgeFrom[edge];
    const to = graph.edgeTo[edge];
    const length = graph.edgeLength[edge];
    sql += `${edge + 1}\t${from + 1}\t${to + 1}\t${length}\t${length}\t${graph.nodeLongitude[from]}\t${graph.nodeLatitude[from]}\t${graph.nodeLongitude[to]}\t${graph.nodeLatitude[to]}\n`;
  }
  sql += '\\.\nANALYZE routing_edges;\n';
  const started = performance.now();
  postgis.psql(sql);
  return (performance.now() - started) / 1000;
}

/** Per-call times (ms) and path lengths of a pgRouting function over the pairs, timed inside the server. */
export function pgroutingCalls(postgis, pairs, call) {
  // pgRouting's vertices are the graph's node indexes + 1.
  const rows = pairs.map(([from, to], index) => `${index}\t${from + 1}\t${to + 1}`).join('\n');
  const output = postgis.psql(`DROP TABLE IF EXISTS routing_pairs;
CREATE TABLE routing_pairs (i integer, s integer, t integer);
COPY routing_pairs FROM STDIN;
${rows}
\\.
CREATE OR REPLACE FUNCTION routing_bench() RETURNS TABLE (i integer, ms double precision, length double precision) AS $$
DECLARE pair record; started timestamptz;
BEGIN
  FOR pair IN SELECT * FROM routing_pairs ORDER BY 1 LOOP
    started := clock_timestamp();
    SELECT max(agg_cost + cost) INTO length FROM ${call};
    i := pair.i; ms := extract(epoch FROM clock_timestamp() - started) * 1000;
    RETURN NEXT;
  END LOOP;
END $$ LANGUAGE plpgsql;
SELECT * FROM routing_bench();`);
  return output
    .trim()
    .split('\n')
    .map((line) => {
      const [index, ms, length] = line.split('\t');
      return { index: Number(index), ms: Number(ms), length: length === '' ? null : Number(length) };
    });
}

export const DIJKSTRA = `pgr_dijkstra('SELECT id, source, target, cost, reverse_cost FROM routing_edges', pair.s, pair.t, true)`;
export const ASTAR = `pgr_astar('SELECT id, source, target, cost, reverse_cost, x1, y1, x2, y2 FROM routing_edges', pair.s, pair.t, directed => true)`;
