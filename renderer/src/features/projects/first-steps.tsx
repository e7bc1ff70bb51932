import { useId, useRef } from 'react';
import { projectsUiMessages as m } from '../../../../shared/i18n/messages/ui/projects.js';
import { useMapTools } from '../../app/map-tools/map-tools-context.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { OSM_IMPORT_ACCEPT } from '../osm/osm-import-button.js';
import { IMPORT_ACCEPT } from '../transfer/import-button.js';
import { useTransfer } from '../transfer/transfer-context.js';

/**
 * What a new, empty project shows where the selection hint would be: three ways to begin, each
 * the app's own tool (the OpenStreetMap import, the import of a file, the add-place tool).
 */
export function FirstSteps() {
  const t = useT();
  const id = useId();
  const { startImport, startOsmImport, importing } = useTransfer();
  const { toggleAddMode } = useMapTools();
  const { ready } = useWorkspace();
  const osmInput = useRef<HTMLInputElement>(null);
  const importInput = useRef<HTMLInputElement>(null);

  const step = (label: typeof m.firstStepOsm, hint: typeof m.firstStepOsmHint, testId: string, onClick: () => void) => (
    <li className="first-steps__step">
      <button
        type="button"
        className="button first-steps__button"
        disabled={importing || !ready}
        aria-describedby={`${id}-${testId}`}
        data-testid={testId}
        onClick={onClick}
      >
        {t.t(label)}
      </button>
      <p className="field__hint" id={`${id}-${testId}`}>
        {t.t(hint)}
      </p>
    </li>
  );

  return (
    <section className="first-steps" aria-labelledby={`${id}-title`} data-testid="first-steps">
      <h2 className="first-steps__title" id={`${id}-title`}>
        {t.t(m.firstStepsTitle)}
      </h2>
      <p className="first-steps__intro">{t.t(m.firstStepsIntro)}</p>
      <ol className="first-steps__list">
        {step(m.firstStepOsm, m.firstStepOsmHint, 'first-step-osm', () => osmInput.current?.click())}
        {step(m.firstStepImport, m.firstStepImportHint, 'first-step-import', () => importInput.current?.click())}
        {step(m.firstStepPlace, m.firstStepPlaceHint, 'first-step-place', toggleAddMode)}
      </ol>
      {[
        { ref: osmInput, accept: OSM_IMPORT_ACCEPT, onFile: startOsmImport, label: m.firstStepOsm },
        { ref: importInput, accept: IMPORT_ACCEPT, onFile: startImport, label: m.firstStepImport },
      ].map(({ ref, accept, onFile, label }) => (
        <input
          key={accept}
          ref={ref}
          type="file"
          hidden
          accept={accept}
          aria-label={t.t(label)}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
      ))}
    </section>
  );
}
