import { run } from './itinera.js';

process.exitCode = await run(process.argv.slice(2));
