import { useId } from 'react';
import type { LayerPreview } from '../../../../shared/api/transfer.js';
import { transferMessages as m } from '../../../../shared/i18n/messages/ui/transfer.js';
import { useT } from '../../i18n/i18n-context.js';

/** More than this would be a wall of text; the count says how many more there are. */
const MAX_SHOWN = 50;

/** Rows that will not be imported, each with its position and the reason. */
export function ImportProblems({ layer, format }: { layer: LayerPreview; format: string }) {
  const t = useT();
  const id = useId();
  if (layer.problemCount === 0) return null;
  const shown = layer.problems.slice(0, MAX_SHOWN);
  const more = layer.problemCount - shown.length;
  return (
    <section className="import-section import-problems" data-testid="import-problems" aria-labelledby={`${id}-title`}>
      <h3 className="import-section__title import-problems__title" id={`${id}-title`}>
        {t.t(m.problemsTitle, { count: layer.problemCount })}
      </h3>
      <ul className="import-problems__list">
        {shown.map((problem, index) => (
          <li key={`${problem.position}-${index}`}>
            {t.t(m.problem, { format, position: problem.position, reason: problem.message })}
          </li>
        ))}
        {more > 0 && <li className="import-problems__more">{t.t(m.moreProblems, { count: more })}</li>}
      </ul>
    </section>
  );
}
