import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createProjectService } from '../../../electron/services/core/project-service.js';
import { createImportService } from '../../../electron/services/transfer/import-service.js';
import { createProjectStore } from '../../../electron/store/project-store.js';
import type { MessageRef } from '../../../shared/i18n/define-messages.js';
import { createTranslator } from '../../../shared/i18n/translator.js';
import type { CategoryId } from '../../../shared/model/typology.js';

// Imports a file into a fresh project the way `itinera import` does, and reads back what was
// stored, with the import's messages in English.

const english = createTranslator('en');
export const inEnglish = (message: MessageRef) => english.t(message);

let counter = 0;

export async function importInto(dir: string, source: string, category: CategoryId | null = 'museum') {
  counter += 1;
  const store = createProjectStore(path.join(dir, `project-${counter}-${Math.random().toString(36).slice(2)}.gpkg`));
  try {
    const result = await createImportService(store).importFile(source, category);
    const service = createProjectService(store);
    return {
      result,
      notes: result.notes.map(({ note }) => inEnglish(note)),
      skipped: result.skipped.map((problem) => `#${problem.position}: ${inEnglish(problem.message)}`),
      repaired: result.repaired.map((repair) => `#${repair.position}: ${inEnglish(repair.message)}`),
      places: service.listPlaces({}),
      quarters: service.listQuarters({}),
      routes: service.listRoutes({}),
      groups: service.listGroups({}),
    };
  } finally {
    store.close();
  }
}

export function writeText(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** GDAL's ogr2ogr, as users convert files (the tests that call it run only where GDAL is). */
export function ogr2ogr(args: string[]): void {
  execFileSync('ogr2ogr', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Runs a Python script with GDAL's bindings (osgeo), passing arguments; returns its output. */
export function gdalPython(script: string, args: string[] = [], input?: string): string {
  return execFileSync('/usr/bin/python3', ['-c', script, ...args], {
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function featureCollection(features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

export function feature(properties: Record<string, unknown>, geometry: unknown): unknown {
  return { type: 'Feature', properties, geometry };
}
