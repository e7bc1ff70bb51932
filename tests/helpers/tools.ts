import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

// External tools some tests run (GDAL, Chromium). Under CI=true a missing tool fails the test
// run (.ci/run installs them); elsewhere those tests skip and say why.

export const IN_CI = process.env.CI === 'true';

function available(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

export const TOOLS = {
  ogrinfo: { check: () => available('ogrinfo', ['--version']), install: 'gdal-bin' },
  validateGpkg: {
    check: () => available('/usr/bin/python3', ['-c', 'import osgeo_utils.samples.validate_gpkg']),
    install: 'python3-gdal',
  },
  chromium: { check: () => fs.existsSync('/usr/bin/chromium'), install: 'chromium' },
  gpsbabel: { check: () => available('gpsbabel', ['-V']), install: 'gpsbabel' },
  poppler: { check: () => available('pdftotext', ['-v']), install: 'poppler-utils' },
  postgis: {
    check: () => fs.existsSync('/usr/share/postgresql/15/extension/postgis.control'),
    install: 'postgresql-15-postgis-3',
  },
} as const;

/** True when every tool is there; throws under CI when one is missing; warns otherwise. */
export function haveTools(...names: (keyof typeof TOOLS)[]): boolean {
  const missing = names.filter((name) => !TOOLS[name].check());
  if (missing.length === 0) return true;
  const packages = missing.map((name) => TOOLS[name].install).join(' ');
  const message = `missing ${missing.join(', ')}: install with "apt-get install -y ${packages}"`;
  if (IN_CI) throw new Error(`CI=true and ${message}`);
  console.warn(`Skipping: ${message}`);
  return false;
}
