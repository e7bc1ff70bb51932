// Migration 0012: routes that follow the streets. Each route keeps its legs (JSON: kind, line,
// length, time, directions per leg, as last routed), the via points its line was dragged
// through, a speed and a start time; each stop the minutes spent there. The geometry column holds
// the whole routed line, so GIS tools draw what the app draws. Routes stored before keep their
// straight lines (legs '[]') until they are next routed.

export const migration0012 = {
  id: 12,
  name: 'routed-routes',
  sql: `
ALTER TABLE routes ADD COLUMN legs TEXT NOT NULL DEFAULT '[]';
ALTER TABLE routes ADD COLUMN vias TEXT NOT NULL DEFAULT '[]';
ALTER TABLE routes ADD COLUMN speed_kmh REAL;
ALTER TABLE routes ADD COLUMN start_time TEXT;
ALTER TABLE route_stops ADD COLUMN visit_minutes INTEGER NOT NULL DEFAULT 0;
`,
};
