import { useRef, useState } from 'react';
import type { BasemapFileRole, DemEncoding } from '../../../../shared/api/contract.js';
import type { MessageDescriptor } from '../../../../shared/i18n/define-messages.js';
import { basemapMessages as m } from '../../../../shared/i18n/messages/ui/basemaps.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { SYMBOLS } from '../../app/symbols.js';
import { useT } from '../../i18n/i18n-context.js';
import type { BasemapFilesController } from './use-basemap-files.js';
import { ErrorMessage } from '../../app/error-message.js';

// The map's "Basemaps" button and its panel: the files added to the project (MBTiles, PMTiles),
// each with its role (basemap or overlay), opacity, visibility and a remove button; "Add a file…"
// uploads one, shows what it holds and asks for its role (and, for a raster file that does not
// say, whether it is elevation) before the tiles are copied into the project.

const ENCODING_CHOICES: { value: DemEncoding | 'none'; label: MessageDescriptor }[] = [
  { value: 'none', label: m.elevationNone },
  { value: 'terrarium', label: m.elevationTerrarium },
  { value: 'mapbox', label: m.elevationMapbox },
];

function RoleSelect(props: { value: BasemapFileRole; onChange(role: BasemapFileRole): void; label: string }) {
  const t = useT();
  return (
    <label className="basemaps-panel__field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value as BasemapFileRole)}>
        <option value="basemap">{t.t(m.roleBasemap)}</option>
        <option value="overlay">{t.t(m.roleOverlay)}</option>
      </select>
    </label>
  );
}

export function BasemapsControl({ controller }: { controller: BasemapFilesController }) {
  const t = useT();
  const describe = (file: {
    kind: 'raster' | 'vector' | 'raster-dem';
    tileFormat: string;
    minZoom: number;
    maxZoom: number;
    tileCount: number;
  }) =>
    t.t(m.describe, {
      kind: file.kind,
      tileFormat: file.tileFormat.toUpperCase(),
      minZoom: file.minZoom,
      maxZoom: file.maxZoom,
      tileCount: file.tileCount,
    });
  const [open, setOpen] = useState(false);
  const [removing, setRemoving] = useState<number | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const { files, adding } = controller;
  const busy = adding.step === 'reading' || adding.step === 'adding';

  return (
    <>
      <button
        type="button"
        className="map-view__basemaps"
        aria-expanded={open}
        aria-controls="basemaps-panel"
        title={t.t(m.buttonTitle)}
        onClick={() => setOpen((value) => !value)}
      >
        {t.t(m.button)}
      </button>
      {open && (
        <section
          id="basemaps-panel"
          className="basemaps-panel"
          aria-labelledby="basemaps-panel-title"
          data-testid="basemaps-panel"
          aria-busy={busy || undefined}
        >
          <header className="basemaps-panel__header">
            <h2 id="basemaps-panel-title">{t.t(m.title)}</h2>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t.t(m.close)}
              title={t.t(m.close)}
              onClick={() => setOpen(false)}
            >
              <span aria-hidden="true">{SYMBOLS.close}</span>
            </button>
          </header>
          <ErrorMessage message={controller.error} onDismiss={controller.dismissError} />
          {files.length === 0 && adding.step === 'idle' && <p className="basemaps-panel__empty">{t.t(m.empty)}</p>}
          {files.length > 0 && (
            <ul className="basemaps-panel__list">
              {files.map((file) => (
                <li key={file.id} className="basemaps-panel__file" data-testid="basemap-file">
                  <div className="basemaps-panel__name" data-content="">
                    {file.name}
                  </div>
                  <div className="basemaps-panel__meta">
                    {describe(file)}
                    {SYMBOLS.separator}
                    {file.fileName}
                  </div>
                  <div className="basemaps-panel__controls">
                    <RoleSelect
                      label={t.t(m.role)}
                      value={file.role}
                      onChange={(role) => void controller.update(file.id, { role })}
                    />
                    <label className="basemaps-panel__check">
                      <input
                        type="checkbox"
                        checked={file.visible}
                        onChange={(event) => void controller.update(file.id, { visible: event.target.checked })}
                      />
                      {t.t(m.show)}
                    </label>
                  </div>
                  <label className="basemaps-panel__field basemaps-panel__opacity">
                    <span>{t.t(m.opacity)}</span>
                    <input
                      type="range"
                      min={0}
                      max={100}
                      step={5}
                      value={Math.round(file.opacity * 100)}
                      onChange={(event) => controller.setOpacity(file.id, Number(event.target.value) / 100)}
                    />
                    <output>{t.t(m.opacityValue, { value: Math.round(file.opacity * 100) / 100 })}</output>
                  </label>
                  {file.attribution && <div className="basemaps-panel__attribution">{file.attribution}</div>}
                  <div className="basemaps-panel__actions">
                    {removing === file.id ? (
                      <>
                        <button
                          type="button"
                          className="button button--danger"
                          onClick={() => {
                            setRemoving(null);
                            void controller.remove(file.id);
                          }}
                        >
                          {t.t(m.removeConfirm)}
                        </button>
                        <button type="button" className="button button--quiet" onClick={() => setRemoving(null)}>
                          {t.t(commonMessages.cancel)}
                        </button>
                      </>
                    ) : (
                      <button type="button" className="button button--quiet" onClick={() => setRemoving(file.id)}>
                        {t.t(m.remove)}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
          {adding.step === 'confirm' && (
            <div className="basemaps-panel__confirm" role="group" aria-label={adding.staged.description.fileName}>
              <div className="basemaps-panel__name" data-content="">
                {adding.staged.description.name}
              </div>
              <div className="basemaps-panel__meta">
                {describe(adding.staged.description)}
                {SYMBOLS.separator}
                {adding.staged.description.fileName}
              </div>
              <RoleSelect label={t.t(m.role)} value={adding.role} onChange={(role) => controller.setChoice({ role })} />
              {adding.staged.description.encodingUnknown && (
                <label className="basemaps-panel__field">
                  <span>{t.t(m.elevation)}</span>
                  <select
                    value={adding.encoding}
                    onChange={(event) => controller.setChoice({ encoding: event.target.value as DemEncoding | 'none' })}
                  >
                    {ENCODING_CHOICES.map((choice) => (
                      <option key={choice.value} value={choice.value}>
                        {t.t(choice.label)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <div className="basemaps-panel__actions">
                <button type="button" className="button button--primary" onClick={() => void controller.confirm()}>
                  {t.t(m.confirmAdd)}
                </button>
                <button type="button" className="button button--quiet" onClick={controller.cancelAdd}>
                  {t.t(commonMessages.cancel)}
                </button>
              </div>
            </div>
          )}
          {busy && (
            <p className="basemaps-panel__status" role="status">
              {adding.step === 'reading'
                ? t.t(m.reading, { fileName: adding.fileName })
                : t.t(m.adding, { fileName: adding.fileName })}
            </p>
          )}
          {adding.step === 'idle' && (
            <button type="button" className="button" onClick={() => inputRef.current?.click()}>
              {t.t(m.add)}
            </button>
          )}
          <input
            ref={inputRef}
            type="file"
            accept=".mbtiles,.pmtiles"
            hidden
            data-testid="basemap-file-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void controller.chooseFile(file);
            }}
          />
        </section>
      )}
    </>
  );
}
