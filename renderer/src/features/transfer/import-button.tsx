import { useCallback, useRef } from 'react';
import { transferMessages as m } from '../../../../shared/i18n/messages/ui/transfer.js';
import { useT } from '../../i18n/i18n-context.js';
import { useMenuCommand } from '../../util/use-menu-command.js';

/** What the import reads (shared/codecs/import/read-source.ts decides by content, not by name). */
export const IMPORT_ACCEPT = '.geojson,.json,.csv,.tsv,.txt,.kml,.kmz,.gpx,.zip,.gpkg,.fgb';

/** "Import…": opens the system's file chooser; the chosen file goes to `onFile`. */
export function ImportButton({ disabled, onFile }: { disabled: boolean; onFile(file: File): void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  useMenuCommand(
    'import',
    useCallback(() => {
      if (!disabled) input.current?.click();
    }, [disabled]),
  );
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="import-button"
        title={t.t(m.importButtonTitle)}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {t.t(m.importButton)}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={IMPORT_ACCEPT}
        aria-label={t.t(m.importFileInput)}
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so that choosing the same file again (after fixing it) reads it again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
