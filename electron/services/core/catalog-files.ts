import fs from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../../../shared/i18n/catalogs.js';
import type { AppLocale } from '../../../shared/i18n/locales.js';

// shared/i18n/catalogs.ts as the command line and the import worker have it (scripts/build.mjs
// puts this module in its place): a language's catalog is read from dist/i18n/ when a translator
// of that language is first made, so a command does not build all six at its start (a fifth of
// `itinera info`'s time, and 10 MB of each import worker's memory, measured).

/** dist/i18n/locales, beside the bundles' folders (dist/cli, dist/workers). */
const folder = () => path.join(__dirname, '..', 'i18n', 'locales');

const read = new Map<string, Catalog>();

export function catalogOf(locale: Exclude<AppLocale, 'en'>): Catalog {
  let catalog = read.get(locale);
  if (!catalog) {
    catalog = JSON.parse(fs.readFileSync(path.join(folder(), `${locale}.json`), 'utf8')) as Catalog;
    read.set(locale, catalog);
  }
  return catalog;
}
