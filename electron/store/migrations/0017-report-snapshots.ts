// Migration 0017: report snapshots (issue #15, point 6). An area's or group's report card kept as
// it was on a day, to compare with a later one in a change report. An attribute table registered
// in gpkg_contents, so QGIS and GDAL list it (validate_gpkg stays clean).
// - scope_kind, scope_id: what the snapshot covers ('area' a quarters id, 'group' a
//   cluster_groups id); no foreign key: a snapshot is a record of the past and outlives the area;
// - taken_on: the day it stands for (ISO YYYY-MM-DD, chosen by the user, today by default);
// - label: the user's name for it ('' when none);
// - report: JSON {card, interlinkage}: the report card and the interlinkage figures as computed;
// - actors: JSON [{placeId, name, category, sector}], the actors in scope;
// - links: JSON [{fromPlaceId, toPlaceId, type, fromName, toName}], links touching the scope.
// Saving and deleting one are edits (journaled: undo brings a deleted snapshot back).

export const migration0017 = {
  id: 17,
  name: 'report-snapshots',
  sql: `
CREATE TABLE report_snapshots (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  scope_kind TEXT NOT NULL CHECK (scope_kind IN ('area', 'group')),
  scope_id INTEGER NOT NULL,
  taken_on TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  report TEXT NOT NULL,
  actors TEXT NOT NULL,
  links TEXT NOT NULL,
  created_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX report_snapshots_scope ON report_snapshots(scope_kind, scope_id, taken_on);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('report_snapshots', 'attributes', 'report_snapshots', 'Report cards of an area or group kept on a day (JSON), to compare in a change report');
`,
};
