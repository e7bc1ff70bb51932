import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { haveTools } from '../../helpers/tools.js';

// Reading export files back with the tools users open them in: GDAL's ogrinfo (what QGIS uses)
// and GPSBabel (what GPS devices and route planners go through).

export const HAVE_GDAL = haveTools('ogrinfo');

export const haveGpsbabel = (): boolean => haveTools('gpsbabel');

export function saveFile(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

export interface LayerSummary {
  geometry: string;
  count: number;
  /** Field name -> type as ogrinfo prints it, e.g. "Integer64" or "String". */
  fields: Map<string, string>;
  /** The layer's spatial reference as WKT, '' when unknown. */
  srs: string;
}

/** `ogrinfo -ro -al -so`: every layer with its geometry type, feature count and fields. */
export function ogrSummary(source: string, openOptions: string[] = []): Map<string, LayerSummary> {
  const output = ogrinfo(['-so', ...openOptions, source]);
  const layers = new Map<string, LayerSummary>();
  let current: LayerSummary | undefined;
  let inSrs = false;
  for (const line of output.split('\n')) {
    const layer = /^Layer name: (.*)$/.exec(line);
    if (layer) {
      current = { geometry: '', count: -1, fields: new Map(), srs: '' };
      layers.set(layer[1] ?? '', current);
      inSrs = false;
      continue;
    }
    if (!current) continue;
    const geometry = /^Geometry: (.*)$/.exec(line);
    const count = /^Feature Count: (\d+)$/.exec(line);
    const field = /^([^\s].*?): ([A-Za-z0-9]+(?:\([A-Za-z0-9]+\))?) \(\d+\.\d+\)$/.exec(line);
    if (field) {
      current.fields.set(field[1] ?? '', field[2] ?? '');
      inSrs = false;
    } else if (line.startsWith('Layer SRS WKT:')) inSrs = true;
    else if (/^(Data axis|FID Column|Geometry Column)/.test(line)) inSrs = false;
    else if (inSrs) current.srs += `${line.trim()}\n`;
    else if (geometry) current.geometry = geometry[1] ?? '';
    else if (count) current.count = Number(count[1]);
  }
  return layers;
}

export interface OgrFeature {
  layer: string;
  fid: number;
  /** Field name -> value as ogrinfo prints it; null for "(null)". */
  values: Record<string, string | null>;
  types: Record<string, string>;
  /** The geometry as WKT, e.g. "POINT (14.9855 51.1547)". */
  geometry: string;
}

/** `ogrinfo -ro -al`: every feature of every layer with its values and geometry. */
export function ogrFeatures(source: string, openOptions: string[] = []): OgrFeature[] {
  const output = ogrinfo([...openOptions, source]);
  const features: OgrFeature[] = [];
  let current: OgrFeature | undefined;
  let lastField: string | undefined;
  for (const line of output.split('\n')) {
    const start = /^OGRFeature\((.*)\):(\d+)$/.exec(line);
    if (start) {
      current = { layer: start[1] ?? '', fid: Number(start[2]), values: {}, types: {}, geometry: '' };
      features.push(current);
      lastField = undefined;
      continue;
    }
    if (line.startsWith('Layer name: ')) current = undefined;
    if (!current) continue;
    const field = /^ {2}(\S.*?) \(([A-Za-z0-9]+(?:\([A-Za-z0-9]+\))?)\) = (.*)$/.exec(line);
    const geometry = /^ {2}((?:MULTI)?(?:POINT|LINESTRING|POLYGON)\b.*)$/.exec(line);
    if (field) {
      const [, name = '', type = '', value = ''] = field;
      current.values[name] = value === '(null)' ? null : value;
      current.types[name] = type;
      lastField = name;
    } else if (geometry) {
      current.geometry = geometry[1] ?? '';
      lastField = undefined;
    } else if (lastField !== undefined && line !== '' && !/^ {2}Style = /.test(line)) {
      // A value with line breaks continues on the following lines.
      current.values[lastField] += `\n${line}`;
    }
  }
  return features;
}

function ogrinfo(args: string[]): string {
  return execFileSync('ogrinfo', ['-ro', '-al', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The geometry type of a WKT text: "POINT", "LINESTRING", ... */
export function wktType(wkt: string): string {
  return /^[A-Z]+/.exec(wkt)?.[0] ?? '';
}
