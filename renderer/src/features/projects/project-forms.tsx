import { useId, useState, type FormEvent } from 'react';
import type { MessageDescriptor } from '../../../../shared/i18n/define-messages.js';
import { useT } from '../../i18n/i18n-context.js';

// A name and one button: the New project form and the Save a copy form of the Projects dialog.
// The backend checks the name (characters no file takes, a file that exists) and says what is
// wrong; the form only keeps an empty name from being sent.

export interface NameFormProps {
  title: MessageDescriptor;
  label: MessageDescriptor;
  hint?: MessageDescriptor;
  submit: MessageDescriptor;
  initialName?: string;
  busy: boolean;
  testId: string;
  /** Resolves true when it went through (the field is then emptied). */
  onSubmit(name: string): Promise<boolean>;
}

export function NameForm({ title, label, hint, submit, initialName = '', busy, testId, onSubmit }: NameFormProps) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(initialName);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return;
    if (await onSubmit(name.trim())) setName('');
  }

  return (
    <form
      className="projects__form"
      onSubmit={(event) => void send(event)}
      noValidate
      data-testid={testId}
      aria-labelledby={`${id}-title`}
    >
      <h3 className="projects__heading" id={`${id}-title`}>
        {t.t(title)}
      </h3>
      <label className="field__label" htmlFor={`${id}-name`}>
        {t.t(label)}
      </label>
      <div className="projects__row">
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          maxLength={80}
          autoComplete="off"
          data-testid={`${testId}-name`}
          {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}
          onChange={(event) => setName(event.target.value)}
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || name.trim() === ''}
          data-testid={`${testId}-submit`}
        >
          {t.t(submit)}
        </button>
      </div>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {t.t(hint)}
        </p>
      )}
    </form>
  );
}
