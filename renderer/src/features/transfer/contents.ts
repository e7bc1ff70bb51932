import { messageRef, type MessageRef } from '../../../../shared/i18n/define-messages.js';
import { transferMessages as m } from '../../../../shared/i18n/messages/ui/transfer.js';

export interface ContentCounts {
  places: number;
  quarters: number;
  routes: number;
}

/**
 * What a file held or holds as a message ("7 places, 1 quarter and 1 route"): quarters and routes
 * only when there are some; places when there are some, or always (`places: 'always'`), or when
 * nothing else is named.
 */
export function contentsMessage(counts: ContentCounts, options: { places: 'always' | 'when-any' }): MessageRef {
  const quarters = counts.quarters > 0;
  const routes = counts.routes > 0;
  const places = options.places === 'always' || counts.places > 0 || (!quarters && !routes);
  const parts =
    places && quarters && routes
      ? 'all'
      : places && quarters
        ? 'placesQuarters'
        : places && routes
          ? 'placesRoutes'
          : quarters && routes
            ? 'quartersRoutes'
            : quarters
              ? 'quarters'
              : routes
                ? 'routes'
                : 'places';
  return messageRef(m.contents, { parts, ...counts });
}
