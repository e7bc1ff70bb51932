import { useEffect, useState } from 'react';
import type { RouteGuide } from '../../../../shared/api/guides.js';
import { loadAttachment } from '../../api/attachment-bytes.js';

// The stops' photos for print: each original read once and made at most PHOTO_PIXELS wide (a
// photo printed 8 cm wide needs about 950 pixels at 300 dpi), as JPEG: a guide of many stops with
// camera photos stays a few megabytes. A photo that cannot be read is left out of the guide.

const PHOTO_PIXELS = 1200;

async function printable(blob: Blob): Promise<string> {
  const bitmap = await createImageBitmap(blob);
  const scale = Math.min(1, PHOTO_PIXELS / bitmap.width);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const jpeg = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  if (!jpeg) throw new Error('the photo could not be made smaller');
  return URL.createObjectURL(jpeg);
}

/** Object URLs of the stops' photos by stop number, and whether every photo is read (or failed). */
export function usePrintPhotos(guide: RouteGuide | null): { urls: Map<number, string>; settled: boolean } {
  const [state, setState] = useState<{ urls: Map<number, string>; settled: boolean }>({
    urls: new Map(),
    settled: false,
  });
  useEffect(() => {
    if (!guide) return;
    let current = true;
    const urls = new Map<number, string>();
    const withPhotos = guide.stops.filter((stop) => stop.photo);
    void Promise.all(
      withPhotos.map(async (stop) => {
        try {
          urls.set(stop.number, await printable(await loadAttachment(stop.photo!.attachmentId, 'original')));
        } catch {
          // Left out: the guide is still printed, without this photo.
        }
      }),
    ).then(() => {
      if (current) setState({ urls, settled: true });
    });
    return () => {
      current = false;
      for (const url of urls.values()) URL.revokeObjectURL(url);
    };
  }, [guide]);
  return state;
}
