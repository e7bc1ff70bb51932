import { z } from 'zod';
import { MAX_IMPORT_BASE64_CHARACTERS } from './limits.js';

// A file the renderer hands to the backend to stage (import, OSM extract, basemap file): its
// name, checked against what the step takes, and its bytes as base64 up to the app's limit
// (larger files go through the named `itinera` command, which reads them from disk).

export function stagedFileSchema(options: { name?: { pattern: RegExp; message: string }; command: string }) {
  const fileName = z.string().trim().min(1, 'must not be empty').max(255);
  return z
    .object({
      fileName: options.name ? fileName.regex(options.name.pattern, options.name.message) : fileName,
      contentBase64: z
        .string()
        .max(
          MAX_IMPORT_BASE64_CHARACTERS,
          `is too large for the app; use "itinera ${options.command}" for files this size`,
        )
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
    })
    .strict();
}
