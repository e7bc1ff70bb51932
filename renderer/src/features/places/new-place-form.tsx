import { useId, useState, type FormEvent } from 'react';
import type { Place } from '../../../../shared/model/schemas.js';
import type { CategoryId } from '../../../../shared/model/typology.js';
import { toApiError } from '../../api/create-api.js';
import { strings } from '../../i18n/strings.js';
import { CategorySelect } from './category-select.js';
import { ErrorMessage } from '../../app/error-message.js';

export interface NewPlaceFormProps {
  position: [number, number];
  onCreate(input: { name: string; category: CategoryId }): Promise<Place>;
  onCancel(): void;
}

/** Name and category of a place about to be created where the map was clicked. */
export function NewPlaceForm({ position, onCreate, onCancel }: NewPlaceFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [category, setCategory] = useState<CategoryId>('heritage-site');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // The backend checks the name and says which field is wrong.
      await onCreate({ name, category });
    } catch (caught) {
      setError(toApiError(caught).message);
      setBusy(false);
    }
  }

  return (
    <section className="panel new-place" data-testid="new-place-panel" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <div className="panel__heading">
          <h2 className="panel__title" id={`${id}-title`}>
            {strings.newPlaceTitle}
          </h2>
          <p className="panel__subtitle">{strings.coordinates(position[0], position[1])}</p>
        </div>
      </header>
      <form className="place-form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-name`}>
            {strings.newPlaceName}
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
            {strings.newPlaceCategory}
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
            {busy ? strings.creatingPlace : strings.createPlace}
          </button>
          <button type="button" className="button" data-testid="cancel-new-place-button" onClick={onCancel}>
            {strings.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
