import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { lineString, point, polygon } from '@turf/helpers';
import { pointToLineDistance } from '@turf/point-to-line-distance';

/** WGS84 position in decimal degrees. */
export type LatLon = { lat: number; lon: number };

/** A circle: centre and radius in metres. */
export type CircleFence = { kind: 'circle'; center: LatLon; radiusM: number };

/**
 * A polygon given by its outer ring (at least three distinct corners; closing the ring
 * is optional). Holes are not supported: an office compound has none worth modelling.
 */
export type PolygonFence = { kind: 'polygon'; ring: readonly LatLon[] };

export type Geofence = CircleFence | PolygonFence;

/** An office an employee may check in at. `name` is shown to people; `id` is stable. */
export type Office = { id: string; name: string; fence: Geofence };

/** Where a position stands relative to one fence. */
export type FenceDistance = {
  inside: boolean;
  /** Metres to the fence boundary when outside; 0 when inside. */
  distanceM: number;
};

/** Result of {@link locateNearestOffice}. */
export type OfficeMatch = { inside: boolean; office: Office; distanceM: number };

// A GPS fix is never better than a few metres, so a millimetre of float noise in the
// haversine must not push a point that lies exactly on the radius outside the circle.
const EDGE_TOLERANCE_M = 0.001;

function toPoint(p: LatLon) {
  if (!Number.isFinite(p.lat) || p.lat < -90 || p.lat > 90) {
    throw new RangeError(`Latitude out of range: ${p.lat}`);
  }
  if (!Number.isFinite(p.lon) || p.lon < -180 || p.lon > 180) {
    throw new RangeError(`Longitude out of range: ${p.lon}`);
  }
  return point([p.lon, p.lat]);
}

/** Great-circle distance in metres (turf's haversine on the mean Earth radius). */
export function distanceM(a: LatLon, b: LatLon): number {
  return distance(toPoint(a), toPoint(b), { units: 'meters' });
}

function closedRing(ring: readonly LatLon[]): number[][] {
  if (ring.length < 3) throw new RangeError('A polygon fence needs at least three corners');
  const coords = ring.map((p) => toPoint(p).geometry.coordinates);
  const first = ring[0] as LatLon;
  const last = ring[ring.length - 1] as LatLon;
  if (first.lat !== last.lat || first.lon !== last.lon) coords.push([first.lon, first.lat]);
  return coords;
}

/**
 * Inside test and distance for one fence. Circle: a point exactly on the radius is
 * inside. Polygon: the boundary is inside; outside, the distance is to the nearest edge.
 */
export function measureFence(position: LatLon, fence: Geofence): FenceDistance {
  if (fence.kind === 'circle') {
    const fromCentre = distanceM(position, fence.center);
    const outsideBy = fromCentre - fence.radiusM;
    return outsideBy <= EDGE_TOLERANCE_M
      ? { inside: true, distanceM: 0 }
      : { inside: false, distanceM: outsideBy };
  }
  const ring = closedRing(fence.ring);
  const here = toPoint(position);
  if (booleanPointInPolygon(here, polygon([ring]))) return { inside: true, distanceM: 0 };
  const toEdge = pointToLineDistance(here, lineString(ring), { units: 'meters' });
  return toEdge <= EDGE_TOLERANCE_M
    ? { inside: true, distanceM: 0 }
    : { inside: false, distanceM: toEdge };
}

/**
 * The office that decides a check-in. When the position is inside several allowed
 * offices the first in the list wins (the employee's first allowed office is their home
 * office); when inside none, the nearest fence wins. Returns null for an empty list.
 */
export function locateNearestOffice(
  position: LatLon,
  offices: readonly Office[],
): OfficeMatch | null {
  let nearest: OfficeMatch | null = null;
  for (const office of offices) {
    const { inside, distanceM: away } = measureFence(position, office.fence);
    if (inside) return { inside: true, office, distanceM: 0 };
    if (!nearest || away < nearest.distanceM) nearest = { inside: false, office, distanceM: away };
  }
  return nearest;
}
