#!/usr/bin/env bash
# Makes the sample project's OpenStreetMap clip (data/sample/krems-old-town.osm.pbf): Krems old
# town and its surroundings, cut with osmium from the Krems extract beside the project
# (../shared/data/osm/krems.osm.gz, © OpenStreetMap contributors, ODbL 1.0). The sample's street
# basemap and walking network are imported from it when the sample is built.
# Needs osmium-tool (Debian: apt-get install osmium-tool).
set -euo pipefail
cd "$(dirname "$0")/.."
source=../shared/data/osm/krems.osm.gz
# West, south, east, north: about 2.2 km by 1.8 km around the sample's places and quarter.
box=15.590,48.404,15.620,48.420
osmium extract --bbox "$box" --strategy complete_ways --overwrite "$source" -o data/sample/krems-old-town.osm.pbf
osmium fileinfo -e data/sample/krems-old-town.osm.pbf | grep -E 'Number of (nodes|ways|relations)'
