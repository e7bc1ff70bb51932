import { execFileSync } from 'node:child_process';

// CLI, serve-mode and e2e tests run the built app (dist/), as users do: build it when stale.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
}
