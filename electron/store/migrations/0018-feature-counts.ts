// Migration 0018: the places' count kept in the file, as GDAL keeps it (issue #12: `itinera info`
// within 2× of ogrinfo). GDAL's own extension table `gpkg_ogr_contents` and its trigger names, so
// GDAL and QGIS read the count (ogrinfo answers from it) and keep it up to date when they edit the
// layer, as Itinera does: every insert and delete of a place moves it by one; the bulk import
// suspends these triggers with the RTree's and adds its rows at the end (places-bulk.ts).
// Without it, counting a million places walks the whole table (about 0.1-0.2 s).

export const PLACES_COUNT_TRIGGERS = ['trigger_insert_feature_count_places', 'trigger_delete_feature_count_places'];

export const migration0018 = {
  id: 18,
  name: 'feature-counts',
  sql: `
CREATE TABLE IF NOT EXISTS gpkg_ogr_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  feature_count INTEGER DEFAULT NULL
);
INSERT OR REPLACE INTO gpkg_ogr_contents (table_name, feature_count)
  VALUES ('places', (SELECT count(*) FROM places));
DROP TRIGGER IF EXISTS trigger_insert_feature_count_places;
DROP TRIGGER IF EXISTS trigger_delete_feature_count_places;
CREATE TRIGGER trigger_insert_feature_count_places AFTER INSERT ON places
BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count + 1 WHERE lower(table_name) = lower('places'); END;
CREATE TRIGGER trigger_delete_feature_count_places AFTER DELETE ON places
BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count - 1 WHERE lower(table_name) = lower('places'); END;
`,
};
