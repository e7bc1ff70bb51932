import fs from 'node:fs';
import path from 'node:path';

// What the shell remembers between runs (the last project) and how it reads the command line.
// Plain Node: no Electron needed to test it.

interface ShellState {
  lastProject?: string;
}

function readState(statePath: string): ShellState {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(statePath, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as ShellState) : {};
  } catch {
    // Missing or damaged state is not worth an error: start from the sample instead.
    return {};
  }
}

/** The project opened last time, if it still exists. */
export function readLastProject(statePath: string): string | null {
  const file = readState(statePath).lastProject;
  return typeof file === 'string' && file !== '' && fs.existsSync(file) ? file : null;
}

export function rememberLastProject(statePath: string, file: string): void {
  const state: ShellState = { ...readState(statePath), lastProject: path.resolve(file) };
  fs.mkdirSync(path.dirname(statePath), { recursive: true });
  // Write then rename, so a crash never leaves half a state file behind.
  const temporary = `${statePath}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(temporary, statePath);
}

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
