import { strings } from '../i18n/strings.js';
import { ImportButton, OsmImportButton } from '../features/transfer/import-button.js';

export interface SidebarToolbarProps {
  ready: boolean;
  addMode: boolean;
  importing: boolean;
  onToggleAddMode(): void;
  onCancelAdding(): void;
  onImportFile(file: File): void;
  onExport(): void;
  /** An OpenStreetMap extract was chosen. */
  onImportOsmFile?(file: File): void;
}

/** Add a place; import a file; export. While a place is being added, only that and its cancel. */
export function SidebarToolbar({
  ready,
  addMode,
  importing,
  onToggleAddMode,
  onCancelAdding,
  onImportFile,
  onExport,
  onImportOsmFile,
}: SidebarToolbarProps) {
  return (
    <div className="toolbar">
      <button
        type="button"
        className={`button ${addMode ? 'button--active' : 'button--primary'}`}
        data-testid="add-place-button"
        aria-pressed={addMode}
        disabled={!ready}
        onClick={onToggleAddMode}
      >
        {addMode ? strings.addPlaceActive : strings.addPlace}
      </button>
      {addMode ? (
        <button type="button" className="button" onClick={onCancelAdding}>
          {strings.cancel}
        </button>
      ) : (
        <>
          <ImportButton disabled={!ready || importing} onFile={onImportFile} />
          {onImportOsmFile && <OsmImportButton disabled={!ready || importing} onFile={onImportOsmFile} />}
          <button
            type="button"
            className="button"
            data-testid="export-button"
            title={strings.exportButtonTitle}
            aria-haspopup="dialog"
            disabled={!ready}
            onClick={onExport}
          >
            {strings.exportButton}
          </button>
        </>
      )}
    </div>
  );
}
