import { useEffect, useId, useState } from 'react';
import type { SearchHit } from '../../../../shared/api/contract.js';
import { useApi } from '../../api/api-context.js';
import { searchMessages as m } from '../../../../shared/i18n/messages/ui/search.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { categoryAndSector } from '../places/labels.js';
import { useDebouncedValue } from '../../util/use-debounced-value.js';
import { ErrorMessage } from '../../app/error-message.js';
import { SnippetText } from './snippet-text.js';

const DEBOUNCE_MS = 250;

export interface SearchBoxProps {
  /** Changes whenever the places change, so open results are read again. */
  placesVersion: unknown;
  onPick(hit: SearchHit): void;
}

type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching'; text: string; hits: SearchHit[] }
  | { kind: 'done'; text: string; hits: SearchHit[] }
  | { kind: 'failed'; text: string; message: Notice };

export function SearchBox({ placesVersion, onPick }: SearchBoxProps) {
  const t = useT();
  const api = useApi();
  const inputId = useId();
  const resultsId = useId();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const [state, setState] = useState<SearchState>({ kind: 'idle' });

  useEffect(() => {
    if (!query) {
      setState({ kind: 'idle' });
      return;
    }
    let current = true;
    setState((previous) => ({ kind: 'searching', text: query, hits: 'hits' in previous ? previous.hits : [] }));
    api
      .searchPlaces({ text: query })
      .then((hits) => {
        if (current) setState({ kind: 'done', text: query, hits });
      })
      .catch((error: unknown) => {
        if (current) setState({ kind: 'failed', text: query, message: errorNotice(error) });
      });
    return () => {
      current = false;
    };
  }, [api, query, placesVersion]);

  const hits = state.kind === 'done' || state.kind === 'searching' ? state.hits : [];

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
      {state.kind === 'failed' && <ErrorMessage message={state.message} />}
      {(state.kind === 'searching' || state.kind === 'done') && (
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
            <p className="search__empty">{state.kind === 'searching' ? t.t(m.searching) : t.t(m.noResults)}</p>
          )}
        </div>
      )}
    </section>
  );
}
