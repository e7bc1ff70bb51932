import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The application's root (where dist/ is): this module is two levels below it, as source
 * (electron/cli/) and bundled (dist/cli/).
 */
export function appRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}
