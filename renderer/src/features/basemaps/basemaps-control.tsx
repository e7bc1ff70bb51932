import { useRef, useState } from 'react';
import type { BasemapFileRole, DemEncoding } from '../../../../shared/api/contract.js';
import { strings } from '../../i18n/strings.js';
import type { BasemapFilesController } from './use-basemap-files.js';
import { ErrorMessage } from '../../app/error-message.js';

// The map's "Basemaps" button and its panel: the files added to the project (MBTiles, PMTiles),
// each with its role (basemap or overlay), opacity, visibility and a remove button; "Add a file…"
// uploads one, shows what it holds and asks for its role (and, for a raster file that does not
// say, whether it is elevation) before the tiles are copied into the project.

const ENCODING_CHOICES: { value: DemEncoding | 'none'; label: string }[] = [
  { value: 'none', label: strings.basemapsElevationNone },
  { value: 'terrarium', label: strings.basemapsElevationTerrarium },
  { value: 'mapbox', label: strings.basemapsElevationMapbox },
];

function RoleSelect(props: { value: BasemapFileRole; onChange(role: BasemapFileRole): void; label: string }) {
  return (
    <label className="basemaps-panel__field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value as BasemapFileRole)}>
        <option value="basemap">{strings.basemapsRoleBasemap}</option>
        <option value="overlay">{strings.basemapsRoleOverlay}</option>
      </select>
    </label>
  );
}

export function BasemapsControl({ controller }: { controller: BasemapFilesController }) {
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
        title={strings.basemapsButtonTitle}
        onClick={() => setOpen((value) => !value)}
      >
        {strings.basemapsButton}
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
            <h2 id="basemaps-panel-title">{strings.basemapsTitle}</h2>
            <button
              type="button"
              className="button button--quiet"
              aria-label={strings.basemapsClose}
              onClick={() => setOpen(false)}
            >
              ×
            </button>
          </header>
          <ErrorMessage message={controller.error} onDismiss={controller.dismissError} />
          {files.length === 0 && adding.step === 'idle' && (
            <p className="basemaps-panel__empty">{strings.basemapsEmpty}</p>
          )}
          {files.length > 0 && (
            <ul className="basemaps-panel__list">
              {files.map((file) => (
                <li key={file.id} className="basemaps-panel__file" data-testid="basemap-file">
                  <div className="basemaps-panel__name">{file.name}</div>
                  <div className="basemaps-panel__meta">
                    {strings.basemapsDescribe(file)} · {file.fileName}
                  </div>
                  <div className="basemaps-panel__controls">
                    <RoleSelect
                      label={strings.basemapsRole}
                      value={file.role}
                      onChange={(role) => void controller.update(file.id, { role })}
                    />
                    <label className="basemaps-panel__check">
                      <input
                        type="checkbox"
                        checked={file.visible}
                        onChange={(event) => void controller.update(file.id, { visible: event.target.checked })}
                      />
                      {strings.basemapsShow}
                    </label>
                  </div>
                  <label className="basemaps-panel__field basemaps-panel__opacity">
                    <span>{strings.basemapsOpacity}</span>
                    <input
                      type="range"
                      min={0}
                      max={100}
                      step={5}
                      value={Math.round(file.opacity * 100)}
                      onChange={(event) => controller.setOpacity(file.id, Number(event.target.value) / 100)}
                    />
                    <output>{Math.round(file.opacity * 100)} %</output>
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
                          {strings.basemapsRemoveConfirm}
                        </button>
                        <button type="button" className="button button--quiet" onClick={() => setRemoving(null)}>
                          {strings.basemapsCancel}
                        </button>
                      </>
                    ) : (
                      <button type="button" className="button button--quiet" onClick={() => setRemoving(file.id)}>
                        {strings.basemapsRemove}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
          {adding.step === 'confirm' && (
            <div className="basemaps-panel__confirm" role="group" aria-label={adding.staged.description.fileName}>
              <div className="basemaps-panel__name">{adding.staged.description.name}</div>
              <div className="basemaps-panel__meta">
                {strings.basemapsDescribe(adding.staged.description)} · {adding.staged.description.fileName}
              </div>
              <RoleSelect
                label={strings.basemapsRole}
                value={adding.role}
                onChange={(role) => controller.setChoice({ role })}
              />
              {adding.staged.description.encodingUnknown && (
                <label className="basemaps-panel__field">
                  <span>{strings.basemapsElevation}</span>
                  <select
                    value={adding.encoding}
                    onChange={(event) => controller.setChoice({ encoding: event.target.value as DemEncoding | 'none' })}
                  >
                    {ENCODING_CHOICES.map((choice) => (
                      <option key={choice.value} value={choice.value}>
                        {choice.label}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <div className="basemaps-panel__actions">
                <button type="button" className="button button--primary" onClick={() => void controller.confirm()}>
                  {strings.basemapsConfirmAdd}
                </button>
                <button type="button" className="button button--quiet" onClick={controller.cancelAdd}>
                  {strings.basemapsCancel}
                </button>
              </div>
            </div>
          )}
          {busy && (
            <p className="basemaps-panel__status" role="status">
              {adding.step === 'reading'
                ? strings.basemapsReading(adding.fileName)
                : strings.basemapsAdding(adding.fileName)}
            </p>
          )}
          {adding.step === 'idle' && (
            <button type="button" className="button" onClick={() => inputRef.current?.click()}>
              {strings.basemapsAdd}
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
