import { unzipSync } from 'fflate';
import { IMPORT_LIMITS, ImportError } from './source-table.js';
import { messageRef as ref } from '../../i18n/define-messages.js';
import { importReasonMessages as reason, importWhereMessages as where } from '../../i18n/messages/transfer-reasons.js';

// Unzips an archive the user dropped, refusing what a hostile one tries: names that climb out
// of the archive (../, absolute paths, drive letters), too many entries, and zip bombs (declared
// sizes or ratios beyond the limits; fflate inflates into a buffer of the declared size only).

function unsafeName(name: string): boolean {
  if (name.includes('\0') || name.includes('\\')) return true;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return true;
  return name.split('/').some((segment) => segment === '..');
}

export function safeUnzip(
  bytes: Uint8Array,
  fileName: string,
  wanted: (name: string) => boolean,
): Map<string, Uint8Array> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new ImportError(fileName, null, ref(reason.notZip));
  let entries = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        entries += 1;
        if (entries > IMPORT_LIMITS.maxZipEntries) {
          throw new ImportError(fileName, null, ref(reason.tooManyEntries, { maximum: IMPORT_LIMITS.maxZipEntries }));
        }
        if (unsafeName(file.name)) {
          throw new ImportError(fileName, ref(where.entry, { name: file.name }), ref(reason.unsafePath));
        }
        if (!wanted(file.name) || file.name.endsWith('/') || file.name.includes('__MACOSX/')) return false;
        total += file.originalSize;
        const ratio = file.originalSize / Math.max(file.size, 1);
        if (total > IMPORT_LIMITS.maxUnzippedBytes || ratio > IMPORT_LIMITS.maxCompressionRatio) {
          throw new ImportError(fileName, ref(where.entry, { name: file.name }), ref(reason.zipBomb));
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(fileName, null, ref(reason.zipDamaged, { detail: (error as Error).message }));
  }
  return new Map(Object.entries(files));
}
