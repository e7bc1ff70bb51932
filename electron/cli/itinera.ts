import { run } from './main.js';

// The entry point of the `itinera` command (bundled to dist/cli/itinera.mjs, run by bin/itinera.js).

process.exitCode = await run(process.argv.slice(2));
