import { useId, useState, type FormEvent } from 'react';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { placeMessages } from '../../../../shared/i18n/messages/ui/places.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import type { Route, RouteChanges, Translations } from '../../../../shared/model/schemas.js';
import { ROUTE_MODES, type RouteModeId } from '../../../../shared/model/typology.js';
import { useT } from '../../i18n/i18n-context.js';
import { useOptionalContentLanguages } from '../languages/content-languages-context.js';
import { translationChanges } from '../languages/translation-draft.js';
import { TranslationsEditor } from '../languages/translations-editor.js';
import { useRoutes } from './routes-context.js';

/** Speeds on the flat the backend assumes when a route has none (its profiles, km/h). */
const USUAL_SPEED_KMH: Record<RouteModeId, number> = { walk: 5, wheelchair: 4, bicycle: 18, car: 40 };

interface Draft {
  name: string;
  description: string;
  mode: RouteModeId;
  speed: string;
  startTime: string;
  /** Name and description in the project's further languages. */
  translations: Translations;
}

function draftOf(route: Route): Draft {
  return {
    name: route.name,
    description: route.description,
    mode: route.mode,
    speed: route.speedKmh === null ? '' : String(route.speedKmh),
    startTime: route.startTime ?? '',
    translations: route.translations ?? {},
  };
}

/** Only what the draft changed, as the API takes it. */
function changesOf(route: Route, draft: Draft): RouteChanges {
  const changes: RouteChanges = {};
  if (draft.name.trim() !== route.name) changes.name = draft.name.trim();
  if (draft.description !== route.description) changes.description = draft.description;
  if (draft.mode !== route.mode) changes.mode = draft.mode;
  const speed = draft.speed.trim() === '' ? null : Number(draft.speed.replace(',', '.'));
  if (speed !== route.speedKmh) changes.speedKmh = speed;
  const startTime = draft.startTime === '' ? null : draft.startTime;
  if (startTime !== route.startTime) changes.startTime = startTime;
  const translations = translationChanges(route.translations, draft.translations);
  if (translations) changes.translations = translations;
  return changes;
}

/** Name and description (and their translations), how the route is travelled: at what speed, from what time. */
export function RouteForm({ route }: { route: Route }) {
  const t = useT();
  const id = useId();
  const { edits } = useRoutes();
  const furtherLanguages = useOptionalContentLanguages()?.languages?.further ?? [];
  const [draft, setDraft] = useState(() => draftOf(route));
  const [busy, setBusy] = useState(false);
  const changes = changesOf(route, draft);
  const changed = Object.keys(changes).length > 0;
  const edit = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!changed) return;
    setBusy(true);
    await edits.update(changes);
    setBusy(false);
  }

  return (
    <form className="route-form" onSubmit={save} noValidate data-testid="route-form">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t.t(placeMessages.fieldName)}
        </label>
        <input
          id={`${id}-name`}
          className="input"
          value={draft.name}
          data-testid="route-name-input"
          onChange={(event) => edit({ name: event.target.value })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-description`}>
          {t.t(m.description)}
        </label>
        <textarea
          id={`${id}-description`}
          className="input input--multiline"
          rows={2}
          value={draft.description}
          data-testid="route-description-input"
          onChange={(event) => edit({ description: event.target.value })}
        />
      </div>
      <TranslationsEditor
        idPrefix={`${id}-translations`}
        languages={furtherLanguages}
        translations={draft.translations}
        primary={{ name: draft.name, description: draft.description }}
        onChange={(translations) => edit({ translations })}
        testId="route-translations"
      />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-mode`}>
          {t.t(m.mode)}
        </label>
        <select
          id={`${id}-mode`}
          className="input"
          value={draft.mode}
          data-testid="route-mode-select"
          onChange={(event) => edit({ mode: event.target.value as RouteModeId })}
        >
          {ROUTE_MODES.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {typologyLabel(t, 'routeMode', entry.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="route-form__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-speed`}>
            {t.t(m.speed)}
          </label>
          <input
            id={`${id}-speed`}
            className="input"
            type="number"
            inputMode="decimal"
            min={1}
            max={60}
            step={0.5}
            placeholder={t.number(USUAL_SPEED_KMH[draft.mode])}
            value={draft.speed}
            data-testid="route-speed-input"
            onChange={(event) => edit({ speed: event.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-start`}>
            {t.t(m.startTime)}
          </label>
          <input
            id={`${id}-start`}
            className="input"
            type="time"
            value={draft.startTime}
            data-testid="route-start-time-input"
            onChange={(event) => edit({ startTime: event.target.value })}
          />
        </div>
      </div>
      {changed && (
        <div className="route-form__actions">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="route-form-save">
            {busy ? t.t(commonMessages.saving) : t.t(m.saveChanges)}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => setDraft(draftOf(route))}>
            {t.t(commonMessages.cancel)}
          </button>
        </div>
      )}
    </form>
  );
}
