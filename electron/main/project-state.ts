import path from 'node:path';

// What the shell remembers between runs (the last project: services/core/app-state.ts) and how
// it reads the command line. Plain Node: no Electron needed to test it.

export { readLastProject, rememberProject as rememberLastProject } from '../services/core/app-state.js';

/** The file named by `--project FILE` or `--project=FILE`, resolved against `cwd`. */
export function projectArgument(argv: readonly string[], cwd: string): string | null {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--project') {
      const value = argv[index + 1];
      return value && !value.startsWith('--') ? path.resolve(cwd, value) : null;
    }
    if (argument?.startsWith('--project=')) {
      const value = argument.slice('--project='.length);
      return value ? path.resolve(cwd, value) : null;
    }
  }
  return null;
}
