import { describe, expect, it } from 'vitest';
import {
  distanceM,
  type LatLon,
  locateNearestOffice,
  measureFence,
  type Office,
  type PolygonFence,
} from './geofence.rules.js';

// turf's mean Earth radius; one degree of latitude along a meridian is R·π/180 metres.
const EARTH_RADIUS_M = 6_371_008.8;
const metresToLatDegrees = (m: number) => (m / EARTH_RADIUS_M) * (180 / Math.PI);

const centre: LatLon = { lat: -5.47, lon: 122.6 };
const kantorA: Office = {
  id: 'kantor-a',
  name: 'Kantor A',
  fence: { kind: 'circle', center: centre, radiusM: 100 },
};
const north = (from: LatLon, metres: number): LatLon => ({
  lat: from.lat + metresToLatDegrees(metres),
  lon: from.lon,
});

describe('distanceM', () => {
  it('is great-circle metres', () => {
    expect(distanceM({ lat: 0, lon: 0 }, { lat: 0.001, lon: 0 })).toBeCloseTo(111.195, 3);
    expect(distanceM(centre, centre)).toBe(0);
    expect(distanceM(centre, north(centre, 250))).toBeCloseTo(250, 6);
  });

  it.each([
    [{ lat: 91, lon: 0 }],
    [{ lat: -91, lon: 0 }],
    [{ lat: 0, lon: 181 }],
    [{ lat: Number.NaN, lon: 0 }],
  ])('rejects an impossible position %j', (p) => {
    expect(() => distanceM(p, centre)).toThrow(RangeError);
  });
});

describe('measureFence — circle', () => {
  it.each([
    [0, true, 0],
    [50, true, 0],
    [99.99, true, 0],
    [100, true, 0], // exactly on the radius is inside
    [100.01, false, 0.01],
    [150, false, 50],
    [512, false, 412],
  ])('%f m from the centre -> inside %s, %f m outside', (metres, inside, away) => {
    const result = measureFence(north(centre, metres), kantorA.fence);
    expect(result.inside).toBe(inside);
    expect(result.distanceM).toBeCloseTo(away, 6);
  });

  it('example 03: the first check-in is about 50 m outside kantor-a', () => {
    const result = measureFence({ lat: -5.468649999999999, lon: 122.6 }, kantorA.fence);
    expect(result.inside).toBe(false);
    expect(result.distanceM).toBeGreaterThan(49);
    expect(result.distanceM).toBeLessThan(51);
  });

  it('example 01: the usual check-in point is inside', () => {
    expect(measureFence({ lat: -5.4701, lon: 122.6001 }, kantorA.fence).inside).toBe(true);
  });
});

describe('measureFence — polygon', () => {
  // A square about 222 m a side around the centre, ring not closed on purpose.
  const d = 0.001;
  const square: PolygonFence = {
    kind: 'polygon',
    ring: [
      { lat: centre.lat - d, lon: centre.lon - d },
      { lat: centre.lat - d, lon: centre.lon + d },
      { lat: centre.lat + d, lon: centre.lon + d },
      { lat: centre.lat + d, lon: centre.lon - d },
    ],
  };

  it.each([
    ['centre', centre, true],
    ['on the north edge', { lat: centre.lat + d, lon: centre.lon }, true],
    ['on a corner', { lat: centre.lat + d, lon: centre.lon + d }, true],
    ['just inside', { lat: centre.lat + d * 0.999, lon: centre.lon }, true],
  ])('%s is inside', (_label, position, inside) => {
    expect(measureFence(position, square)).toEqual({ inside, distanceM: 0 });
  });

  it('outside, the distance is to the nearest edge, not to a corner or centre', () => {
    const result = measureFence(north({ lat: centre.lat + d, lon: centre.lon }, 80), square);
    expect(result.inside).toBe(false);
    expect(result.distanceM).toBeGreaterThan(79.5);
    expect(result.distanceM).toBeLessThan(80.5);
  });

  it('accepts an already closed ring', () => {
    const closed: PolygonFence = { kind: 'polygon', ring: [...square.ring, square.ring[0]!] };
    expect(measureFence(centre, closed).inside).toBe(true);
  });

  it('rejects a ring with fewer than three corners', () => {
    expect(() => measureFence(centre, { kind: 'polygon', ring: [centre, centre] })).toThrow(
      RangeError,
    );
  });
});

describe('locateNearestOffice', () => {
  const kantorB: Office = {
    id: 'kantor-b',
    name: 'Kantor B',
    fence: { kind: 'circle', center: north(centre, 1000), radiusM: 200 },
  };
  const overlapping: Office = {
    id: 'kantor-c',
    name: 'Kantor C',
    fence: { kind: 'circle', center: north(centre, 50), radiusM: 100 },
  };

  it('returns null when no office is allowed', () => {
    expect(locateNearestOffice(centre, [])).toBeNull();
  });

  it('inside one office -> that office, distance 0', () => {
    expect(locateNearestOffice(north(centre, 900), [kantorA, kantorB])).toMatchObject({
      inside: true,
      office: { id: 'kantor-b' },
      distanceM: 0,
    });
  });

  it('inside two offices -> the first allowed one (the home office)', () => {
    expect(locateNearestOffice(north(centre, 60), [overlapping, kantorA])?.office.id).toBe(
      'kantor-c',
    );
    expect(locateNearestOffice(north(centre, 60), [kantorA, overlapping])?.office.id).toBe(
      'kantor-a',
    );
  });

  it('outside all -> the nearest fence edge wins, with its distance', () => {
    const match = locateNearestOffice(north(centre, 500), [kantorA, kantorB]);
    expect(match?.inside).toBe(false);
    expect(match?.office.id).toBe('kantor-b'); // 300 m to B's edge, 400 m to A's
    expect(match?.distanceM).toBeCloseTo(300, 6);
  });
});
