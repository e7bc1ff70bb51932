import { useEffect, useMemo, useRef } from 'react';
import type { BasemapFile, BasemapInfo } from '../../../../shared/api/contract.js';
import { setMapIdle } from '../../map/e2e-hooks.js';
import { LAYER } from '../../map/map-ids.js';
import { useMapInstance } from '../../map/map-instance.js';
import { filesStructureKey, firstFileLayer, setFilesOpacity, showBasemapFiles } from './basemap-files.js';
import { showStreetBasemap, type BasemapTheme } from './street-basemap.js';

// The basemaps as layers of the map view (rendered inside it, they draw nothing in the DOM).

/** The project's street basemap from OpenStreetMap, under the project's layers; redrawn when the
 *  basemap itself or the theme changes (not on every new read of the project's info: an edit
 *  elsewhere re-reads it, and rebuilding the layers would fetch and draw every tile again). */
export function StreetBasemapLayer({ info: latestInfo, theme }: { info: BasemapInfo | null; theme: BasemapTheme }) {
  const { map, e2e } = useMapInstance();
  const infoKey = JSON.stringify(latestInfo);
  // NOTE: keyed on the text of the info: the same basemap keeps its object.
  const info = useMemo(() => latestInfo, [infoKey]);
  useEffect(() => {
    if (!map) return;
    if (e2e) setMapIdle(false);
    showStreetBasemap(map, {
      info,
      theme,
      origin: window.location.origin,
      // Under the files the user added (a file chosen as basemap is drawn over the OSM streets).
      beforeLayer: firstFileLayer(map) ?? LAYER.quarterFill,
    });
    if (e2e) map.triggerRepaint();
  }, [map, info, theme, e2e]);
  return null;
}

/** Basemap and overlay files added to the project (MBTiles, PMTiles): sources and layers rebuilt
 *  when which files are drawn changes; a new opacity only repaints. */
export function BasemapFileLayers({ files }: { files: readonly BasemapFile[] }) {
  const { map, e2e } = useMapInstance();
  const filesKey = filesStructureKey(files);
  const shownFilesKeyRef = useRef<string | null>(null);
  useEffect(() => {
    if (!map) return;
    if (e2e) setMapIdle(false);
    if (shownFilesKeyRef.current === filesKey) setFilesOpacity(map, files);
    else showBasemapFiles(map, { files, origin: window.location.origin, beforeLayer: LAYER.quarterFill });
    shownFilesKeyRef.current = filesKey;
    if (e2e) map.triggerRepaint();
  }, [map, files, filesKey, e2e]);
  return null;
}
