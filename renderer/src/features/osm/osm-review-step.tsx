import { useEffect, useId, useRef, useState } from 'react';
import type { OsmImportReview } from '../../../../shared/api/contract.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { osmMessages as m } from '../../../../shared/i18n/messages/ui/osm.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useT } from '../../i18n/i18n-context.js';
import type { OsmImportController, OsmImportState } from './use-osm-import.js';

// The review step of an OpenStreetMap import: before anything is written, the OSM objects found
// to be places the project already has (each with a check box, all ticked; unticked ones are
// added as new places) and the places the changed category mapping no longer takes (ticked: they
// are removed). Long lists show a page at a time.

const PAGE = 200;

type ReviewState = Extract<OsmImportState, { step: 'review' }>;

/** A check box that shows "some" (indeterminate) when only part of its list is ticked. */
function AllBox({
  keys,
  declined,
  label,
  testId,
  onChange,
}: {
  keys: readonly string[];
  declined: ReadonlySet<string>;
  label: string;
  testId: string;
  onChange(accepted: boolean): void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const accepted = keys.filter((key) => !declined.has(key)).length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = accepted > 0 && accepted < keys.length;
  }, [accepted, keys.length]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      data-testid={testId}
      checked={accepted === keys.length}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}

function MatchesTable({ review, state, controller }: ReviewListProps) {
  const t = useT();
  const id = useId();
  const [shown, setShown] = useState(PAGE);
  const keys = review.matches.map((match) => match.osm);
  return (
    <section className="import-section" aria-labelledby={`${id}-title`}>
      <h3 className="import-section__title" id={`${id}-title`}>
        {t.t(m.matchesTitle)}
      </h3>
      <div className="import-table__scroll osm-review__scroll" role="region" aria-labelledby={`${id}-title`}>
        <table className="import-table osm-review__table" data-testid="osm-review-matches">
          <thead>
            <tr>
              <th scope="col" className="osm-review__check">
                <AllBox
                  keys={keys}
                  declined={state.declined}
                  label={t.t(m.acceptAllMatches)}
                  testId="osm-review-accept-all"
                  onChange={(accepted) => controller.setAccepted(keys, accepted)}
                />
              </th>
              <th scope="col">{t.t(m.osmHeader)}</th>
              <th scope="col">{t.t(m.placeHeader)}</th>
              <th scope="col">{t.t(m.whyHeader)}</th>
            </tr>
          </thead>
          <tbody>
            {review.matches.slice(0, shown).map((match) => (
              <tr key={match.osm} data-testid="osm-review-match">
                <td className="osm-review__check">
                  <input
                    type="checkbox"
                    aria-label={t.t(m.acceptMatch, { name: match.name, placeName: match.placeName })}
                    checked={!state.declined.has(match.osm)}
                    onChange={(event) => controller.setAccepted([match.osm], event.target.checked)}
                  />
                </td>
                <td title={match.osm}>
                  <span className="osm-review__name">{match.name}</span>
                  <span className="osm-review__kind">{typologyLabel(t, 'category', match.category)}</span>
                </td>
                <td>
                  <span className="osm-review__name">{match.placeName}</span>
                  <span className="osm-review__kind">{typologyLabel(t, 'category', match.placeCategory)}</span>
                </td>
                <td className="osm-review__why">
                  {t.t(m.matchReason, {
                    rule: match.rule,
                    distance: match.distance,
                    sameAsAnother: match.sameAsAnother ? 'yes' : 'no',
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {review.matches.length > shown && (
        <button type="button" className="button button--small" onClick={() => setShown(shown + PAGE)}>
          {t.t(m.showMore, { count: Math.min(PAGE, review.matches.length - shown) })}
        </button>
      )}
    </section>
  );
}

function RemovalsList({ review, state, controller }: ReviewListProps) {
  const t = useT();
  const id = useId();
  const [shown, setShown] = useState(PAGE);
  return (
    <section className="import-section" aria-labelledby={`${id}-title`}>
      <h3 className="import-section__title" id={`${id}-title`}>
        {t.t(m.removalsTitle)}
      </h3>
      <ul className="osm-review__removals" data-testid="osm-review-removals">
        {review.removals.slice(0, shown).map((removal) => (
          <li key={removal.osm}>
            <label className="osm-import-dialog__choice">
              <input
                type="checkbox"
                aria-label={t.t(m.acceptRemoval, { placeName: removal.placeName })}
                checked={!state.declined.has(removal.osm)}
                onChange={(event) => controller.setAccepted([removal.osm], event.target.checked)}
              />
              <span className="osm-review__name">{removal.placeName}</span>
              <span className="osm-review__kind">{typologyLabel(t, 'category', removal.placeCategory)}</span>
            </label>
          </li>
        ))}
      </ul>
      {review.removals.length > shown && (
        <button type="button" className="button button--small" onClick={() => setShown(shown + PAGE)}>
          {t.t(m.showMore, { count: Math.min(PAGE, review.removals.length - shown) })}
        </button>
      )}
    </section>
  );
}

interface ReviewListProps {
  review: OsmImportReview;
  state: ReviewState;
  controller: OsmImportController;
}

/** The body and footer of the review step. */
export function OsmReviewStep({ state, controller }: { state: ReviewState; controller: OsmImportController }) {
  const t = useT();
  const { review } = state;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        controller.confirm();
      }}
      noValidate
    >
      <div className="dialog__body" data-testid="osm-review">
        <p className="import-dialog__reading">{t.t(m.reviewIntro, { matches: review.matches.length })}</p>
        <p className="import-dialog__reading" data-testid="osm-review-summary">
          {t.t(m.reviewSummary, { added: review.added, updated: review.updated, unchanged: review.unchanged })}
        </p>
        {review.matches.length > 0 && <MatchesTable review={review} state={state} controller={controller} />}
        {review.removals.length > 0 && <RemovalsList review={review} state={state} controller={controller} />}
        {review.kept > 0 && <p className="import-dialog__reading">{t.t(m.keptNote, { kept: review.kept })}</p>}
        <ErrorMessage message={state.error} />
        <p className="dialog__hint">{t.t(m.reviewHint)}</p>
      </div>
      <footer className="dialog__footer">
        <div className="dialog__actions">
          <span className="dialog__spacer" />
          <button type="button" className="button" data-testid="osm-import-cancel" onClick={controller.cancel}>
            {t.t(commonMessages.cancel)}
          </button>
          <button
            type="submit"
            className="button button--primary"
            data-testid="osm-review-confirm"
            disabled={state.confirming}
          >
            {t.t(m.confirm)}
          </button>
        </div>
      </footer>
    </form>
  );
}
