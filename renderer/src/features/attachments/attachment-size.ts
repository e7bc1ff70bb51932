import { attachmentMessages as m } from '../../../../shared/i18n/messages/ui/attachments.js';
import type { Translator } from '../../../../shared/i18n/translator.js';

/** A file's size as a reader reads it: whole kilobytes under a megabyte, else megabytes to one decimal. */
export function attachmentSize(t: Translator, bytes: number): string {
  return bytes < 1024 * 1024
    ? t.t(m.sizeKilobytes, { kilobytes: Math.ceil(bytes / 1024) })
    : t.t(m.sizeMegabytes, { megabytes: Math.round((bytes / (1024 * 1024)) * 10) / 10 });
}
