// Migration 0011: the tags travel profiles read (sidewalk, surface, smoothness, incline,
// wheelchair, cycleway, barriers on the way's vertices…) kept on each network edge as JSON, so
// walkers, wheelchair users and cyclists get their own routes. Networks imported before keep
// '{}' until the next import of their extract.

export const migration0011 = {
  id: 11,
  name: 'network-tags',
  sql: `
ALTER TABLE network_edges ADD COLUMN tags TEXT NOT NULL DEFAULT '{}';
`,
};
