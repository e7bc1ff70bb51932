import { parseArgs } from 'node:util';
import { parseInput } from '../../../shared/api/contract.js';
import type { RoutePlan } from '../../../shared/api/routes.js';
import { cliRouteMessages as m } from '../../../shared/i18n/messages/cli-route.js';
import { directionMessage } from '../../../shared/routing/direction-text.js';
import { parseNumber, requireProjectFile } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

export const name = 'route';
export const usage: CommandUsage = m;

const PROFILE_MODES = { foot: 'walk', wheelchair: 'wheelchair', bicycle: 'bicycle' } as const;

function positions(text: string): { longitude: number; latitude: number }[] {
  return text.split(';').map((pair) => {
    const [longitude, latitude, extra] = pair.split(',').map((part) => part.trim());
    const position = { longitude: Number(longitude), latitude: Number(latitude) };
    if (extra !== undefined || !Number.isFinite(position.longitude) || !Number.isFinite(position.latitude)) {
      throw new UsageError(m.badVia, { value: pair });
    }
    return position;
  });
}

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      via: { type: 'string' },
      route: { type: 'string' },
      save: { type: 'boolean' },
      profile: { type: 'string' },
      order: { type: 'string' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const file = requireProjectFile(positionals, name);
  const profile = values.profile ?? 'foot';
  if (!Object.hasOwn(PROFILE_MODES, profile)) throw new UsageError(m.badProfile, { value: profile });
  const order = values.order ?? 'keep';
  if (!['keep', 'open', 'round'].includes(order)) throw new UsageError(m.badOrder, { value: order });
  if (values.save && values.route === undefined) throw new UsageError(m.saveNeedsRoute);
  const routeId = parseNumber(values.route, 'route');
  if (routeId === undefined && (values.via === undefined || values.via.split(';').length < 2)) {
    throw new UsageError(m.needsStops);
  }

  const plan = await withProject(file, async (service): Promise<RoutePlan & { saved?: string }> => {
    if (routeId !== undefined) {
      if (values.save) service.rerouteRoute({ id: routeId });
      const { route, elevation } = await service.getRouteDetails({ id: routeId });
      if (order === 'keep' && values.profile === undefined) {
        // The stored route as it is: its own legs (via points included) and measures.
        const { legs, geometry, lengthMetres, durationSeconds } = route;
        const stops = [...route.stops.keys()];
        return {
          order: stops,
          legs,
          geometry,
          lengthMetres,
          durationSeconds,
          elevation,
          exact: true,
          given: null,
          ...(values.save ? { saved: route.name } : {}),
        };
      }
      const planned = await service.planRoute(
        parseInput('planRoute', {
          mode: values.profile ? PROFILE_MODES[profile as keyof typeof PROFILE_MODES] : route.mode,
          stops: route.stops.map((stop) => ({ placeId: stop.placeId })),
          order,
          speedKmh: route.speedKmh,
        }),
      );
      return { ...planned, ...(values.save ? { saved: route.name } : {}) };
    }
    return service.planRoute(
      parseInput('planRoute', {
        mode: PROFILE_MODES[profile as keyof typeof PROFILE_MODES],
        stops: positions(values.via!),
        order,
      }),
    );
  });

  if (values.json) {
    const { saved: _saved, ...answer } = plan;
    line(JSON.stringify(answer, null, 2));
    return 0;
  }
  if (plan.saved) line(t.t(m.saved, { name: plan.saved }));
  const km = (metres: number) => t.number(metres / 1000, { maximumFractionDigits: 2 });
  const minutes = (seconds: number) => Math.round(seconds / 60);
  const elevation = plan.elevation;
  line(
    t.t(m.total, {
      length: km(plan.lengthMetres),
      minutes: minutes(elevation?.durationSeconds ?? plan.durationSeconds),
      climbs: elevation ? 'yes' : 'no',
      ascent: t.number(elevation?.ascentMetres ?? 0),
      descent: t.number(elevation?.descentMetres ?? 0),
    }),
  );
  if (plan.given) {
    line(
      t.t(m.order, {
        order: plan.order.map((stop) => String(stop + 1)).join(' → '),
        exact: plan.exact ? 'yes' : 'no',
        givenLength: km(plan.given.lengthMetres),
        givenMinutes: minutes(plan.given.durationSeconds),
      }),
    );
  }
  plan.legs.forEach((leg, index) => {
    const reason = leg.reason === 'no-path' ? 'noPath' : leg.reason === 'off-network' ? 'offNetwork' : 'other';
    line(
      t.t(m.leg, {
        kind: leg.kind === 'straight' ? 'straight' : 'network',
        number: index + 1,
        length: t.number(Math.round(leg.lengthMetres)),
        minutes: minutes(elevation?.legs[index]?.durationSeconds ?? leg.durationSeconds),
        reason,
      }),
    );
    for (const step of leg.directions) line(`  ${t.t(directionMessage(step))}`);
  });
  return 0;
}
