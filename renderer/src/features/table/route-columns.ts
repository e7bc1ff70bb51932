import { tableMessages as m } from '../../../../shared/i18n/messages/ui/table.js';
import type { Translator } from '../../../../shared/i18n/translator.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import type { Route } from '../../../../shared/model/schemas.js';
import { formatDuration, formatLength } from '../routes/route-format.js';
import { idColumn, type Column } from './column.js';

// The Routes tab of the attribute table: each route with its mode, stops, length and time (as the
// route panel shows them) and how many of its legs are straight lines the network could not replace.

export function routeColumns(t: Translator): Column<Route>[] {
  const straightLegs = (route: Route) => route.legs.filter((leg) => leg.kind === 'straight').length;
  return [
    idColumn(t.t(m.columnId), (route) => route.id),
    { id: 'name', label: t.t(m.columnName), width: 240, text: (route) => route.name, sortKey: (route) => route.name },
    {
      id: 'mode',
      label: t.t(m.columnMode),
      width: 140,
      text: (route) => typologyLabel(t, 'routeMode', route.mode),
      sortKey: (route) => typologyLabel(t, 'routeMode', route.mode),
    },
    {
      id: 'stops',
      label: t.t(m.columnStops),
      width: 90,
      align: 'end',
      text: (route) => t.number(route.stops.length),
      sortKey: (route) => route.stops.length,
    },
    {
      id: 'length',
      label: t.t(m.columnLength),
      width: 110,
      align: 'end',
      text: (route) => formatLength(t, route.lengthMetres),
      sortKey: (route) => route.lengthMetres,
    },
    {
      id: 'duration',
      label: t.t(m.columnDuration),
      width: 110,
      align: 'end',
      text: (route) => formatDuration(t, route.durationSeconds),
      sortKey: (route) => route.durationSeconds,
    },
    {
      id: 'straightLegs',
      label: t.t(m.columnStraightLegs),
      width: 130,
      align: 'end',
      text: (route) => t.number(straightLegs(route)),
      sortKey: straightLegs,
    },
    {
      id: 'description',
      label: t.t(m.columnDescription),
      width: 320,
      text: (route) => route.description,
      sortKey: (route) => route.description,
    },
  ];
}
