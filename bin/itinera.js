#!/usr/bin/env node
// The `itinera` command: runs the built CLI (npm run build writes dist/cli/itinera.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli/itinera.mjs', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('itinera: the command is not built yet; run "npm run build" first.\n');
  process.exit(1);
}
await import(cli);
