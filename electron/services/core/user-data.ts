import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { MessageError } from '../../../shared/i18n/message-error.js';
import { projectMessages } from '../../../shared/i18n/messages/project.js';

// Where Itinera keeps the user's own files. The same folder Electron's app.getPath('userData')
// gives for an app named "Itinera", so the desktop app and serve mode share projects.
// ITINERA_DATA_DIR overrides it (tests, portable installs).

export function userDataDir(): string {
  const override = process.env.ITINERA_DATA_DIR;
  if (override) return path.resolve(override);
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Itinera');
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Itinera');
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Itinera');
  }
}

export const SAMPLE_FILE_NAME = 'krems-old-town-sample.gpkg';

/**
 * The user's copy of the sample project, copied from the shipped one on first run. The shipped
 * copy is only ever read; the user edits their own copy.
 */
export function ensureSampleProject(shippedSample: string, dataDir = userDataDir()): string {
  const target = path.join(dataDir, 'projects', SAMPLE_FILE_NAME);
  if (!fs.existsSync(target)) {
    if (!fs.existsSync(shippedSample)) {
      throw new MessageError(messageRef(projectMessages.sampleMissing, { file: shippedSample }));
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(shippedSample, target, fs.constants.COPYFILE_EXCL);
  }
  return target;
}
