import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ApiError } from '../../../shared/api/errors.js';
import type { UploadProjectSchema } from '../../../shared/api/projects.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { projectsMessages as m } from '../../../shared/i18n/messages/projects.js';
import { checkProjectFile } from '../../store/project-store.js';
import { fileReason } from './file-reasons.js';
import { baseOfSentName, fileInFolder, freeFileName, projectFileName } from './project-files.js';

// A project file sent by the page (serve mode): its size checked before it is decoded, written to
// a hidden file of the projects folder, opened and checked as a project Itinera can open, then
// given a free file name made from the sent name (never used as a path). A refused file leaves
// nothing behind.

export interface UploadOptions {
  folder: string;
  maxBytes: number;
  log: (error: unknown) => void;
}

/** The bytes base64 text decodes to, without decoding it. */
export function decodedBytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** Keeps an uploaded project in `folder`; answers its file name there. */
export function storeUpload(
  { fileName: sentName, contentBase64 }: z.output<typeof UploadProjectSchema>,
  { folder, maxBytes, log }: UploadOptions,
): string {
  const base = baseOfSentName(sentName);
  // Named in messages by the sent name's last part only: what the person chose, no folder.
  const fileName = `${base}.gpkg`;
  if (decodedBytes(contentBase64) > maxBytes) {
    throw new ApiError(
      'invalid-input',
      messageRef(m.uploadTooLarge, { fileName, limit: Math.floor(maxBytes / (1024 * 1024)) }),
      'contentBase64',
    );
  }
  fs.mkdirSync(folder, { recursive: true });
  const staging = path.join(folder, `.${crypto.randomUUID()}.itinera-upload`);
  try {
    fs.writeFileSync(staging, Buffer.from(contentBase64, 'base64'), { flag: 'wx' });
    try {
      checkProjectFile(staging);
    } catch (error) {
      const reason = fileReason(error, fileName, m.damaged, log);
      throw new ApiError('invalid-input', messageRef(m.uploadRefused, { fileName, reason }), 'contentBase64');
    }
    const target = freeFileName(folder, (projectFileName(base) ?? 'Project.gpkg').replace(/\.gpkg$/, ''));
    fs.renameSync(staging, fileInFolder(folder, target));
    return target;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const reason = fileReason(error, fileName, m.notWritten, log);
    throw new ApiError('internal', messageRef(m.uploadRefused, { fileName, reason }));
  } finally {
    fs.rmSync(staging, { force: true });
  }
}
