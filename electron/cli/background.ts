import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

// Work a command leaves running after it ends (as `git gc --auto` does): another `itinera` process,
// detached, its output discarded. Used for the search index a large import leaves to be built.

/** The built command beside this module (dist/cli/itinera.mjs); null when run from the sources. */
function builtCommand(): string | null {
  const file = fileURLToPath(new URL('./itinera.mjs', import.meta.url));
  return fs.existsSync(file) ? file : null;
}

/** Starts `itinera ARGS…` in the background; false when it cannot (then the caller does the work). */
export function startInBackground(args: readonly string[]): boolean {
  const command = builtCommand();
  if (!command) return false;
  const child = spawn(process.execPath, [command, ...args], { detached: true, stdio: 'ignore', windowsHide: true });
  child.on('error', () => undefined);
  child.unref();
  return true;
}
