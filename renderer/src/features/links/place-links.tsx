import { useState } from 'react';
import type { Link, LinkChanges, Place } from '../../../../shared/model/schemas.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { linkMessages as m } from '../../../../shared/i18n/messages/ui/links.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { SYMBOLS } from '../../app/symbols.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { LINK_TYPE_COLOURS } from '../../map/family-colours.js';
import { LinkEditor, strengthLabel } from './link-editor.js';
import { ErrorMessage } from '../../app/error-message.js';

export interface PlaceLinksProps {
  place: Place;
  links: readonly Link[];
  placesById: ReadonlyMap<number, Place>;
  onSelectPlace(id: number): void;
  onDeleteLink(id: number): Promise<unknown>;
  /** When given, each link can be edited: type, start date, strength, note. */
  onUpdateLink?(id: number, changes: LinkChanges): Promise<unknown>;
}

/** The selected place's links (the map highlights the same ones): type, the other place, delete. */
export function PlaceLinks({ place, links, placesById, onSelectPlace, onDeleteLink, onUpdateLink }: PlaceLinksProps) {
  const t = useT();
  const [editing, setEditing] = useState<number | null>(null);
  const own = links.filter((link) => link.fromPlaceId === place.id || link.toPlaceId === place.id);
  const [error, setError] = useState<Notice | null>(null);
  return (
    <section className="place-links" data-testid="place-links">
      <h3 className="place-links__title">
        {t.t(m.listTitle)} <span className="place-links__count">{t.number(own.length)}</span>
      </h3>
      {own.length === 0 ? (
        <p className="place-links__empty">{t.t(m.empty)}</p>
      ) : (
        <ul className="place-links__list">
          {own.map((link) => {
            const outgoing = link.fromPlaceId === place.id;
            const otherId = outgoing ? link.toPlaceId : link.fromPlaceId;
            const otherName = placesById.get(otherId)?.name ?? `#${otherId}`;
            const strength = strengthLabel(t, link.strength);
            const since = link.startDate ? t.date(link.startDate) : null;
            const summary =
              strength && since
                ? t.t(m.summaryStrengthSince, { strength, date: since })
                : since
                  ? t.t(m.summarySince, { date: since })
                  : strength;
            if (editing === link.id && onUpdateLink) {
              return (
                <li
                  key={link.id}
                  className="place-link place-link--editing"
                  data-testid="place-link"
                  data-link-id={link.id}
                >
                  <LinkEditor
                    link={link}
                    onCancel={() => setEditing(null)}
                    onSave={async (changes) => {
                      await onUpdateLink(link.id, changes);
                      setEditing(null);
                    }}
                  />
                </li>
              );
            }
            return (
              <li key={link.id} className="place-link" data-testid="place-link" data-link-id={link.id}>
                <span
                  className="place-link__swatch"
                  style={{ backgroundColor: LINK_TYPE_COLOURS[link.type] }}
                  aria-hidden="true"
                />
                <span className="place-link__text">
                  <button
                    type="button"
                    className="link-button place-link__name"
                    data-testid="place-link-other"
                    onClick={() => onSelectPlace(otherId)}
                  >
                    {outgoing ? t.t(m.to, { name: otherName }) : t.t(m.from, { name: otherName })}
                  </button>
                  <span className="place-link__type">{typologyLabel(t, 'linkType', link.type)}</span>
                  {summary && (
                    <span className="place-link__note" data-testid="place-link-attributes">
                      {summary}
                    </span>
                  )}
                  {link.note && <span className="place-link__note">{link.note}</span>}
                </span>
                {onUpdateLink && (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    data-testid="edit-link-button"
                    onClick={() => setEditing(link.id)}
                  >
                    {t.t(commonMessages.edit)}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={t.t(m.deleteLabel, { name: otherName })}
                  title={t.t(m.deleteLabel, { name: otherName })}
                  data-testid="place-link-delete"
                  onClick={() =>
                    void onDeleteLink(link.id).then(
                      () => setError(null),
                      (caught: unknown) => setError(messageRef(m.deleteFailed, { reason: errorNotice(caught) })),
                    )
                  }
                >
                  <span aria-hidden="true">{SYMBOLS.close}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ErrorMessage message={error} />
    </section>
  );
}
