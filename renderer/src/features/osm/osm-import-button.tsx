import { useRef } from 'react';
import { osmMessages as m } from '../../../../shared/i18n/messages/ui/osm.js';
import { useT } from '../../i18n/i18n-context.js';

/** What the OpenStreetMap import reads (the backend decides by content). */
export const OSM_IMPORT_ACCEPT = '.osm,.gz,.pbf';

/** "OpenStreetMap…": chooses an extract; the chosen file goes to `onFile`. */
export function OsmImportButton({ disabled, onFile }: { disabled: boolean; onFile(file: File): void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="osm-import-button"
        title={t.t(m.buttonTitle)}
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {t.t(m.button)}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={OSM_IMPORT_ACCEPT}
        aria-label={t.t(m.fileInput)}
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
