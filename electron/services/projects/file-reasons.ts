import {
  isMessageRef,
  messageRef,
  type MessageDescriptor,
  type MessageRef,
} from '../../../shared/i18n/define-messages.js';
import { projectsMessages as m } from '../../../shared/i18n/messages/projects.js';

// Why a project file could not be made, opened or copied, as a message a page may show: the
// store's own reason with the file named by its file name alone, or the system's reason in words.
// Never a path, a temporary file's name or SQLite's text (which may hold either).

const SYSTEM_REASONS: Readonly<Record<string, MessageDescriptor>> = {
  ENOSPC: m.diskFull,
  EDQUOT: m.diskFull,
  SQLITE_FULL: m.diskFull,
  EACCES: m.notAllowed,
  EPERM: m.notAllowed,
  EROFS: m.notAllowed,
  SQLITE_READONLY: m.notAllowed,
  SQLITE_NOTADB: m.damaged,
  SQLITE_CORRUPT: m.damaged,
};

export function fileReason(
  error: unknown,
  fileName: string,
  fallback: MessageDescriptor,
  log: (error: unknown) => void = console.error,
): MessageRef {
  const detail = (error as { detail?: unknown } | null)?.detail;
  if (isMessageRef(detail)) {
    // The store's messages name the file by its path as {file}: here by its name.
    return detail.values && 'file' in detail.values
      ? { ...detail, values: { ...detail.values, file: fileName } }
      : detail;
  }
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const known = SYSTEM_REASONS[code] ?? SYSTEM_REASONS[code.split('_').slice(0, 2).join('_')];
  if (known) return messageRef(known);
  // Not one we can put in words: the log keeps the details for whoever runs the server.
  log(error);
  return messageRef(fallback);
}
