import { useId, useState, type FormEvent } from 'react';
import type { ExportResult } from '../../../../shared/api/transfer.js';
import { EXPORT_FORMATS, type ExportExtra, type ExportFormat } from '../../../../shared/codecs/export/export-data.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useApi } from '../../api/api-context.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { transferMessages as m } from '../../../../shared/i18n/messages/ui/transfer.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { isFilterActive, showsNothing, toExportFilter, type PlaceFilter } from '../filter/filter.js';
import { saveFile } from '../../util/save-file.js';
import { ErrorMessage } from '../../app/error-message.js';
import { ModalDialog } from '../../app/modal-dialog.js';

type CsvGeometry = 'wkt' | 'lonlat';

export interface ExportDialogProps {
  filter: PlaceFilter;
  shownPlaces: number;
  totalPlaces: number;
  onExported(result: ExportResult): void;
  onClose(): void;
}

/** Format (and for CSV, how coordinates are written) of an export that follows the filter. */
export function ExportDialog({ filter, shownPlaces, totalPlaces, onExported, onClose }: ExportDialogProps) {
  const t = useT();
  const api = useApi();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('geojson');
  const [csvGeometry, setCsvGeometry] = useState<CsvGeometry>('wkt');
  const [keepFormulas, setKeepFormulas] = useState(false);
  const [extras, setExtras] = useState<readonly ExportExtra[]>([]);
  const project = useWorkspace().data.project;
  // What this project has to carry along (a GeoPackage only).
  const available = [
    ...(project?.basemap ? (['basemap'] as const) : []),
    ...(project?.hasNetwork ? (['network'] as const) : []),
  ];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Notice | null>(null);
  const nothing = showsNothing(filter);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || nothing) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.exportData({
        format,
        filter: toExportFilter(filter),
        ...(format === 'csv' ? { csvGeometry, csvFormulas: keepFormulas ? 'keep' : 'neutralise' } : {}),
        ...(format === 'gpkg' ? { include: extras.filter((extra) => available.includes(extra)) } : {}),
      });
      saveFile(result.fileName, result.mimeType, result.contentBase64);
      onExported(result);
    } catch (caught) {
      setError(errorNotice(caught));
      setBusy(false);
    }
  }

  return (
    <ModalDialog
      labelledBy={`${id}-title`}
      className="export-dialog"
      testId="export-dialog"
      busy={busy}
      cancelable={!busy}
      onCancel={onClose}
    >
      <form className="export-form" onSubmit={submit} noValidate>
        <header className="dialog__header">
          <h2 className="dialog__title" id={`${id}-title`}>
            {t.t(m.exportTitle)}
          </h2>
        </header>
        <div className="dialog__body">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-format`}>
              {t.t(m.exportFormat)}
            </label>
            <select
              id={`${id}-format`}
              className="input"
              data-testid="export-format-select"
              value={format}
              disabled={busy}
              aria-describedby={`${id}-contents`}
              onChange={(event) => setFormat(event.target.value as ExportFormat)}
            >
              {EXPORT_FORMATS.map((entry) => (
                <option key={entry} value={entry}>
                  {t.t(m.exportFormatName, { format: entry })}
                </option>
              ))}
            </select>
            <p className="field__hint" id={`${id}-contents`}>
              {t.t(m.exportContents, { format })}
            </p>
          </div>
          {format === 'csv' && (
            <fieldset className="export-form__choice" disabled={busy}>
              <legend className="field__label">{t.t(m.csvGeometry)}</legend>
              <label className="export-form__option">
                <input
                  type="radio"
                  name={`${id}-csv-geometry`}
                  value="wkt"
                  data-testid="export-csv-wkt"
                  checked={csvGeometry === 'wkt'}
                  onChange={() => setCsvGeometry('wkt')}
                />
                {t.t(m.csvWkt)}
              </label>
              <label className="export-form__option">
                <input
                  type="radio"
                  name={`${id}-csv-geometry`}
                  value="lonlat"
                  data-testid="export-csv-lonlat"
                  checked={csvGeometry === 'lonlat'}
                  onChange={() => setCsvGeometry('lonlat')}
                />
                {t.t(m.csvLonLat)}
              </label>
              <label className="export-form__option">
                <input
                  type="checkbox"
                  data-testid="export-csv-keep-formulas"
                  checked={keepFormulas}
                  onChange={(event) => setKeepFormulas(event.target.checked)}
                />
                {t.t(m.csvKeepFormulas)}
              </label>
            </fieldset>
          )}
          {format === 'gpkg' && available.length > 0 && (
            <fieldset className="export-form__choice" disabled={busy}>
              <legend className="field__label">{t.t(m.alsoExport)}</legend>
              {available.map((extra) => (
                <label key={extra} className="export-form__option">
                  <input
                    type="checkbox"
                    data-testid={`export-include-${extra}`}
                    checked={extras.includes(extra)}
                    onChange={(event) =>
                      setExtras((current) =>
                        event.target.checked ? [...current, extra] : current.filter((entry) => entry !== extra),
                      )
                    }
                  />
                  {t.t(m.exportExtra, { extra })}
                </label>
              ))}
            </fieldset>
          )}
          <p
            className={nothing ? 'export-form__scope export-form__scope--empty' : 'export-form__scope'}
            data-testid="export-scope"
          >
            {nothing
              ? t.t(m.scopeNothing)
              : isFilterActive(filter)
                ? t.t(m.scopeFiltered, { shown: shownPlaces, total: totalPlaces })
                : t.t(m.scopeAll, { places: totalPlaces })}
          </p>
          <ErrorMessage message={error} />
        </div>
        <footer className="dialog__footer">
          <div className="dialog__actions">
            <span className="dialog__spacer" />
            <button
              type="button"
              className="button"
              data-testid="cancel-export-button"
              disabled={busy}
              onClick={onClose}
            >
              {t.t(commonMessages.cancel)}
            </button>
            <button
              type="submit"
              className="button button--primary"
              data-testid="run-export-button"
              disabled={busy || nothing}
            >
              {busy ? t.t(m.runningExport) : t.t(m.runExport)}
            </button>
          </div>
        </footer>
      </form>
    </ModalDialog>
  );
}
