import { useId, useState } from 'react';
import { appMessages } from '../../../../shared/i18n/messages/ui/app.js';
import { projectsUiMessages as m } from '../../../../shared/i18n/messages/ui/projects.js';
import { ErrorMessage } from '../../app/error-message.js';
import { NoticeLines } from '../../app/notices.js';
import type { Notice } from '../../i18n/notice.js';
import { LanguageMenu } from '../preferences/language-menu.js';
import { useT } from '../../i18n/i18n-context.js';
import { ProjectsPanel } from './projects-panel.js';
import { useProjects } from './use-projects.js';

/** What the window shows when no project is open (after Close): the projects, New and Upload. */
export function StartScreen() {
  const t = useT();
  const id = useId();
  const projects = useProjects();
  const [languageError, setLanguageError] = useState<Notice | null>(null);
  return (
    <main className="start-screen" aria-labelledby={`${id}-title`} data-testid="start-screen">
      <div className="start-screen__card">
        <header className="start-screen__header">
          <p className="start-screen__app">{t.t(appMessages.appName)}</p>
          <LanguageMenu onError={setLanguageError} />
        </header>
        <ErrorMessage message={languageError} onDismiss={() => setLanguageError(null)} />
        <h1 className="start-screen__title" id={`${id}-title`}>
          {t.t(m.startTitle)}
        </h1>
        <p className="start-screen__intro">{t.t(m.startIntro)}</p>
        <NoticeLines />
        <ProjectsPanel projects={projects} />
      </div>
    </main>
  );
}
