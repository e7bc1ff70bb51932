import { appMessages as m } from '../../../shared/i18n/messages/ui/app.js';
import { commonMessages } from '../../../shared/i18n/messages/ui/common.js';
import { transferMessages } from '../../../shared/i18n/messages/ui/transfer.js';
import { ContentLanguagesButton } from '../features/languages/content-languages-button.js';
import { OsmImportButton } from '../features/osm/osm-import-button.js';
import { ImportButton } from '../features/transfer/import-button.js';
import { useTransfer } from '../features/transfer/transfer-context.js';
import { useT } from '../i18n/i18n-context.js';
import { focusMap, useMapHandle } from '../map/map-handle.js';
import { useMapTools } from './map-tools/map-tools-context.js';
import { useWorkspace } from './project/workspace-context.js';

/**
 * Add a place; import a file; export; the project's content languages. While a place is being
 * added, only that and its cancel.
 */
export function SidebarToolbar() {
  const t = useT();
  const { ready } = useWorkspace();
  const { tool, toggleAddMode, place } = useMapTools();
  const { importing, startImport, startOsmImport, openExport } = useTransfer();
  const mapRef = useMapHandle();
  const addMode = tool === 'place';
  return (
    <div className="toolbar">
      <button
        type="button"
        className={`button ${addMode ? 'button--active' : 'button--primary'}`}
        data-testid="add-place-button"
        aria-pressed={addMode}
        disabled={!ready}
        onClick={(event) => {
          toggleAddMode();
          // From the keyboard, the map takes the focus: Enter there adds the place at its centre.
          if (event.detail === 0 && !addMode) focusMap(mapRef);
        }}
      >
        {addMode ? t.t(m.addPlaceActive) : t.t(m.addPlace)}
      </button>
      {addMode ? (
        <button type="button" className="button" onClick={place.cancelAdding}>
          {t.t(commonMessages.cancel)}
        </button>
      ) : (
        <>
          <ImportButton disabled={!ready || importing} onFile={startImport} />
          <OsmImportButton disabled={!ready || importing} onFile={startOsmImport} />
          <button
            type="button"
            className="button"
            data-testid="export-button"
            title={t.t(transferMessages.exportButtonTitle)}
            aria-haspopup="dialog"
            disabled={!ready}
            onClick={openExport}
          >
            {t.t(transferMessages.exportButton)}
          </button>
          <ContentLanguagesButton />
        </>
      )}
    </div>
  );
}
