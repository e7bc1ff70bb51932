import { useId } from 'react';
import { transferMessages as m } from '../../../../shared/i18n/messages/ui/transfer.js';
import { useT } from '../../i18n/i18n-context.js';
import type { ImportLayer } from './use-import.js';

export interface ImportLayerPickerProps {
  layers: readonly ImportLayer[];
  selected: number;
  disabled: boolean;
  onSelect(index: number): void;
  onInclude(index: number, include: boolean): void;
}

/** For files with several layers (KML folders, GeoPackage tables): which one to look at, and
 *  whether it is imported. Each layer keeps its own mapping. */
export function ImportLayerPicker({ layers, selected, disabled, onSelect, onInclude }: ImportLayerPickerProps) {
  const t = useT();
  const id = useId();
  const layer = layers[selected];
  return (
    <div className="import-layer">
      <div className="field import-layer__select">
        <label className="field__label" htmlFor={`${id}-layer`}>
          {t.t(m.layer)}
        </label>
        <select
          id={`${id}-layer`}
          className="input"
          data-testid="import-layer-select"
          value={selected}
          disabled={disabled}
          onChange={(event) => onSelect(Number(event.target.value))}
        >
          {layers.map((entry, index) => (
            <option key={entry.preview.index} value={index}>
              {t.t(m.layerOption, { name: entry.preview.name, rows: entry.preview.rowCount })}
            </option>
          ))}
        </select>
      </div>
      <label className="import-layer__include">
        <input
          type="checkbox"
          data-testid="import-layer-include"
          checked={layer?.include ?? false}
          disabled={disabled}
          onChange={(event) => onInclude(selected, event.target.checked)}
        />
        {t.t(m.includeLayer)}
      </label>
    </div>
  );
}
