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
      fs.writeSync(handle, bytes);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, target);
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
