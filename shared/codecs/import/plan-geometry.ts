import type { Geometry, LineString, Polygon, Position } from 'geojson';
import { messageRef as ref, type MessageRef } from '../../i18n/define-messages.js';
import { importRepairMessages as repair } from '../../i18n/messages/import-notes.js';
import { importRowMessages as rowMessage } from '../../i18n/messages/import-rows.js';
import {
  polygonProblem,
  polygonsFoundValid,
  withoutRepeatedPositions,
  type PolygonProblem,
} from '../../geo/polygon-validity.js';
import { repairPolygon } from '../../geo/repair-polygon.js';
import { clampedPackedLine, clampToEdge, isPackedLine } from '../packed-line.js';

// A source geometry made ready to store, the same way for every format: positions in 2D (heights
// and measures counted, to be said in the preview), a hair beyond ±180/±90 (float rounding, as
// reprojection and some writers give) moved onto the edge; multi-part geometries split into their
// parts, all of which are imported or none (never half a multipolygon); polygons judged as GEOS
// judges them and repaired only where that keeps their surface.

export type GeometryPart =
  | { kind: 'place'; longitude: number; latitude: number }
  | { kind: 'quarter'; geometry: Polygon }
  | { kind: 'route'; geometry: LineString };

export interface PreparedGeometry {
  parts: GeometryPart[];
  /** Why nothing of the feature is imported; null when its parts are. */
  problem: MessageRef | null;
  /** What was changed in it (closed rings, repaired polygons, empty parts left out). */
  repairs: MessageRef[];
  hasZ: boolean;
  hasM: boolean;
  /** Positions moved onto ±180°/±90°. */
  clamped: number;
}

type Member = { type: 'Point'; coordinates: Position } | { type: 'LineString' | 'Polygon'; coordinates: unknown };

/** The simple geometries of a geometry, in order (collections and multi-geometries opened). */
function members(geometry: Geometry): Member[] {
  const found: Member[] = [];
  const stack: Geometry[] = [geometry];
  while (stack.length > 0) {
    const current = stack.pop() as Geometry;
    switch (current.type) {
      case 'GeometryCollection':
        for (let index = current.geometries.length - 1; index >= 0; index--)
          stack.push(current.geometries[index] as Geometry);
        break;
      case 'MultiPoint':
        for (const coordinates of current.coordinates) found.push({ type: 'Point', coordinates });
        break;
      case 'MultiLineString':
        for (const coordinates of current.coordinates) found.push({ type: 'LineString', coordinates });
        break;
      case 'MultiPolygon':
        for (const coordinates of current.coordinates) found.push({ type: 'Polygon', coordinates });
        break;
      default:
        found.push(current as Member);
    }
  }
  return found;
}

const decimal = (value: number) => String(Number(value.toFixed(7)));

export function areaProblemMessage(problem: PolygonProblem): MessageRef {
  const kind = problem.kind.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  return ref(rowMessage.areaInvalid, {
    kind,
    longitude: decimal(problem.position[0]),
    latitude: decimal(problem.position[1]),
  });
}

const NO_REPAIRS: MessageRef[] = [];

/** A single point, the common case of a million-row import: no lists, no closures. */
function preparePoint(position: Position): PreparedGeometry {
  const result: PreparedGeometry = {
    parts: [],
    problem: null,
    repairs: NO_REPAIRS,
    hasZ: position.length > 2,
    hasM: position.length > 3,
    clamped: 0,
  };
  const x = position[0] as number;
  const y = position[1] as number;
  // Out of range or not a number (a damaged blob): the general path says why, or clamps.
  if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90))
    return prepareGeometry({ type: 'MultiPoint', coordinates: [position] });
  result.parts.push({ kind: 'place', longitude: x, latitude: y });
  return result;
}

export function prepareGeometry(geometry: Geometry): PreparedGeometry {
  if (geometry.type === 'Point' && geometry.coordinates.length >= 2) return preparePoint(geometry.coordinates);
  const result: PreparedGeometry = { parts: [], problem: null, repairs: [], hasZ: false, hasM: false, clamped: 0 };
  let outOfRange: MessageRef | null = null;
  const flat = (position: Position): [number, number] => {
    if (position.length > 2) result.hasZ = true;
    if (position.length > 3) result.hasM = true;
    const [x, y] = [clampToEdge(position[0] as number, 180), clampToEdge(position[1] as number, 90)];
    if (!Object.is(x, position[0])) result.clamped += 1;
    if (!Object.is(y, position[1])) result.clamped += 1;
    if (!outOfRange && !(Math.abs(x) <= 180)) outOfRange = ref(rowMessage.longitudeOutside, { value: String(x) });
    if (!outOfRange && !(Math.abs(y) <= 90)) outOfRange = ref(rowMessage.latitudeOutside, { value: String(y) });
    // A position as it is kept is not copied (a long line's positions are most of an import's memory).
    return position.length === 2 && x === position[0] && y === position[1] ? (position as [number, number]) : [x, y];
  };
  const list = members(geometry);
  const several = list.filter((member) => (member.coordinates as unknown[]).length > 0).length > 1;
  const fail = (problem: MessageRef, part: number) => {
    result.problem = several ? ref(rowMessage.partProblem, { part, problem }) : problem;
    result.parts = [];
    return result;
  };
  let closedReported = false;
  for (const [index, member] of list.entries()) {
    const part = index + 1;
    if ((member.coordinates as unknown[]).length === 0) continue;
    if (member.type === 'Point') {
      const [longitude, latitude] = flat(member.coordinates);
      result.parts.push({ kind: 'place', longitude, latitude });
    } else if (member.type === 'LineString') {
      const line = (member.coordinates as Position[]).map(flat);
      // At least two positions apart (as withoutRepeatedPositions would leave), without a copy.
      const first = line[0];
      if (!first || line.every((position) => position[0] === first[0] && position[1] === first[1])) {
        if (!several) return fail(ref(rowMessage.lineTooShort), part);
        result.repairs.push(ref(repair.emptyPartLeftOut, { part, kind: 'line' }));
        continue;
      }
      // A packed line (a long GPX track) keeps its numbers; `line` held only what is checked.
      const geometry: LineString = isPackedLine(member)
        ? clampedPackedLine(member)
        : { type: 'LineString', coordinates: line };
      result.parts.push({ kind: 'route', geometry });
    } else {
      const rings: Position[][] = [];
      let outlineCollapsed = false;
      for (const [ringIndex, source] of (member.coordinates as Position[][]).entries()) {
        const ring = withoutRepeatedPositions(source.map(flat)) as unknown as Position[]; // flat() made them
        const first = ring[0];
        const last = ring[ring.length - 1];
        if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
          ring.push([...first]);
          if (!closedReported) result.repairs.push(ref(repair.ringClosed));
          closedReported = true;
        }
        if (ring.length >= 4) rings.push(ring);
        else if (ringIndex > 0) result.repairs.push(ref(repair.holeLeftOut));
        else {
          outlineCollapsed = true;
          break;
        }
      }
      if (outOfRange) break;
      if (outlineCollapsed) {
        if (!several)
          return fail(areaProblemMessage({ kind: 'too-few-points', position: firstPosition(member) }), part);
        result.repairs.push(ref(repair.emptyPartLeftOut, { part, kind: 'area' }));
        continue;
      }
      const problem = polygonProblem(rings);
      if (!problem) {
        polygonsFoundValid.add(rings);
        result.parts.push({ kind: 'quarter', geometry: { type: 'Polygon', coordinates: rings } });
        continue;
      }
      const repaired = repairPolygon(rings);
      if (!repaired) return fail(ref(rowMessage.areaNotRepairable, { problem: areaProblemMessage(problem) }), part);
      result.repairs.push(ref(repair.areaRepaired, { problem: areaProblemMessage(problem), parts: repaired.length }));
      for (const coordinates of repaired)
        result.parts.push({ kind: 'quarter', geometry: { type: 'Polygon', coordinates } });
    }
    if (outOfRange) break;
  }
  if (outOfRange) {
    result.problem = outOfRange;
    result.parts = [];
    return result;
  }
  if (result.parts.length === 0 && !result.problem) result.problem = ref(rowMessage.emptyGeometry);
  return result;
}

function firstPosition(member: Member): [number, number] {
  const position = (member.coordinates as Position[][])[0]?.[0] ?? [0, 0];
  return [position[0] as number, position[1] as number];
}
