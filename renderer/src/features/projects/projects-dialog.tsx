import { useId } from 'react';
import { projectsUiMessages as m } from '../../../../shared/i18n/messages/ui/projects.js';
import { ModalDialog } from '../../app/modal-dialog.js';
import { useT } from '../../i18n/i18n-context.js';
import { ProjectsPanel } from './projects-panel.js';
import { useProjects } from './use-projects.js';

/** The Projects dialog of the sidebar header. Opening another project starts the window afresh, which closes it. */
export function ProjectsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const id = useId();
  const projects = useProjects();
  const storage = projects.list?.storage;
  return (
    <ModalDialog
      labelledBy={`${id}-title`}
      className="projects-dialog"
      testId="projects-dialog"
      busy={projects.busy}
      onCancel={onClose}
    >
      <header className="dialog__header">
        <h2 className="dialog__title" id={`${id}-title`}>
          {t.t(m.title)}
        </h2>
        {storage && (
          <p className="dialog__subtitle">{t.t(storage === 'data-folder' ? m.introDataFolder : m.introFiles)}</p>
        )}
      </header>
      <div className="dialog__body">
        <ProjectsPanel projects={projects} />
      </div>
      <footer className="dialog__footer">
        <div className="dialog__actions">
          <span className="dialog__spacer" />
          <button type="button" className="button" onClick={onClose} data-testid="projects-dialog-done">
            {t.t(m.dismiss)}
          </button>
        </div>
      </footer>
    </ModalDialog>
  );
}
