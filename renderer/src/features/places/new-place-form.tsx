import { useId, useState, type FormEvent } from 'react';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { placeMessages as m } from '../../../../shared/i18n/messages/ui/places.js';
import type { Place } from '../../../../shared/model/schemas.js';
import type { CategoryId } from '../../../../shared/model/typology.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useT } from '../../i18n/i18n-context.js';
import { useFocusBackToMap } from '../../map/map-handle.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { CategorySelect } from './category-select.js';

export interface NewPlaceFormProps {
  position: [number, number];
  onCreate(input: { name: string; category: CategoryId }): Promise<Place>;
  onCancel(): void;
}

/** Name and category of a place about to be created where the map was clicked. */
export function NewPlaceForm({ position, onCreate, onCancel }: NewPlaceFormProps) {
  const t = useT();
  const id = useId();
  useFocusBackToMap();
  const [name, setName] = useState('');
  const [category, setCategory] = useState<CategoryId>('heritage-site');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Notice | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // The backend checks the name and says which field is wrong.
      await onCreate({ name, category });
    } catch (caught) {
      setError(errorNotice(caught));
      setBusy(false);
    }
  }

  return (
    <section className="panel new-place" data-testid="new-place-panel" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <div className="panel__heading">
          <h2 className="panel__title" id={`${id}-title`}>
            {t.t(m.newPlaceTitle)}
          </h2>
          <p className="panel__subtitle">{t.t(m.coordinates, { longitude: position[0], latitude: position[1] })}</p>
        </div>
      </header>
      <form className="place-form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-name`}>
            {t.t(m.fieldName)}
          </label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            autoFocus
            data-testid="new-place-name-input"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-category`}>
            {t.t(m.fieldCategory)}
          </label>
          <CategorySelect
            id={`${id}-category`}
            value={category}
            testId="new-place-category-select"
            onChange={setCategory}
          />
        </div>
        <ErrorMessage message={error} id={`${id}-error`} />
        <div className="place-form__actions">
          <button type="submit" className="button button--primary" data-testid="create-place-button" disabled={busy}>
            {busy ? t.t(m.creatingPlace) : t.t(m.createPlace)}
          </button>
          <button type="button" className="button" data-testid="cancel-new-place-button" onClick={onCancel}>
            {t.t(commonMessages.cancel)}
          </button>
        </div>
      </form>
    </section>
  );
}
