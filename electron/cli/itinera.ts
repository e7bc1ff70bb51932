import { run } from './main.js';

// The entry point of the `itinera` command (bundled to dist/cli/itinera.mjs, run by bin/itinera.js).

// A reader that stops early (`itinera route … | head`) closes the pipe: stop quietly, as Unix
// tools do, instead of an unhandled EPIPE error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv.slice(2));
