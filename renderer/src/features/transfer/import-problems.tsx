import { useId } from 'react';
import type { LayerPreview } from '../../../../shared/api/transfer.js';
import type { MessageDescriptor } from '../../../../shared/i18n/define-messages.js';
import { transferMessages as m } from '../../../../shared/i18n/messages/ui/transfer.js';
import { useT } from '../../i18n/i18n-context.js';

/** More than this would be a wall of text; the count says how many more there are. */
const MAX_SHOWN = 50;

/** Rows that will not be imported, each with its position and the reason. */
export function ImportProblems({ layer, format }: { layer: LayerPreview; format: string }) {
  return (
    <>
      <ProblemList
        items={layer.repairs}
        count={layer.repairCount}
        title={m.repairsTitle}
        testId="import-repairs"
        format={format}
      />
      <ProblemList
        items={layer.problems}
        count={layer.problemCount}
        title={m.problemsTitle}
        testId="import-problems"
        format={format}
      />
    </>
  );
}

interface ProblemListProps {
  items: LayerPreview['problems'];
  count: number;
  title: MessageDescriptor;
  testId: string;
  format: string;
}

/** Rows with a message each: skipped (and why) or imported with a change (and which). */
function ProblemList({ items, count, title, testId, format }: ProblemListProps) {
  const t = useT();
  const id = useId();
  if (count === 0) return null;
  const shown = items.slice(0, MAX_SHOWN);
  const more = count - shown.length;
  return (
    <section
      className={
        testId === 'import-repairs'
          ? 'import-section import-problems import-problems--changes'
          : 'import-section import-problems'
      }
      data-testid={testId}
      aria-labelledby={`${id}-title`}
    >
      <h3 className="import-section__title import-problems__title" id={`${id}-title`}>
        {t.t(title, { count })}
      </h3>
      <ul className="import-problems__list">
        {shown.map((problem, index) => (
          <li key={`${problem.position}-${index}`}>
            {t.t(m.problem, { format, position: problem.position, reason: t.t(problem.message) })}
          </li>
        ))}
        {more > 0 && <li className="import-problems__more">{t.t(m.moreProblems, { count: more })}</li>}
      </ul>
    </section>
  );
}
