import { useId, useState } from 'react';
import type { Quarter } from '../../../../shared/model/schemas.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { osmMessages as m } from '../../../../shared/i18n/messages/ui/osm.js';
import { SYMBOLS } from '../../app/symbols.js';
import { useT } from '../../i18n/i18n-context.js';
import type { OsmImportController } from './use-osm-import.js';
import { ErrorMessage } from '../../app/error-message.js';
import { ModalDialog } from '../../app/modal-dialog.js';
import { OsmMappingDialog } from './osm-mapping-dialog.js';
import { OsmReviewStep } from './osm-review-step.js';

/**
 * Options (whole extract, a quarter, a box; the category mapping), then a progress bar with
 * Cancel, the review of the matches when there are any, or why it failed.
 */
export function OsmImportDialog({ controller, quarters }: { controller: OsmImportController; quarters: Quarter[] }) {
  const t = useT();
  const { state } = controller;
  const id = useId();
  const [mapping, setMapping] = useState(false);
  if (state.step === 'closed') return null;
  const fileName = state.step === 'options' ? state.file.name : state.fileName;
  const working = state.step === 'uploading' || state.step === 'running';
  return (
    <>
      <ModalDialog
        labelledBy={`${id}-title`}
        className="import-dialog import-dialog--compact osm-import-dialog"
        testId="osm-import-dialog"
        busy={working}
        contentKey={state.step}
        onCancel={controller.cancel}
      >
        <header className="dialog__header">
          <h2 className="dialog__title" id={`${id}-title`}>
            {t.t(m.title, { fileName })}
          </h2>
        </header>
        {state.step === 'options' && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              controller.start();
            }}
            noValidate
          >
            <div className="dialog__body">
              <fieldset className="osm-import-dialog__clip">
                <legend className="field__label">{t.t(m.clipLegend)}</legend>
                <label className="osm-import-dialog__choice">
                  <input
                    type="radio"
                    name={`${id}-clip`}
                    data-testid="osm-clip-all"
                    checked={state.clip.kind === 'all'}
                    onChange={() => controller.setClip({ kind: 'all' })}
                  />
                  {t.t(m.clipAll)}
                </label>
                {quarters.length > 0 && (
                  <label className="osm-import-dialog__choice">
                    <input
                      type="radio"
                      name={`${id}-clip`}
                      data-testid="osm-clip-quarter"
                      checked={state.clip.kind === 'quarter'}
                      onChange={() => controller.setClip({ kind: 'quarter', quarterId: quarters[0]!.id })}
                    />
                    {t.t(m.clipQuarter)}
                  </label>
                )}
                {state.clip.kind === 'quarter' && (
                  <select
                    className="input"
                    aria-label={t.t(m.quarterLabel)}
                    data-testid="osm-clip-quarter-select"
                    value={state.clip.quarterId}
                    onChange={(event) => controller.setClip({ kind: 'quarter', quarterId: Number(event.target.value) })}
                  >
                    {quarters.map((quarter) => (
                      <option key={quarter.id} value={quarter.id}>
                        {quarter.name}
                      </option>
                    ))}
                  </select>
                )}
                <label className="osm-import-dialog__choice">
                  <input
                    type="radio"
                    name={`${id}-clip`}
                    data-testid="osm-clip-box"
                    checked={state.clip.kind === 'box'}
                    onChange={() => controller.setClip({ kind: 'box', text: '' })}
                  />
                  {t.t(m.clipBox)}
                </label>
                {state.clip.kind === 'box' && (
                  <input
                    className="input"
                    aria-label={t.t(m.boxLabel)}
                    data-testid="osm-clip-box-input"
                    placeholder={SYMBOLS.boxExample}
                    value={state.clip.text}
                    onChange={(event) => controller.setClip({ kind: 'box', text: event.target.value })}
                  />
                )}
              </fieldset>
              {state.error && <ErrorMessage message={state.error} />}
              <p className="dialog__hint">{t.t(m.hint)}</p>
            </div>
            <footer className="dialog__footer">
              <div className="dialog__actions">
                <button
                  type="button"
                  className="button"
                  data-testid="osm-categories-button"
                  aria-haspopup="dialog"
                  onClick={() => setMapping(true)}
                >
                  {t.t(m.categoriesButton)}
                </button>
                <span className="dialog__spacer" />
                <button type="button" className="button" onClick={controller.cancel}>
                  {t.t(commonMessages.cancel)}
                </button>
                <button type="submit" className="button button--primary" data-testid="osm-import-start">
                  {t.t(m.start)}
                </button>
              </div>
            </footer>
          </form>
        )}
        {working && (
          <>
            <div className="dialog__body">
              <p className="import-dialog__reading" role="status" data-testid="osm-import-phase">
                {state.step === 'uploading'
                  ? t.t(m.uploading, { fileName })
                  : state.cancelling
                    ? t.t(m.cancelling)
                    : t.t(m.phase, {
                        phase: state.status.phase.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
                      })}
              </p>
              {state.step === 'running' && state.status.total > 0 ? (
                <progress
                  className="import-dialog__progress"
                  data-testid="osm-import-progress"
                  aria-label={t.t(m.progressLabel)}
                  max={state.status.total}
                  value={Math.min(state.status.done, state.status.total)}
                />
              ) : (
                <progress className="import-dialog__progress" aria-label={t.t(m.progressLabel)} />
              )}
            </div>
            <footer className="dialog__footer">
              <div className="dialog__actions">
                <span className="dialog__spacer" />
                <button
                  type="button"
                  className="button"
                  data-testid="osm-import-cancel"
                  disabled={state.step === 'running' && state.cancelling}
                  onClick={controller.cancel}
                >
                  {t.t(commonMessages.cancel)}
                </button>
              </div>
            </footer>
          </>
        )}
        {state.step === 'review' && <OsmReviewStep state={state} controller={controller} />}
        {state.step === 'failed' && (
          <>
            <div className="dialog__body">
              <ErrorMessage message={state.message} />
            </div>
            <footer className="dialog__footer">
              <div className="dialog__actions">
                <span className="dialog__spacer" />
                <button type="button" className="button button--primary" autoFocus onClick={controller.cancel}>
                  {t.t(commonMessages.close)}
                </button>
              </div>
            </footer>
          </>
        )}
      </ModalDialog>
      {mapping && <OsmMappingDialog onClose={() => setMapping(false)} />}
    </>
  );
}
