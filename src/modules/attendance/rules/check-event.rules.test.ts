import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '../../tpp/rules/rule-set.js';
import { type CheckEventInput, decideCheckEvent } from './check-event.rules.js';
import type { LatLon, Office } from './geofence.rules.js';

const EARTH_RADIUS_M = 6_371_008.8;
const centre: LatLon = { lat: -5.47, lon: 122.6 };
const north = (metres: number): LatLon => ({
  lat: centre.lat + (metres / EARTH_RADIUS_M) * (180 / Math.PI),
  lon: centre.lon,
});
const kantorA: Office = {
  id: 'kantor-a',
  name: 'Kantor A',
  fence: { kind: 'circle', center: centre, radiusM: 100 },
};

const received = new Date('2026-11-02T07:30:00+08:00');
const HOUR = 3_600_000;
const ago = (ms: number) => new Date(received.getTime() - ms);

function input(overrides: Partial<CheckEventInput> = {}): CheckEventInput {
  return {
    kind: 'check_in',
    position: { lat: -5.4701, lon: 122.6001 },
    accuracyM: 12,
    mocked: false,
    receivedAt: received,
    timing: { mode: 'online' },
    previousDeviceAt: null,
    offices: [kantorA],
    onDuty: false,
    rules: DEFAULT_RULE_SET,
    ...overrides,
  };
}

describe('decideCheckEvent — accepted', () => {
  it('online: the event time is the server receive time', () => {
    expect(decideCheckEvent(input())).toEqual({
      ok: true,
      eventTime: received,
      offline: false,
      office: kantorA,
      dutyAnywhere: false,
    });
  });

  it('online events are not compared with the previous device time', () => {
    const decision = decideCheckEvent(input({ previousDeviceAt: new Date('2030-01-01') }));
    expect(decision.ok).toBe(true);
  });

  it('offline: the event time is the device time and the event is marked', () => {
    const deviceAt = ago(5 * HOUR);
    const decision = decideCheckEvent(input({ timing: { mode: 'offline', deviceAt } }));
    expect(decision).toMatchObject({ ok: true, eventTime: deviceAt, offline: true });
  });

  it('applies to check-outs alike', () => {
    expect(decideCheckEvent(input({ kind: 'check_out' })).ok).toBe(true);
    expect(decideCheckEvent(input({ kind: 'check_out', position: north(150) }))).toMatchObject({
      ok: false,
      reason: 'outside_geofence',
    });
  });
});

describe('decideCheckEvent — offline time', () => {
  it.each([
    ['exactly 72 h old', 72 * HOUR, null, null],
    ['72 h and 1 ms old', 72 * HOUR + 1, null, 'stale_offline'],
    ['a week old', 168 * HOUR, null, 'stale_offline'],
    ['same instant as receipt', 0, null, null],
    ['1 ms in the future', -1, null, 'future_time'],
    ['an hour in the future', -HOUR, null, 'future_time'],
    ['after the previous event', HOUR, 2 * HOUR, null],
    ['equal to the previous event', HOUR, HOUR, null],
    ['1 ms before the previous event', HOUR + 1, HOUR, 'out_of_order'],
  ] as const)('%s -> %s', (_label, ageMs, previousAgeMs, reason) => {
    const decision = decideCheckEvent(
      input({
        timing: { mode: 'offline', deviceAt: ago(ageMs) },
        previousDeviceAt: previousAgeMs === null ? null : ago(previousAgeMs),
      }),
    );
    if (reason === null) expect(decision.ok).toBe(true);
    else expect(decision).toMatchObject({ ok: false, reason });
  });

  it('honours a rule set with a shorter offline limit', () => {
    const rules = { ...DEFAULT_RULE_SET, offline_max_age_hours: 24 };
    const decision = decideCheckEvent(
      input({ rules, timing: { mode: 'offline', deviceAt: ago(25 * HOUR) } }),
    );
    expect(decision).toMatchObject({ ok: false, reason: 'stale_offline' });
  });
});

describe('decideCheckEvent — position', () => {
  it.each([
    [12, true],
    [99.9, true],
    [100, true], // exactly the limit passes
    [100.01, false],
    [250, false],
    [Number.NaN, false],
  ])('accuracy %f m -> accepted %s', (accuracyM, ok) => {
    const decision = decideCheckEvent(input({ accuracyM }));
    expect(decision.ok).toBe(ok);
    if (!decision.ok) {
      expect(decision.reason).toBe('low_accuracy');
      expect(decision.detail).toMatch(/^GPS belum akurat \(.+ m, batas 100 m\)$/);
    }
  });

  it('uses the tenant accuracy limit', () => {
    const rules = { ...DEFAULT_RULE_SET, accuracy_limit_m: 30 };
    expect(decideCheckEvent(input({ rules, accuracyM: 30 })).ok).toBe(true);
    expect(decideCheckEvent(input({ rules, accuracyM: 31 })).ok).toBe(false);
  });

  it('refuses a mocked position', () => {
    expect(decideCheckEvent(input({ mocked: true }))).toMatchObject({
      ok: false,
      reason: 'mocked_location',
    });
  });

  it.each([
    [100, true],
    [100.5, false],
    [150, false],
  ])('%f m from the centre of a 100 m circle -> accepted %s', (metres, ok) => {
    expect(decideCheckEvent(input({ position: north(metres) })).ok).toBe(ok);
  });

  it('outside: refused with the distance to the nearest allowed office, in Indonesian', () => {
    const decision = decideCheckEvent(input({ position: north(512) }));
    expect(decision).toMatchObject({ ok: false, reason: 'outside_geofence' });
    if (decision.ok) return;
    expect(decision.distanceM).toBeCloseTo(412, 3);
    expect(decision.detail).toBe('412 m dari area Kantor A');
  });

  it.each([
    [100.3, '1 m dari area Kantor A'],
    [1512, '1.412 m dari area Kantor A'],
  ])('detail at %f m from the centre reads %j', (metres, detail) => {
    expect(decideCheckEvent(input({ position: north(metres) }))).toMatchObject({ detail });
  });

  it('outside with no allowed office at all', () => {
    expect(decideCheckEvent(input({ offices: [] }))).toMatchObject({
      ok: false,
      reason: 'outside_geofence',
    });
  });
});

describe('decideCheckEvent — dinas luar', () => {
  it('anywhere is accepted and marked', () => {
    expect(decideCheckEvent(input({ onDuty: true, position: { lat: -6.2, lon: 106.8 } }))).toEqual({
      ok: true,
      eventTime: received,
      offline: false,
      office: null,
      dutyAnywhere: true,
    });
  });

  it('inside an office it is an ordinary check-in', () => {
    expect(decideCheckEvent(input({ onDuty: true }))).toMatchObject({
      ok: true,
      office: kantorA,
      dutyAnywhere: false,
    });
  });

  it('does not excuse a mocked or inaccurate position', () => {
    expect(decideCheckEvent(input({ onDuty: true, mocked: true }))).toMatchObject({
      reason: 'mocked_location',
    });
    expect(decideCheckEvent(input({ onDuty: true, accuracyM: 500 }))).toMatchObject({
      reason: 'low_accuracy',
    });
  });
});

describe('decideCheckEvent — order of refusals (DOMAIN §3)', () => {
  const everythingWrong: Partial<CheckEventInput> = {
    timing: { mode: 'offline', deviceAt: ago(100 * HOUR) },
    mocked: true,
    accuracyM: 500,
    position: north(5000),
  };

  it.each([
    ['offline time first', {}, 'stale_offline'],
    ['then mocked position', { timing: { mode: 'online' } }, 'mocked_location'],
    ['then accuracy', { timing: { mode: 'online' }, mocked: false }, 'low_accuracy'],
    [
      'then geofence',
      { timing: { mode: 'online' }, mocked: false, accuracyM: 5 },
      'outside_geofence',
    ],
  ] as const)('%s', (_label, fix, reason) => {
    expect(decideCheckEvent(input({ ...everythingWrong, ...fix }))).toMatchObject({
      ok: false,
      reason,
    });
  });

  it('future time outranks out of order', () => {
    const decision = decideCheckEvent(
      input({
        timing: { mode: 'offline', deviceAt: ago(-HOUR) },
        previousDeviceAt: ago(-2 * HOUR),
      }),
    );
    expect(decision).toMatchObject({ reason: 'future_time' });
  });
});

describe('example 03 — refusals', () => {
  it('event 0 outside, event 1 inaccurate, event 2 accepted', () => {
    const at = (time: string) => new Date(`2026-11-02T${time}:00+08:00`);
    const events: Array<Partial<CheckEventInput>> = [
      { receivedAt: at('07:20'), position: { lat: -5.468649999999999, lon: 122.6 }, accuracyM: 10 },
      { receivedAt: at('07:21'), position: { lat: -5.47, lon: 122.6 }, accuracyM: 250 },
      { receivedAt: at('07:22'), position: { lat: -5.4701, lon: 122.6001 }, accuracyM: 12 },
    ];
    const decisions = events.map((e) => decideCheckEvent(input(e)));
    expect(decisions.map((d) => (d.ok ? 'ok' : d.reason))).toEqual([
      'outside_geofence',
      'low_accuracy',
      'ok',
    ]);
  });
});
