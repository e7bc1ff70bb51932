import { useId, useRef } from 'react';
import type { ProjectEntry } from '../../../../shared/api/projects.js';
import { appMessages } from '../../../../shared/i18n/messages/ui/app.js';
import { projectsUiMessages as m } from '../../../../shared/i18n/messages/ui/projects.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useT } from '../../i18n/i18n-context.js';
import { noticeText } from '../../i18n/notice.js';
import { attachmentSize } from '../attachments/attachment-size.js';
import { NameForm } from './project-forms.js';
import type { Projects } from './use-projects.js';

// The projects: the list (each with its Open button), New project, and for the open project Save
// a copy, Download and Close. In the browser (the data folder) files come and go by upload and
// download; on the desktop the system's dialogs choose them. Shown in the Projects dialog and on
// the start screen (no project open: nothing to copy, download or close).

export function ProjectsPanel({ projects }: { projects: Projects }) {
  const t = useT();
  const id = useId();
  const uploadInput = useRef<HTMLInputElement>(null);
  const { list, busy, error, report } = projects;
  if (!list) return <p className="hint">{t.t(appMessages.loading)}</p>;
  const inBrowser = list.storage === 'data-folder';
  const current = list.current;

  const entry = (project: ProjectEntry) => (
    <li
      key={project.id}
      className="item-list__item projects__entry"
      data-testid="project-entry"
      {...(project.isCurrent ? { 'data-current': '' } : {})}
    >
      <div className="item-list__main">
        <span className="item-list__title" data-content="">
          {project.name}
        </span>
        {project.isCurrent && <span className="badge badge--quiet">{t.t(m.currentBadge)}</span>}
        {project.isSample && <span className="badge">{t.t(appMessages.sampleBadge)}</span>}
        <span className="item-list__detail">
          {t.t(m.entryDetail, {
            fileName: project.fileName,
            modified: new Date(project.modified),
            size: attachmentSize(t, project.sizeBytes),
          })}
        </span>
      </div>
      {!project.isCurrent && (
        <div className="item-list__actions">
          <button
            type="button"
            className="button button--small"
            aria-label={t.t(m.openLabel, { name: project.name })}
            disabled={busy}
            data-testid="open-project-button"
            onClick={() => void projects.open(project)}
          >
            {t.t(m.open)}
          </button>
        </div>
      )}
    </li>
  );

  return (
    <div className="projects" aria-busy={busy || undefined}>
      <ErrorMessage message={error} />
      {report && (
        <p className="projects__report" role="status" data-testid="projects-report">
          {noticeText(t, report)}
        </p>
      )}
      <section aria-labelledby={`${id}-list`}>
        <h3 className="projects__heading" id={`${id}-list`}>
          {t.t(m.listLabel)}
        </h3>
        {list.projects.length === 0 ? (
          <p className="field__hint">{t.t(m.empty)}</p>
        ) : (
          <ul className="item-list projects__list" data-testid="projects-list">
            {list.projects.map(entry)}
          </ul>
        )}
        {!inBrowser && (
          <button type="button" className="button" disabled={busy} onClick={() => void projects.choose()}>
            {t.t(m.chooseFile)}
          </button>
        )}
      </section>
      <NameForm
        title={m.newTitle}
        label={m.newName}
        hint={inBrowser ? m.newHintDataFolder : m.newHintFiles}
        submit={m.create}
        busy={busy}
        testId="new-project-form"
        onSubmit={projects.create}
      />
      {current && (
        <NameForm
          key={current.session}
          title={m.copyTitle}
          label={m.copyName}
          submit={m.copy}
          initialName={t.t(m.copyDefaultName, { name: current.name })}
          busy={busy}
          testId="copy-project-form"
          onSubmit={projects.copy}
        />
      )}
      {(inBrowser || current) && (
        <section className="projects__files" aria-labelledby={`${id}-files`}>
          <h3 className="projects__heading" id={`${id}-files`}>
            {t.t(m.fileTitle)}
          </h3>
          <div className="projects__row projects__row--wrap">
            {inBrowser && (
              <>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  data-testid="upload-project-button"
                  onClick={() => uploadInput.current?.click()}
                >
                  {t.t(m.upload)}
                </button>
                <input
                  ref={uploadInput}
                  type="file"
                  hidden
                  accept=".gpkg"
                  aria-label={t.t(m.uploadInput)}
                  data-testid="upload-project-input"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    // Cleared, so that choosing the same file again (after fixing it) sends it again.
                    event.target.value = '';
                    if (file) void projects.upload(file);
                  }}
                />
              </>
            )}
            {inBrowser && current && (
              <button
                type="button"
                className="button"
                disabled={busy}
                data-testid="download-project-button"
                onClick={() => void projects.download()}
              >
                {t.t(m.download)}
              </button>
            )}
            {current && (
              <button
                type="button"
                className="button button--danger-quiet"
                disabled={busy}
                data-testid="close-project-button"
                onClick={() => void projects.close()}
              >
                {t.t(m.close)}
              </button>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
