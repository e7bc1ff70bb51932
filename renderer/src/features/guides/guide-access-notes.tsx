import type { GuideAccessibility, GuideWays } from '../../../../shared/api/guides.js';
import { guideUiMessages as m } from '../../../../shared/i18n/messages/ui/guides.js';
import type { Translator } from '../../../../shared/i18n/translator.js';
import { useT } from '../../i18n/i18n-context.js';

// The cover's accessibility notes (issue #16): the steps, the surfaces and whether a wheelchair can
// follow the route, from the street map's data. What the map does not record is said to be
// unknown, never counted as fine: a guide printed for wheelchair users must not promise too much.

/** Below this share of the way without a surface (it would print as 0 %), every surface counts as known. */
const ALL_KNOWN = 0.005;

export interface AccessTexts {
  steps: string;
  /** Surfaces, then how much of the way has none recorded (when some has not). */
  surfaces: string;
  /** Null when the surfaces are not known at all (the surfaces text says so). */
  wheelchair: string | null;
}

function surfacesText(t: Translator, ways: GuideWays, allKnown: boolean): string {
  const { unpavedMetres: unpaved, cobblesMetres: cobbles } = ways;
  const rough =
    unpaved > 0 && cobbles > 0
      ? 'both'
      : unpaved > 0
        ? 'unpaved'
        : cobbles > 0
          ? 'cobbles'
          : allKnown
            ? 'paved'
            : 'partly-known';
  return t.t(m.surfaces, { rough, unpaved, cobbles });
}

function wheelchairText(t: Translator, ways: GuideWays, allKnown: boolean): string {
  if (ways.noWheelchairMetres > 0) return t.t(m.wheelchair, { access: 'no', metres: ways.noWheelchairMetres });
  if (ways.limitedWheelchairMetres > 0)
    return t.t(m.wheelchair, { access: 'limited', metres: ways.limitedWheelchairMetres });
  return t.t(m.wheelchair, { access: allKnown ? 'yes' : 'unsure', metres: 0 });
}

/** The notes' texts in the translator's language. */
export function accessTexts(t: Translator, accessibility: GuideAccessibility): AccessTexts {
  const steps = t.t(m.steps, accessibility.steps);
  const { ways } = accessibility;
  if (!ways) return { steps, surfaces: t.t(m.waysUnknown), wheelchair: null };
  const share = ways.totalMetres > 0 ? ways.unknownSurfaceMetres / ways.totalMetres : 1;
  const allKnown = share < ALL_KNOWN;
  const surfaces = surfacesText(t, ways, allKnown);
  return {
    steps,
    surfaces: allKnown ? surfaces : `${surfaces} ${t.t(m.surfaceGaps, { share })}`,
    // A promise to wheelchair users only where every metre's surface is known.
    wheelchair: wheelchairText(t, ways, ways.unknownSurfaceMetres === 0),
  };
}

export function GuideAccessNotes({ accessibility }: { accessibility: GuideAccessibility }) {
  const texts = accessTexts(useT(), accessibility);
  return (
    <>
      <p data-testid="guide-steps">{texts.steps}</p>
      <p data-testid="guide-surfaces">{texts.surfaces}</p>
      {texts.wheelchair && <p data-testid="guide-wheelchair">{texts.wheelchair}</p>}
    </>
  );
}
