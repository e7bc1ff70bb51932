import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { transferMessages } from '../../../shared/i18n/messages/transfer.js';

// Files the CLI writes (exports) appear whole or not at all: a temporary file beside the target,
// renamed over it once complete.

/** Writes `bytes` to `target` all at once: no half-written file is ever left at the target path. */
export function writeFileAtomically(target: string, bytes: Uint8Array): void {
  const dir = path.dirname(path.resolve(target));
  if (!fs.existsSync(dir))
    throw new ApiError('invalid-input', messageRef(transferMessages.folderMissing, { folder: dir }), 'out');
  const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.partial`);
  try {
    const handle = fs.openSync(temporary, 'wx');
    try {
      // NOTE: writeSync may write less than asked (a full disk, a signal): loop until all is written;
      // an error (ENOSPC, EIO) throws and the target is never touched.
      for (let written = 0; written < bytes.length;) {
        written += fs.writeSync(handle, bytes, written, bytes.length - written);
      }
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, target);
    syncFolder(dir);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      'internal',
      messageRef(transferMessages.cannotWrite, { file: target, reason: (error as Error).message }),
      'out',
    );
  }
}

/** Makes the rename itself durable (POSIX); folders cannot be opened for fsync on Windows. */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const handle = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}
