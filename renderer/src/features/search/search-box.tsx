import { useId, useMemo, useState } from 'react';
import type { SearchHit } from '../../../../shared/api/contract.js';
import { useLiveQueryKeepingLast } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { searchMessages as m } from '../../../../shared/i18n/messages/ui/search.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice } from '../../i18n/notice.js';
import { categoryAndSector } from '../places/labels.js';
import { useDebouncedValue } from '../../util/use-debounced-value.js';
import { ErrorMessage } from '../../app/error-message.js';
import { SnippetText } from './snippet-text.js';

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
  const resultsId = useId();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  // NOTE: while a new text is searched, the last results stay on screen.
  const results = useLiveQueryKeepingLast(useMemo(() => (query ? searchList(query) : null), [query]));
  const searching = results.status === 'loading';
  const failure = query !== '' && results.error ? errorNotice(results.error) : null;
  const shown = query !== '' && !failure;
  const hits = shown ? (results.data ?? NO_HITS) : NO_HITS;

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
          value={text}
          placeholder={t.t(m.placeholder)}
          autoComplete="off"
          spellCheck={false}
          aria-controls={resultsId}
          data-testid="search-input"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && text) {
              event.stopPropagation();
              setText('');
            }
          }}
        />
      </div>
      {failure && <ErrorMessage message={failure} />}
      {shown && (
        <div id={resultsId} className="search__results" aria-label={t.t(m.results)} aria-live="polite">
          {hits.length > 0 ? (
            <ul className="search__list">
              {hits.map((hit) => (
                <li key={hit.place.id}>
                  <button
                    type="button"
                    className="search-result"
                    data-testid="search-result"
                    data-place-id={hit.place.id}
                    data-content=""
                    onClick={() => onPick(hit)}
                  >
                    <span className="search-result__name">{hit.place.name}</span>
                    <span className="search-result__category">{categoryAndSector(t, hit.place)}</span>
                    {hit.snippet && (
                      <span className="search-result__snippet">
                        <SnippetText snippet={hit.snippet} />
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="search__empty">{searching ? t.t(m.searching) : t.t(m.noResults)}</p>
          )}
        </div>
      )}
    </section>
  );
}
