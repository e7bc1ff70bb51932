import './workspace-sync.css';
import { useId, useState, type FormEvent } from 'react';
import type { SyncResult, WorkspaceActivity, WorkspaceStatus } from '../../../../shared/api/workspace.js';
import { SSL_MODES } from '../../../../shared/api/workspace.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { workspaceSyncMessages as m } from '../../../../shared/i18n/messages/ui/workspace-sync.js';
import { useApi, useLiveQuery } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { ConflictList } from './conflict-list.js';

// The sidebar's "Shared workspace" (issue #17): not connected, a form to publish the project into
// an empty PostgreSQL/PostGIS database or to fill a new, empty project from a workspace; once
// connected, where it syncs, what waits to be sent, Sync, who changed what, and the conflicts.
// The status is a live query: an edit here changes "waiting to be sent" without a refresh.

/** Every topic whose rows a workspace shares: an edit of any changes what waits to be sent. */
const SHARED_TOPICS = ['workspace', 'places', 'areas', 'routes', 'links', 'groups', 'events', 'fields'] as const;
const statusQuery = liveQuery('workspace status', [...SHARED_TOPICS, 'attachments', 'annotations'], (api) =>
  api.getWorkspaceStatus({}),
);

type SslMode = (typeof SSL_MODES)[number];

function ConnectForm({ empty }: { empty: boolean }) {
  const t = useT();
  const api = useApi();
  const id = useId();
  const [fields, setFields] = useState({ host: 'localhost', port: '5432', database: '', user: '', password: '' });
  const [sslmode, setSslmode] = useState<SslMode>('prefer');
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Notice | null>(null);

  async function connect(event: FormEvent, how: 'publish' | 'clone') {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const input = { ...fields, port: Number(fields.port), password: fields.password || undefined, sslmode, remember };
    try {
      await (how === 'publish' ? api.publishWorkspace(input) : api.cloneWorkspace(input));
    } catch (failure) {
      setError(errorNotice(failure));
    } finally {
      setBusy(false);
    }
  }

  const field = (name: keyof typeof fields, label: string, type = 'text') => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        className="input"
        type={type}
        value={fields[name]}
        required={name !== 'password'}
        autoComplete={name === 'password' ? 'current-password' : 'off'}
        data-testid={`workspace-${name}`}
        onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
      />
    </div>
  );

  return (
    <form className="workspace-sync__form" onSubmit={(event) => void connect(event, 'publish')}>
      <p className="hint">{t.t(m.intro)}</p>
      {field('host', t.t(m.host))}
      {field('port', t.t(m.port), 'number')}
      {field('database', t.t(m.database))}
      {field('user', t.t(m.user))}
      {field('password', t.t(m.password), 'password')}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-ssl`}>
          {t.t(m.sslmode)}
        </label>
        <select id={`${id}-ssl`} value={sslmode} onChange={(event) => setSslmode(event.target.value as SslMode)}>
          {SSL_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t.t(m.sslmodeName, { mode })}
            </option>
          ))}
        </select>
      </div>
      <label className="workspace-sync__check">
        <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} />
        {t.t(m.remember)}
      </label>
      <div className="workspace-sync__actions">
        <button type="submit" className="button button--small" disabled={busy} data-testid="workspace-publish">
          {t.t(m.publish)}
        </button>
        {empty && (
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            data-testid="workspace-clone"
            onClick={(event) => void connect(event, 'clone')}
          >
            {t.t(m.clone)}
          </button>
        )}
      </div>
      <ErrorMessage message={error} onDismiss={() => setError(null)} />
    </form>
  );
}

function Connected({ status }: { status: WorkspaceStatus }) {
  const t = useT();
  const api = useApi();
  const id = useId();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SyncResult | null>(null);
  const [activity, setActivity] = useState<WorkspaceActivity | null>(null);
  const [error, setError] = useState<Notice | null>(null);
  const address = status.address!;

  async function run<T>(work: () => Promise<T>, done: (value: T) => void) {
    setBusy(true);
    setError(null);
    try {
      done(await work());
    } catch (failure) {
      setError(errorNotice(failure));
    } finally {
      setBusy(false);
    }
  }
  const call = { password: password || undefined, remember: false };

  return (
    <div className="workspace-sync__connected">
      <p data-testid="workspace-address">{t.t(m.connectedTo, { ...address })}</p>
      <p>{status.lastSync ? t.t(m.lastSync, { when: t.dateTime(status.lastSync) }) : t.t(m.neverSynced)}</p>
      <p data-testid="workspace-pending">{t.t(m.pending, { count: status.pending })}</p>
      {!status.passwordKept && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-password`}>
            {t.t(m.password)}
          </label>
          <input
            id={`${id}-password`}
            className="input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
      )}
      <div className="workspace-sync__actions">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={busy}
          data-testid="workspace-sync"
          onClick={() => void run(() => api.syncWorkspace(call), setResult)}
        >
          {busy ? t.t(m.syncing) : t.t(m.sync)}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          data-testid="workspace-activity"
          onClick={() => void run(() => api.getWorkspaceActivity(call), setActivity)}
        >
          {t.t(m.activity)}
        </button>
      </div>
      {result && (
        <p role="status" data-testid="workspace-result">
          {t.t(m.synced, { applied: result.applied, pulled: result.pulled })}
        </p>
      )}
      <ErrorMessage message={error} onDismiss={() => setError(null)} />
      {activity && (
        <section aria-label={t.t(m.activity)} data-testid="workspace-recent">
          <p>{t.t(m.incoming, { count: activity.incoming })}</p>
          <ul className="workspace-sync__recent">
            {activity.recent.map((change) => (
              <li key={change.seq}>
                {t.t(m.change, {
                  when: t.dateTime(change.at),
                  who: change.by,
                  action: change.action,
                  feature: t.t(messageRef(m.feature, { table: change.table })),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {status.conflicts > 0 && <ConflictList count={status.conflicts} />}
    </div>
  );
}

export function WorkspaceSection({ empty }: { empty: boolean }) {
  const t = useT();
  const status = useLiveQuery(statusQuery);
  return (
    <details className="workspace-sync" data-testid="workspace-section">
      <summary>{t.t(m.title)}</summary>
      {status.data && (status.data.address ? <Connected status={status.data} /> : <ConnectForm empty={empty} />)}
    </details>
  );
}
