import { useId } from 'react';
import type { LayerPreview } from '../../../../shared/api/transfer.js';
import { transferMessages as m } from '../../../../shared/i18n/messages/ui/transfer.js';
import { useT } from '../../i18n/i18n-context.js';
import { columnRole } from './import-mapping-fields.js';

/** A cell as plain text: React renders it as text, so markup in a file shows as written. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

/** Long cells are cut for the table; the full text (up to this) is in the tooltip. */
const MAX_TITLE_CHARACTERS = 1000;

export interface ImportSampleTableProps {
  layer: LayerPreview;
  format: string;
}

/** The first rows of the layer as the file has them, with the mapped columns marked. */
export function ImportSampleTable({ layer, format }: ImportSampleTableProps) {
  const t = useT();
  const id = useId();
  const listed = new Map(layer.problems.map((problem) => [problem.position, problem.message]));
  const problems = new Map(
    layer.sample.map((row) => {
      const problem = row.problem ?? listed.get(row.position);
      return [row.position, problem ? t.t(problem) : undefined];
    }),
  );
  const anyProblem = [...problems.values()].some(Boolean);
  return (
    <section className="import-section" aria-labelledby={`${id}-title`}>
      <h3 className="import-section__title" id={`${id}-title`}>
        {layer.sample.length < layer.rowCount
          ? t.t(m.sampleTitle, { shown: layer.sample.length, total: layer.rowCount })
          : t.t(m.sampleTitleAll, { total: layer.rowCount })}
      </h3>
      <div className="import-table__scroll" tabIndex={0} role="region" aria-label={t.t(m.sampleLabel)}>
        <table className="import-table" data-testid="import-preview-table">
          <thead>
            <tr>
              <th scope="col" className="import-table__position">
                {t.t(m.positionHeader, { format })}
              </th>
              {layer.columns.map((column) => {
                const role = columnRole(t, layer.mapping, column);
                return (
                  <th scope="col" key={column} className={role ? 'import-table__mapped' : undefined}>
                    <span className="import-table__column">{column}</span>
                    {role && <span className="import-table__role">{t.t(m.mappedAs, { role })}</span>}
                  </th>
                );
              })}
              <th scope="col">{t.t(m.geometryHeader)}</th>
              {anyProblem && <th scope="col">{t.t(m.problemHeader)}</th>}
            </tr>
          </thead>
          <tbody>
            {layer.sample.map((row) => {
              const problem = problems.get(row.position);
              return (
                <tr key={row.position} className={problem ? 'import-table__problem' : undefined}>
                  <th scope="row" className="import-table__position">
                    {t.number(row.position)}
                  </th>
                  {layer.columns.map((column) => {
                    const text = cellText(row.properties[column]);
                    return (
                      <td key={column} title={text.length > 24 ? text.slice(0, MAX_TITLE_CHARACTERS) : undefined}>
                        {text}
                      </td>
                    );
                  })}
                  <td className="import-table__geometry">{row.geometryType ?? t.t(m.noGeometry)}</td>
                  {anyProblem && (
                    <td className="import-table__problem-text" title={problem}>
                      {problem ?? ''}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
