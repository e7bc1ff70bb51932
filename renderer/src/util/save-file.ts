import { base64ToBytes } from './base64.js';

/** How long the object URL outlives the click: Chromium starts the download asynchronously. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Hands a file to the browser's download: a Blob, an object URL and an `<a download>` click. The
 * same code saves in serve mode (the browser's downloads) and in Electron (Chromium's download,
 * which asks where to save). No network request: the bytes are already here.
 */
export function saveFile(fileName: string, mimeType: string, contentBase64: string): void {
  saveBlob(fileName, new Blob([base64ToBytes(contentBase64)], { type: mimeType }));
}

/** The same for bytes already in a Blob (an attachment loaded from the project). */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
