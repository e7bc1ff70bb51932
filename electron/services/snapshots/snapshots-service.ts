import { isActor } from '../../../shared/analytics/actor-groups.js';
import { changeReport, type SnapshotContent, type SnapshotLink } from '../../../shared/analytics/change-report.js';
import { NEARBY_DEFAULT_METRES } from '../../../shared/api/limits.js';
import type { ChangeSide, SnapshotScope, SnapshotSummary, snapshotsApi } from '../../../shared/api/snapshots.js';
import { ApiError } from '../../../shared/api/errors.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { snapshotMessages as m } from '../../../shared/i18n/messages/snapshots.js';
import type { StoredSnapshot } from '../../store/project-store.js';
import type { AnalyticsService } from '../analytics/analytics-service.js';
import { readAnalyticsPoints } from '../analytics/analytics-data.js';
import { resolveScope } from '../analytics/report-scope.js';
import { areaContentAt } from './content-at.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';

// Report snapshots: saving one computes the area's report card and interlinkage figures exactly
// as the panel shows them (the analytics service), and keeps the actors in scope and the links
// touching them, so a later change report can name who came, who went and which ties changed.

export type SnapshotsService = ServiceOf<typeof snapshotsApi>;

/** The backend's day (local time), as the user reads a calendar. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function createSnapshotsService(
  context: ServiceContext,
  analytics: Pick<AnalyticsService, 'reportCard' | 'interlinkage'>,
): SnapshotsService {
  const { store, edits } = context;

  const scopeOf = (snapshot: StoredSnapshot): SnapshotScope =>
    snapshot.scopeKind === 'area'
      ? { kind: 'area', areaId: snapshot.scopeId }
      : { kind: 'group', groupId: snapshot.scopeId };

  function scopeName(scope: SnapshotScope): string | null {
    return scope.kind === 'area'
      ? (store.quarters.get(scope.areaId)?.name ?? null)
      : (store.groups.get(scope.groupId)?.name ?? null);
  }

  function summary(snapshot: StoredSnapshot): SnapshotSummary {
    const scope = scopeOf(snapshot);
    const { card, links, interlinkage } = snapshot.content;
    return {
      id: snapshot.id,
      scope,
      scopeName: scopeName(scope),
      takenOn: snapshot.takenOn,
      label: snapshot.label,
      createdAt: snapshot.createdAt,
      places: card.places,
      actors: card.actors,
      creativeFirms: card.creativeFirms,
      links: links.length,
      interlinkageWithinMetres: interlinkage.withinMetres,
    };
  }

  function requireSnapshot(id: number, field: string): StoredSnapshot {
    const snapshot = store.snapshots.get(id);
    if (!snapshot) throw new ApiError('not-found', messageRef(m.notFound, { id: String(id) }), field);
    return snapshot;
  }

  /** The scope's report as it is now, with its actors and the links touching its places. */
  function contentNow(scope: SnapshotScope): SnapshotContent {
    const { scope: _scope, ...card } = analytics.reportCard({ scope });
    const interlinkage = analytics.interlinkage({ withinMetres: NEARBY_DEFAULT_METRES, scope });
    const points = readAnalyticsPoints(store);
    const byId = new Map(points.map((point) => [point.id, point]));
    const { placeIds } = resolveScope(context, scope, points);
    const actors = points
      .filter((point) => placeIds.has(point.id) && isActor(point))
      .map((point) => ({ placeId: point.id, name: point.name, category: point.category, sector: point.sector }));
    const links: SnapshotLink[] = store.links
      .list()
      .filter((link) => placeIds.has(link.fromPlaceId) || placeIds.has(link.toPlaceId))
      .map((link) => ({
        fromPlaceId: link.fromPlaceId,
        toPlaceId: link.toPlaceId,
        type: link.type,
        fromName: byId.get(link.fromPlaceId)?.name ?? '',
        toName: byId.get(link.toPlaceId)?.name ?? '',
      }));
    return { card, interlinkage, actors, links };
  }

  return {
    saveSnapshot({ scope, takenOn, label }) {
      const name =
        scope.kind === 'area'
          ? context.requireArea(scope.areaId, 'scope.areaId').name
          : context.requireGroup(scope.groupId, 'scope.groupId').name;
      return edits.run(messageRef(m.saveEdit, { name }), () => {
        const stored = store.snapshots.insert({
          scopeKind: scope.kind,
          scopeId: scope.kind === 'area' ? scope.areaId : scope.groupId,
          takenOn: takenOn ?? today(),
          label,
          content: contentNow(scope),
        });
        return summary(stored);
      });
    },
    listSnapshots({ scope }) {
      const id = scope.kind === 'area' ? scope.areaId : scope.groupId;
      return store.snapshots.list(scope.kind, id).map(summary);
    },
    deleteSnapshot({ id }) {
      const snapshot = requireSnapshot(id, 'id');
      return edits.run(messageRef(m.deleteEdit, { day: snapshot.takenOn }), () => {
        store.snapshots.remove(id);
        return { id };
      });
    },
    compareDates({ areaId, fromDate, toDate }) {
      const scope: SnapshotScope = { kind: 'area', areaId };
      const at = (day: string, field: string): SnapshotContent => {
        const content = areaContentAt(store, areaId, `${day}T23:59:59.999Z`);
        if (!content) throw new ApiError('not-found', messageRef(m.areaNotThen, { day }), field);
        return content;
      };
      const from = at(fromDate, 'fromDate');
      const to = toDate === undefined ? contentNow(scope) : at(toDate, 'toDate');
      const side = (content: SnapshotContent, day: string): ChangeSide => ({
        id: null,
        scope,
        scopeName: scopeName(scope),
        takenOn: day,
        label: '',
        createdAt: null,
        places: content.card.places,
        actors: content.card.actors,
        creativeFirms: content.card.creativeFirms,
        links: content.links.length,
        interlinkageWithinMetres: content.interlinkage.withinMetres,
      });
      return { from: side(from, fromDate), to: side(to, toDate ?? today()), ...changeReport(from, to) };
    },
    compareSnapshots({ fromId, toId }) {
      const from = requireSnapshot(fromId, 'fromId');
      const to = requireSnapshot(toId, 'toId');
      return { from: summary(from), to: summary(to), ...changeReport(from.content, to.content) };
    },
  };
}
