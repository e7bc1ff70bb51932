import { useId } from 'react';
import type { LayerPreview } from '../../../../shared/api/transfer.js';
import { strings } from '../../i18n/strings.js';

/** More than this would be a wall of text; the count says how many more there are. */
const MAX_SHOWN = 50;

/** Rows that will not be imported, each with its position and the reason. */
export function ImportProblems({ layer, format }: { layer: LayerPreview; format: string }) {
  const id = useId();
  if (layer.problemCount === 0) return null;
  const shown = layer.problems.slice(0, MAX_SHOWN);
  const more = layer.problemCount - shown.length;
  const label = strings.importPositionHeader(format);
  return (
    <section className="import-section import-problems" data-testid="import-problems" aria-labelledby={`${id}-title`}>
      <h3 className="import-section__title import-problems__title" id={`${id}-title`}>
        {strings.importProblemsTitle(layer.problemCount)}
      </h3>
      <ul className="import-problems__list">
        {shown.map((problem, index) => (
          <li key={`${problem.position}-${index}`}>
            {strings.importProblem(label, problem.position, problem.message)}
          </li>
        ))}
        {more > 0 && <li className="import-problems__more">{strings.importMoreProblems(more)}</li>}
      </ul>
    </section>
  );
}
