import './areas.css';
import { useId, useMemo } from 'react';
import { areaMessages as m } from '../../../../shared/i18n/messages/ui/areas.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { formatHectares, hectaresOf } from './area-size.js';
import { useOpenArea } from './use-open-area.js';

/** The project's areas in the sidebar: one opens in the area panel (a keyboard way to them too). */
export function AreasList() {
  const t = useT();
  const id = useId();
  const { data } = useWorkspace();
  const openArea = useOpenArea();
  // Sizes are measured on the ellipsoid: once per list of areas, not on every render.
  const areas = useMemo(() => {
    const collator = new Intl.Collator(t.formattingLocale);
    return [...data.quarters]
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((area) => ({ area, hectares: hectaresOf(area.geometry) }));
  }, [data.quarters, t.formattingLocale]);
  return (
    <section className="areas-list" aria-labelledby={`${id}-title`} data-testid="areas-list">
      <h2 className="areas-list__title" id={`${id}-title`}>
        {t.t(m.listTitle)} <span className="areas-list__count">{t.number(areas.length)}</span>
      </h2>
      {areas.length === 0 ? (
        <p className="areas-list__hint">{t.t(m.listEmpty)}</p>
      ) : (
        <ul className="areas-list__items">
          {areas.map(({ area, hectares }) => (
            <li key={area.id}>
              <button
                type="button"
                className="areas-list__item"
                data-testid="areas-list-item"
                data-area-id={area.id}
                onClick={() => openArea(area)}
              >
                <span className="areas-list__name" data-content="">
                  {area.name}
                </span>
                <span className="areas-list__meta">
                  {t.t(m.listItemMeta, {
                    kind: typologyLabel(t, 'areaKind', area.kind),
                    size: formatHectares(t, hectares),
                  })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
