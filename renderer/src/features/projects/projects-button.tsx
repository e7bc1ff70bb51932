import { useState } from 'react';
import { projectsUiMessages as m } from '../../../../shared/i18n/messages/ui/projects.js';
import { useT } from '../../i18n/i18n-context.js';
import { ProjectsDialog } from './projects-dialog.js';

/** The sidebar header's Projects button, and its dialog while open. */
export function ProjectsButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        title={t.t(m.buttonTitle)}
        aria-haspopup="dialog"
        data-testid="projects-button"
        onClick={() => setOpen(true)}
      >
        {t.t(m.button)}
      </button>
      {open && <ProjectsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
