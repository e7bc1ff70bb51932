import { useId, useMemo, useState, type FormEvent } from 'react';
import type { TourProposal } from '../../../../shared/api/contract.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { placeMessages } from '../../../../shared/i18n/messages/ui/places.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import {
  CATEGORY_FAMILIES,
  ROUTE_MODES,
  type CategoryFamily,
  type RouteModeId,
} from '../../../../shared/model/typology.js';
import { useApi } from '../../api/api-context.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useSelection } from '../../app/map-tools/map-tools-context.js';
import { ModalDialog } from '../../app/modal-dialog.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { formatDuration, formatLength } from './route-format.js';
import { useRoutes } from './routes-context.js';

/** The kinds a tour visits unless asked otherwise (the backend's own default). */
const TOUR_FAMILIES: readonly CategoryFamily[] = [
  'heritage',
  'cultural-venue',
  'creative-space',
  'cultural-institution',
  'public-space',
];
/** A start place is chosen from a list; a project of very many places lists the first ones by name. */
const MAX_LISTED = 3000;

/**
 * "Propose a tour": from a start place, in so many minutes, visiting places of the chosen kinds,
 * a round trip is proposed with each place's score; the user names it and creates the route.
 */
export function TourDialog({ startPlaceId, onClose }: { startPlaceId: number | null; onClose(): void }) {
  const t = useT();
  const id = useId();
  const api = useApi();
  const { data, placesById } = useWorkspace();
  const { selectRoute } = useSelection();
  const { edits } = useRoutes();
  const places = useMemo(() => {
    const collator = new Intl.Collator(t.formattingLocale);
    return [...data.places].sort((a, b) => collator.compare(a.name, b.name)).slice(0, MAX_LISTED);
  }, [data.places, t.formattingLocale]);
  const [start, setStart] = useState<number | null>(startPlaceId ?? places[0]?.id ?? null);
  const [minutes, setMinutes] = useState('60');
  const [visitMinutes, setVisitMinutes] = useState('10');
  const [mode, setMode] = useState<RouteModeId>('walk');
  const [families, setFamilies] = useState<ReadonlySet<CategoryFamily>>(new Set(TOUR_FAMILIES));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Notice | null>(null);
  const [proposal, setProposal] = useState<TourProposal | null>(null);
  const [name, setName] = useState('');
  const nameOf = (placeId: number) => placesById.get(placeId)?.name ?? `#${placeId}`;

  async function propose(event: FormEvent) {
    event.preventDefault();
    if (start === null) return;
    setBusy(true);
    setError(null);
    setProposal(null);
    try {
      const proposed = await api.proposeTour({
        startPlaceId: start,
        minutes: Math.round(Number(minutes)),
        mode,
        visitMinutes: Math.round(Number(visitMinutes) || 0),
        ...(families.size > 0 ? { families: [...families] } : {}),
      });
      setProposal(proposed);
      setName(t.t(m.tourDefaultName, { start: nameOf(start), minutes: Math.round(Number(minutes)) }));
    } catch (caught) {
      setError(errorNotice(caught));
    } finally {
      setBusy(false);
    }
  }

  async function accept() {
    if (!proposal) return;
    setBusy(true);
    const visit = Math.round(Number(visitMinutes) || 0);
    const ids = proposal.stopPlaceIds;
    const created = await edits.create({
      name: name.trim(),
      mode,
      stopPlaceIds: ids,
      visitMinutes: ids.map((_, index) => (index === 0 || index === ids.length - 1 ? 0 : visit)),
    });
    setBusy(false);
    if (created) {
      onClose();
      selectRoute(created.id);
    }
  }

  const scores = new Map(proposal?.scores.map((entry) => [entry.placeId, entry.score]) ?? []);
  return (
    <ModalDialog labelledBy={`${id}-title`} testId="tour-dialog" busy={busy} onCancel={onClose} cancelable={!busy}>
      <form className="tour-form" onSubmit={propose} noValidate>
        <header className="dialog__header">
          <h2 className="dialog__title" id={`${id}-title`}>
            {t.t(m.tourTitle)}
          </h2>
          <p className="dialog__subtitle">{t.t(m.tourIntro)}</p>
        </header>
        <div className="dialog__body">
          <div className="tour-form__grid">
            <div className="field">
              <label className="field__label" htmlFor={`${id}-start`}>
                {t.t(m.tourStart)}
              </label>
              <select
                id={`${id}-start`}
                className="input"
                value={start ?? ''}
                data-testid="tour-start-select"
                onChange={(event) => setStart(Number(event.target.value))}
              >
                {places.map((place) => (
                  <option key={place.id} value={place.id}>
                    {place.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-minutes`}>
                {t.t(m.tourMinutes)}
              </label>
              <input
                id={`${id}-minutes`}
                className="input"
                type="number"
                min={10}
                max={600}
                step={5}
                value={minutes}
                data-testid="tour-minutes-input"
                onChange={(event) => setMinutes(event.target.value)}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-visit`}>
                {t.t(m.tourVisitMinutes)}
              </label>
              <input
                id={`${id}-visit`}
                className="input"
                type="number"
                min={0}
                max={240}
                step={5}
                value={visitMinutes}
                onChange={(event) => setVisitMinutes(event.target.value)}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-mode`}>
                {t.t(m.mode)}
              </label>
              <select
                id={`${id}-mode`}
                className="input"
                value={mode}
                onChange={(event) => setMode(event.target.value as RouteModeId)}
              >
                {ROUTE_MODES.filter((entry) => entry.id !== 'car').map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {typologyLabel(t, 'routeMode', entry.id)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <fieldset className="tour-form__kinds">
            <legend className="field__label">{t.t(m.tourKinds)}</legend>
            {CATEGORY_FAMILIES.map((family) => (
              <label key={family} className="route-choice">
                <input
                  type="checkbox"
                  checked={families.has(family)}
                  onChange={(event) => {
                    const next = new Set(families);
                    if (event.target.checked) next.add(family);
                    else next.delete(family);
                    setFamilies(next);
                  }}
                />
                {typologyLabel(t, 'family', family)}
              </label>
            ))}
          </fieldset>
          <ErrorMessage message={error} />
          {proposal && (
            <div className="tour-proposal" data-testid="tour-proposal" role="status">
              <p className="tour-proposal__summary">
                {t.t(m.tourSummary, {
                  count: proposal.stopPlaceIds.length - 2,
                  length: formatLength(t, proposal.lengthMetres),
                  duration: formatDuration(t, proposal.durationSeconds),
                })}
              </p>
              <ol className="tour-proposal__stops">
                {proposal.stopPlaceIds.map((placeId, index) => (
                  <li key={`${placeId}:${index}`} data-testid="tour-stop">
                    <span data-content="">{nameOf(placeId)}</span>
                    {scores.has(placeId) && index > 0 && index < proposal.stopPlaceIds.length - 1 && (
                      <span className="tour-proposal__score" data-testid="tour-score">
                        {t.t(m.tourScore, { score: scores.get(placeId)! })}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
              <p className="field__hint">{t.t(m.tourScoreHint)}</p>
              <div className="field">
                <label className="field__label" htmlFor={`${id}-name`}>
                  {t.t(placeMessages.fieldName)}
                </label>
                <input
                  id={`${id}-name`}
                  className="input"
                  value={name}
                  data-testid="tour-name-input"
                  onChange={(event) => setName(event.target.value)}
                />
              </div>
            </div>
          )}
        </div>
        <footer className="dialog__footer">
          <div className="dialog__actions">
            <span className="dialog__spacer" />
            <button type="button" className="button" disabled={busy} onClick={onClose}>
              {t.t(commonMessages.cancel)}
            </button>
            <button
              type="submit"
              className={proposal ? 'button' : 'button button--primary'}
              disabled={busy || start === null}
              data-testid="tour-propose-button"
            >
              {proposal ? t.t(m.tourProposeAgain) : t.t(m.tourPropose)}
            </button>
            {proposal && (
              <button
                type="button"
                className="button button--primary"
                disabled={busy || name.trim() === '' || proposal.stopPlaceIds.length < 3}
                data-testid="tour-accept-button"
                onClick={() => void accept()}
              >
                {t.t(m.tourAccept)}
              </button>
            )}
          </div>
        </footer>
      </form>
    </ModalDialog>
  );
}
