import type { GuideStop } from '../../../../shared/api/guides.js';
import { guideUiMessages as m } from '../../../../shared/i18n/messages/ui/guides.js';
import { useT } from '../../i18n/i18n-context.js';
import { formatDuration, formatLength } from '../routes/route-format.js';

// One stop of a printed guide: its number and name, photo with credit, description (in the
// guide's language where translated), address and opening hours, then the way on to the next
// stop, turn by turn. All text is React text: nothing of a place is read as markup.

export function GuideStopSection({
  stop,
  photo,
  fitsPage,
}: {
  stop: GuideStop;
  photo: string | null;
  fitsPage: boolean;
}) {
  const t = useT();
  const { next } = stop;
  return (
    <section className="guide-stop" data-testid="guide-stop" {...(fitsPage ? { 'data-fits-page': stop.name } : {})}>
      <h2 className="guide-stop__name">{t.t(m.stopHeading, { number: stop.number, name: stop.name })}</h2>
      {stop.photo && photo && (
        <figure className="guide-stop__photo">
          <img src={photo} alt={stop.photo.caption || stop.name} data-testid="guide-photo" />
          <figcaption>
            {stop.photo.caption && <span>{stop.photo.caption} </span>}
            {stop.photo.credit && (
              <span className="guide-stop__credit">
                {t.t(m.photoCredit, { credit: stop.photo.credit, license: stop.photo.license || 'none' })}
              </span>
            )}
          </figcaption>
        </figure>
      )}
      {stop.description && <p className="guide-stop__description">{stop.description}</p>}
      {(stop.address || stop.openingHours || stop.visitMinutes > 0) && (
        <ul className="guide-stop__facts">
          {stop.address && <li>{stop.address}</li>}
          {stop.openingHours && <li>{t.t(m.openingHours, { hours: stop.openingHours })}</li>}
          {stop.visitMinutes > 0 && <li>{t.t(m.visit, { duration: formatDuration(t, stop.visitMinutes * 60) })}</li>}
        </ul>
      )}
      {next && (
        <div className="guide-stop__next" data-testid="guide-next">
          <h3>
            {t.t(m.next, {
              number: stop.number + 1,
              length: formatLength(t, next.lengthMetres),
              duration: formatDuration(t, next.durationSeconds),
            })}
          </h3>
          <ol className="guide-directions">
            {next.directions.map((step, index) => (
              <li key={index} data-testid="guide-direction">
                {t.t(step)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
