import { useCallback, useRef } from 'react';
import { strings } from '../../i18n/strings.js';
import { useMenuCommand } from '../../util/use-menu-command.js';

/** What the import reads (shared/codecs/import/read-source.ts decides by content, not by name). */
export const IMPORT_ACCEPT = '.geojson,.json,.csv,.tsv,.txt,.kml,.kmz,.gpx,.zip,.gpkg,.fgb';

/** What the OpenStreetMap import reads (the backend decides by content). */
export const OSM_IMPORT_ACCEPT = '.osm,.gz,.pbf';

/** "OpenStreetMap…": chooses an extract; the chosen file goes to `onFile`. */
export function OsmImportButton({ disabled, onFile }: { disabled: boolean; onFile(file: File): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="osm-import-button"
        title={strings.osmImportButtonTitle}
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {strings.osmImportButton}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={OSM_IMPORT_ACCEPT}
        aria-label={strings.osmImportFileInputLabel}
        data-testid="osm-import-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

/** "Import…": opens the system's file chooser; the chosen file goes to `onFile`. */
export function ImportButton({ disabled, onFile }: { disabled: boolean; onFile(file: File): void }) {
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
        title={strings.importButtonTitle}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {strings.importButton}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={IMPORT_ACCEPT}
        aria-label={strings.importFileInputLabel}
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
