import { useId } from 'react';
import { transferMessages as m } from '../../../../shared/i18n/messages/ui/transfer.js';
import { useT } from '../../i18n/i18n-context.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { canRunImport, plannedTotal, type ImportController, type PreviewState } from './use-import.js';
import { ErrorMessage } from '../../app/error-message.js';
import { ImportLayerPicker } from './import-layer-picker.js';
import { ImportMappingFields } from './import-mapping-fields.js';
import { ImportProblems } from './import-problems.js';
import { ImportSampleTable } from './import-sample-table.js';
import { ModalDialog } from '../../app/modal-dialog.js';

/** Reading the file, then its preview (mapping, first rows, problems), or why it failed. */
export function ImportDialog({ controller }: { controller: ImportController }) {
  const t = useT();
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
          {t.t(m.importTitle, { fileName: state.fileName })}
        </h2>
        {state.step === 'preview' && (
          <p className="dialog__subtitle" data-testid="import-format">
            {t.t(m.subtitle, {
              format: t.t(m.importFormatName, { format: state.format }),
              rows: state.layers.reduce((sum, layer) => sum + layer.preview.rowCount, 0),
              layers: state.layers.length,
            })}
          </p>
        )}
      </header>
      {state.step === 'reading' && (
        <>
          <div className="dialog__body">
            <p className="import-dialog__reading" role="status" data-testid="import-reading">
              {t.t(m.reading, { fileName: state.fileName })}
            </p>
            <progress className="import-dialog__progress" aria-label={t.t(m.reading, { fileName: state.fileName })} />
          </div>
          <footer className="dialog__footer">
            <div className="dialog__actions">
              <span className="dialog__spacer" />
              <button type="button" className="button" data-testid="cancel-import-button" onClick={controller.cancel}>
                {t.t(commonMessages.cancel)}
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
                {t.t(commonMessages.close)}
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
  const t = useT();
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
              <ul className="import-notes" aria-label={t.t(m.notesLabel)} data-testid="import-notes">
                {current.preview.notes.map((note, index) => (
                  <li key={`${note.id}-${index}`} className="import-notes__note">
                    {t.t(note)}
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
              ? t.t(m.planning)
              : state.layers.length > 1
                ? t.t(m.plannedFromLayers, { ...total, layers: included })
                : t.t(m.planned, total)}
          </p>
          <button type="button" className="button" data-testid="cancel-import-button" onClick={controller.cancel}>
            {t.t(commonMessages.cancel)}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="run-import-button"
            disabled={!canRunImport(state)}
            onClick={controller.run}
          >
            {state.running ? t.t(m.runningImport) : t.t(m.runImport)}
          </button>
        </div>
      </footer>
    </>
  );
}
