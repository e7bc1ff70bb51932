import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../../shared/api/contract.js';
import { useLiveQueryKeepingLast } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { searchMessages as m } from '../../../../shared/i18n/messages/ui/search.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice } from '../../i18n/notice.js';
import { categoryAndSector } from '../places/labels.js';
import { useDebouncedValue } from '../../util/use-debounced-value.js';
import { ErrorMessage } from '../../app/error-message.js';
import { movedIndex } from './moved-index.js';
import { SnippetText } from './snippet-text.js';

// The search field and its results as a combobox (WAI-ARIA's list autocomplete pattern): the
// focus stays in the field while ArrowDown and ArrowUp go through the results (the active one is
// named to screen readers with aria-activedescendant), Enter opens the active one (or the first),
// Escape clears the search. How many places match is read out politely.

const DEBOUNCE_MS = 250;

/** The places matching a text: a live list, so open results follow every change of the places. */
export function searchList(text: string) {
  return liveQuery(`search ${text}`, ['places'], (api) => api.searchPlaces({ text }));
}

export interface SearchBoxProps {
  onPick(hit: SearchHit): void;
}

const NO_HITS: SearchHit[] = [];

export function SearchBox({ onPick }: SearchBoxProps) {
  const t = useT();
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  // NOTE: while a new text is searched, the last results stay on screen.
  const results = useLiveQueryKeepingLast(useMemo(() => (query ? searchList(query) : null), [query]));
  const searching = results.status === 'loading';
  const failure = query !== '' && results.error ? errorNotice(results.error) : null;
  const shown = query !== '' && !failure;
  const hits = shown ? (results.data ?? NO_HITS) : NO_HITS;
  // The active result belongs to the results it was chosen in: new results start with none.
  const [active, setActive] = useState<{ hits: SearchHit[]; index: number }>({ hits: NO_HITS, index: -1 });
  const activeIndex = active.hits === hits && active.index < hits.length ? active.index : -1;
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, listId]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      setActive({ hits, index: movedIndex(activeIndex, event.key === 'ArrowDown' ? 1 : -1, hits.length) });
    } else if (event.key === 'Enter') {
      const hit = hits[activeIndex] ?? hits[0];
      if (!hit) return;
      event.preventDefault();
      onPick(hit);
    } else if (event.key === 'Escape' && text) {
      event.stopPropagation();
      setText('');
    }
  }

  const listed = shown && hits.length > 0;
  return (
    <section className="search" role="search">
      <label className="visually-hidden" htmlFor={inputId}>
        {t.t(m.label)}
      </label>
      <div className="search__field">
        <input
          id={inputId}
          className="input search__input"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={listed}
          aria-controls={listed ? listId : undefined}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          value={text}
          placeholder={t.t(m.placeholder)}
          autoComplete="off"
          spellCheck={false}
          data-testid="search-input"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      {failure && <ErrorMessage message={failure} />}
      {shown && (
        <div className="search__results">
          {listed ? (
            <ul id={listId} className="search__list" role="listbox" aria-label={t.t(m.results)}>
              {hits.map((hit, index) => (
                // Options are picked with the pointer too; the keyboard stays in the field.
                <li
                  key={hit.place.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === activeIndex}
                  className="search-result"
                  data-testid="search-result"
                  data-place-id={hit.place.id}
                  data-content=""
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    setActive({ hits, index });
                    onPick(hit);
                  }}
                >
                  <span className="search-result__name">{hit.place.name}</span>
                  <span className="search-result__category">{categoryAndSector(t, hit.place)}</span>
                  {hit.snippet && (
                    <span className="search-result__snippet">
                      <SnippetText snippet={hit.snippet} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="search__empty">{searching ? t.t(m.searching) : t.t(m.noResults)}</p>
          )}
        </div>
      )}
      <p className="visually-hidden" role="status" data-testid="search-status">
        {shown && !(searching && hits.length === 0) ? t.t(m.resultCount, { count: hits.length }) : ''}
      </p>
    </section>
  );
}
