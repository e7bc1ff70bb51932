// electron-builder hooks (build/electron-builder.json): keep the Node build of better-sqlite3.
//
// With npmRebuild, electron-builder recompiles better-sqlite3 for Electron *in place*, in the
// project's node_modules, before copying it into the app. The CLI, serve mode and the tests load
// that same file under Node and would then fail with a NODE_MODULE_VERSION mismatch. So:
// beforeBuild saves the Node build, afterPack (the app's copy is made by then) puts it back.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const moduleDir = path.join(root, 'node_modules', 'better-sqlite3');
const binding = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');

function savedCopy() {
  const { version } = JSON.parse(fs.readFileSync(path.join(moduleDir, 'package.json'), 'utf8'));
  const key = `better-sqlite3-${version}-node-abi${process.versions.modules}-${process.platform}-${process.arch}.node`;
  return path.join(root, '.cache', 'node-native', key);
}

/** True when the file is a build this Node can load (not one already rebuilt for Electron). */
function loadsInNode(file) {
  // NOTE: in a child process: a library loaded here would stay mapped while the rebuild and the
  // restore rewrite that file, which can crash this process.
  const probe = 'process.dlopen({ exports: {} }, process.argv[1])';
  return spawnSync(process.execPath, ['-e', probe, file], { stdio: 'ignore' }).status === 0;
}

/** Replaces `target` with a new file (write, then rename) rather than rewriting it in place. */
function replaceFile(source, target) {
  const temporary = `${target}.${process.pid}.tmp`;
  fs.copyFileSync(source, temporary);
  fs.renameSync(temporary, target);
}

export async function beforeBuild() {
  const copy = savedCopy();
  if (fs.existsSync(binding) && loadsInNode(binding)) {
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    replaceFile(binding, copy);
  } else if (!fs.existsSync(copy)) {
    process.stderr.write(
      '  • better-sqlite3 in node_modules is not a Node build and none was saved; run "npm rebuild better-sqlite3" after packaging\n',
    );
  }
  // true: electron-builder goes on to rebuild the native modules for Electron.
  return true;
}

export async function afterPack() {
  const copy = savedCopy();
  if (fs.existsSync(copy)) replaceFile(copy, binding);
}
