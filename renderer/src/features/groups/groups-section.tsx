import { useId, useState, type FormEvent } from 'react';
import type { Group, GroupInput, GroupMember } from '../../../../shared/model/schemas.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { groupMessages as m } from '../../../../shared/i18n/messages/ui/groups.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { GROUP_LEVELS, type GroupLevelId } from '../../../../shared/model/typology.js';
import { SYMBOLS } from '../../app/symbols.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';

export interface GroupsSectionProps {
  /** The place, area or route whose groups these are. */
  member: { type: GroupMember['memberType']; id: number };
  groups: readonly Group[];
  onAdd(groupId: number): Promise<unknown>;
  onRemove(groupId: number): Promise<unknown>;
  onCreate(input: GroupInput): Promise<Group>;
}

/** The members of a group of one type: its places, areas or routes. */
function memberIds(group: Group, type: GroupMember['memberType']): readonly number[] {
  return type === 'place' ? group.placeIds : type === 'quarter' ? group.quarterIds : group.routeIds;
}

/** The cluster groups (quarter, regional cluster, route, network) this place or area belongs to. */
export function GroupsSection({ member, groups, onAdd, onRemove, onCreate }: GroupsSectionProps) {
  const t = useT();
  const id = useId();
  const [error, setError] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState({ name: '', level: 'quarter' as GroupLevelId, parentId: '' });
  const byId = new Map(groups.map((group) => [group.id, group]));
  const memberOf = groups.filter((group) => memberIds(group, member.type).includes(member.id));
  const others = groups.filter((group) => !memberIds(group, member.type).includes(member.id));

  async function run(work: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(errorNotice(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    const done = await run(async () => {
      const group = await onCreate({
        name: draft.name,
        level: draft.level,
        parentId: draft.parentId ? Number(draft.parentId) : null,
      });
      await onAdd(group.id);
    });
    if (done) {
      setCreating(false);
      setDraft({ name: '', level: 'quarter', parentId: '' });
    }
  }

  return (
    <section className="panel-section" data-testid="groups-section" aria-labelledby={`${id}-title`}>
      <div className="panel-section__header">
        <h3 className="panel-section__title" id={`${id}-title`}>
          {t.t(m.title)}
        </h3>
        {!creating && (
          <button
            type="button"
            className="button button--quiet button--small"
            data-testid="new-group-button"
            onClick={() => setCreating(true)}
          >
            {t.t(m.create)}
          </button>
        )}
      </div>
      {memberOf.length === 0 ? (
        <p className="panel-section__empty">{t.t(m.empty)}</p>
      ) : (
        <ul className="chip-list">
          {memberOf.map((group) => {
            const parent = group.parentId !== null ? byId.get(group.parentId) : undefined;
            return (
              <li
                key={group.id}
                className="chip"
                data-testid="group-chip"
                title={typologyLabel(t, 'groupLevel', group.level)}
              >
                <span className="chip__text">
                  {group.name}
                  <span className="chip__detail">
                    {t.t(m.chipDetail, {
                      level: typologyLabel(t, 'groupLevel', group.level),
                      hasParent: String(parent !== undefined),
                      parent: parent?.name ?? '',
                    })}
                  </span>
                </span>
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={t.t(m.removeLabel, { name: group.name })}
                  title={t.t(m.removeLabel, { name: group.name })}
                  disabled={busy}
                  onClick={() => void run(() => onRemove(group.id))}
                >
                  <span aria-hidden="true">{SYMBOLS.close}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {others.length > 0 && (
        <select
          className="input input--small"
          aria-label={t.t(m.addTo)}
          data-testid="add-to-group-select"
          value=""
          disabled={busy}
          onChange={(event) => {
            const groupId = Number(event.target.value);
            if (groupId) void run(() => onAdd(groupId));
          }}
        >
          <option value="">{t.t(m.addToChoose)}</option>
          {others.map((group) => (
            <option key={group.id} value={group.id}>
              {t.t(m.option, { name: group.name, level: typologyLabel(t, 'groupLevel', group.level) })}
            </option>
          ))}
        </select>
      )}
      {creating && (
        <form className="inline-form" data-testid="new-group-form" onSubmit={(event) => void create(event)}>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-name`}>
              {t.t(m.name)}
            </label>
            <input
              id={`${id}-name`}
              className="input"
              value={draft.name}
              autoFocus
              onChange={(event) => setDraft({ ...draft, name: event.target.value })}
            />
          </div>
          <div className="inline-form__row">
            <div className="field">
              <label className="field__label" htmlFor={`${id}-level`}>
                {t.t(m.level)}
              </label>
              <select
                id={`${id}-level`}
                className="input"
                value={draft.level}
                onChange={(event) => setDraft({ ...draft, level: event.target.value as GroupLevelId })}
              >
                {GROUP_LEVELS.map((level) => (
                  <option key={level.id} value={level.id}>
                    {typologyLabel(t, 'groupLevel', level.id)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-parent`}>
                {t.t(m.parent)}
              </label>
              <select
                id={`${id}-parent`}
                className="input"
                value={draft.parentId}
                onChange={(event) => setDraft({ ...draft, parentId: event.target.value })}
              >
                <option value="">{t.t(m.noParent)}</option>
                {groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="inline-form__actions">
            <button type="submit" className="button button--primary button--small" disabled={busy}>
              {t.t(m.createSubmit)}
            </button>
            <button type="button" className="button button--small" onClick={() => setCreating(false)}>
              {t.t(commonMessages.cancel)}
            </button>
          </div>
        </form>
      )}
      <ErrorMessage message={error} onDismiss={() => setError(null)} />
    </section>
  );
}
