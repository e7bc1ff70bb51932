import { z } from 'zod';
import { modelMessages as m } from '../i18n/messages/model.js';
import { validationMessages } from '../i18n/messages/validation.js';
import { problem } from '../i18n/validation.js';
import { MAX_IMPORT_BASE64_CHARACTERS } from './limits.js';

// A file the renderer hands to the backend to stage (import, OSM extract, basemap file): its
// name, checked against what the step takes, and its bytes as base64 up to the app's limit
// (larger files go through the named `itinera` command, which reads them from disk).

export function stagedFileSchema(options: { name?: { pattern: RegExp; message: string }; command: string }) {
  const fileName = z.string().trim().min(1).max(255);
  return z
    .object({
      fileName: options.name ? fileName.regex(options.name.pattern, options.name.message) : fileName,
      contentBase64: z
        .string()
        .max(MAX_IMPORT_BASE64_CHARACTERS, problem(m.fileTooLargeForApp, { command: options.command }))
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, problem(validationMessages.badFormat, { format: 'base64' })),
    })
    .strict();
}
