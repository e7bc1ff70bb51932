import { useId } from 'react';
import { strings } from '../../i18n/strings.js';
import { canRunImport, plannedTotal, type ImportController, type PreviewState } from './use-import.js';
import { ErrorMessage } from '../../app/error-message.js';
import { ImportLayerPicker } from './import-layer-picker.js';
import { ImportMappingFields } from './import-mapping-fields.js';
import { ImportProblems } from './import-problems.js';
import { ImportSampleTable } from './import-sample-table.js';
import { ModalDialog } from '../../app/modal-dialog.js';

function formatLabel(format: string): string {
  return strings.importFormats[format] ?? format;
}

/** Reading the file, then its preview (mapping, first rows, problems), or why it failed. */
export function ImportDialog({ controller }: { controller: ImportController }) {
  const { state } = controller;
  const id = useId();
  if (state.step === 'closed') return null;
  const running = state.step === 'preview' && state.running;
  return (
    <ModalDialog
      labelledBy={`${id}-title`}
      className={state.step === 'preview' ? 'import-dialog' : 'import-dialog import-dialog--compact'}
      testId="import-preview"
      busy={state.step === 'reading' || running}
      cancelable={!running}
      contentKey={state.step}
      onCancel={controller.cancel}
    >
      <header className="dialog__header">
        <h2 className="dialog__title" id={`${id}-title`}>
          {strings.importTitle(state.fileName)}
        </h2>
        {state.step === 'preview' && (
          <p className="dialog__subtitle" data-testid="import-format">
            {strings.importSubtitle(
              formatLabel(state.format),
              state.layers.reduce((sum, layer) => sum + layer.preview.rowCount, 0),
              state.layers.length,
            )}
          </p>
        )}
      </header>
      {state.step === 'reading' && (
        <>
          <div className="dialog__body">
            <p className="import-dialog__reading" role="status" data-testid="import-reading">
              {strings.importReading(state.fileName)}
            </p>
            <progress className="import-dialog__progress" aria-label={strings.importReading(state.fileName)} />
          </div>
          <footer className="dialog__footer">
            <div className="dialog__actions">
              <span className="dialog__spacer" />
              <button type="button" className="button" data-testid="cancel-import-button" onClick={controller.cancel}>
                {strings.cancel}
              </button>
            </div>
          </footer>
        </>
      )}
      {state.step === 'failed' && (
        <>
          <div className="dialog__body">
            <ErrorMessage message={state.message} />
          </div>
          <footer className="dialog__footer">
            <div className="dialog__actions">
              <span className="dialog__spacer" />
              <button
                type="button"
                className="button button--primary"
                data-testid="close-import-button"
                autoFocus
                onClick={controller.cancel}
              >
                {strings.close}
              </button>
            </div>
          </footer>
        </>
      )}
      {state.step === 'preview' && <ImportPreviewContent state={state} controller={controller} />}
    </ModalDialog>
  );
}

function ImportPreviewContent({ state, controller }: { state: PreviewState; controller: ImportController }) {
  const current = state.layers[state.layerIndex] ?? state.layers[0];
  const total = plannedTotal(state.layers);
  const included = state.layers.filter((layer) => layer.include).length;
  const planning = state.layers.some((layer) => layer.planning);
  return (
    <>
      <div className="dialog__body import-dialog__body">
        {state.layers.length > 1 && (
          <ImportLayerPicker
            layers={state.layers}
            selected={state.layerIndex}
            disabled={state.running}
            onSelect={controller.selectLayer}
            onInclude={controller.setInclude}
          />
        )}
        {current && (
          <>
            {current.preview.notes.length > 0 && (
              <ul className="import-notes" aria-label={strings.importNotesLabel} data-testid="import-notes">
                {current.preview.notes.map((note) => (
                  <li key={note} className="import-notes__note">
                    {note}
                  </li>
                ))}
              </ul>
            )}
            <ImportMappingFields
              key={current.preview.index}
              columns={current.preview.columns}
              mapping={current.preview.mapping}
              disabled={state.running}
              onChange={(mapping) => controller.setMapping(state.layerIndex, mapping)}
            />
            <ImportSampleTable layer={current.preview} format={state.format} />
            <ImportProblems layer={current.preview} format={state.format} />
          </>
        )}
      </div>
      <footer className="dialog__footer">
        <ErrorMessage message={state.error} />
        <div className="dialog__actions">
          <p
            className="import-dialog__planned"
            role="status"
            data-testid="import-planned"
            aria-busy={planning || undefined}
          >
            {planning
              ? strings.importPlanning
              : state.layers.length > 1
                ? `${strings.importPlanned(total)} ${strings.importPlannedLayers(included)}`
                : strings.importPlanned(total)}
          </p>
          <button
            type="button"
            className="button"
            data-testid="cancel-import-button"
            disabled={state.running}
            onClick={controller.cancel}
          >
            {strings.cancel}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="run-import-button"
            disabled={!canRunImport(state)}
            onClick={controller.run}
          >
            {state.running ? strings.runningImport : strings.runImport}
          </button>
        </div>
      </footer>
    </>
  );
}
