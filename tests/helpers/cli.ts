import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'itinera.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The command speaks the environment's language: tests read its English text, whatever language
 * the machine running them is set to (a test passes LC_ALL: '' and its own LANG, or --lang).
 */
const ENGLISH = { LC_ALL: 'en_US.UTF-8' };

/** Runs the real `itinera` command (bin/itinera.js, built CLI) and waits for it. */
export function itinera(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...ENGLISH, ...env },
    timeout: timeoutMs,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface ServeProcess {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/** Starts `itinera serve --no-open` and resolves once it prints its URL. */
export function startServe(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--no-open', ...args], {
    env: { ...process.env, ...ENGLISH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`itinera serve printed no URL within 30 s. stderr: ${stderr}`));
    }, 30_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`itinera serve exited with ${code}: ${stderr}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^Itinera is running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)$/m.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: `${match[1]}/?token=${match[2]}`,
        origin: match[1]!,
        token: match[2]!,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
