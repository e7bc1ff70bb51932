import { MAX_THUMBNAIL_BYTES } from '../../../../shared/api/limits.js';

// Thumbnails are drawn here, in the renderer, and sent with the upload: Chromium already decodes
// every image format the app shows (and honours EXIF orientation), so the backend needs no native
// image library (sharp, libvips) and stays plain Node. A file Chromium cannot decode (PDF, TIFF,
// HEIC) simply gets none, and the panel shows its type instead.

/** Longest side of a thumbnail, in pixels: sharp on a 2× screen in the 3-column grid. */
export const THUMBNAIL_SIZE = 320;

export async function makeThumbnail(file: Blob): Promise<Uint8Array | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  try {
    const scale = Math.min(1, THUMBNAIL_SIZE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    // JPEG has no transparency: a transparent PNG would otherwise turn black.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    for (const quality of [0.82, 0.6, 0.4]) {
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
      if (blob.size <= MAX_THUMBNAIL_BYTES) return new Uint8Array(await blob.arrayBuffer());
    }
    return null;
  } finally {
    bitmap.close();
  }
}
