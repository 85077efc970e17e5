import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '../../tpp/rules/rule-set.js';
import {
  checkEntryDeadline,
  checkVerification,
  findOverlappingItem,
  type ItemAction,
  type ItemState,
  isEditable,
  itemMinutes,
  type TimedItem,
  transitionItem,
  type VerificationInput,
  verificationDeadline,
} from './report-item.rules.js';

const rules = DEFAULT_RULE_SET;
const WITA = 'Asia/Makassar';

describe('itemMinutes', () => {
  it.each([
    [{ type: 'duty', quantity: 4, standardMinutes: 60 }, 240], // example 01
    [{ type: 'duty', quantity: 1, standardMinutes: 60 }, 60], // example 03
    [{ type: 'duty', quantity: 2.5, standardMinutes: 7 }, 18], // 17.5 rounds half up
    [{ type: 'task', start: '09:00', end: '11:00' }, 120],
    [{ type: 'task', start: '09:00', end: '09:01' }, 1],
    [{ type: 'task', start: '22:00', end: '01:00' }, 180], // past midnight
  ] as const)('%j -> %i', (body, minutes) => {
    expect(itemMinutes(body)).toBe(minutes);
  });

  it.each([
    [{ type: 'duty', quantity: 0, standardMinutes: 60 }],
    [{ type: 'duty', quantity: 1, standardMinutes: -5 }],
    [{ type: 'task', start: '09:00', end: '09:00' }],
    [{ type: 'task', start: '9:00', end: '10:00' }],
  ] as const)('rejects %j', (body) => {
    expect(() => itemMinutes(body)).toThrow(RangeError);
  });
});

describe('findOverlappingItem', () => {
  const stored = (start: string, end: string, state: ItemState = 'submitted'): TimedItem => ({
    id: 'x',
    date: '2026-11-02',
    start,
    end,
    state,
  });
  const candidate = (start: string, end: string) => ({ date: '2026-11-02', start, end });

  it.each([
    ['10:00', '11:00', false, 'touches the end'],
    ['08:00', '09:00', false, 'touches the start'],
    ['09:30', '10:30', true, 'overlaps the end'],
    ['08:30', '09:01', true, 'overlaps the start by a minute'],
    ['09:15', '09:45', true, 'inside'],
    ['08:00', '12:00', true, 'around'],
    ['09:00', '10:00', true, 'identical'],
  ])('09:00–10:00 stored, %s–%s -> overlap %s (%s)', (start, end, overlaps) => {
    expect(findOverlappingItem(candidate(start, end), [stored('09:00', '10:00')]) !== null).toBe(
      overlaps,
    );
  });

  it.each([
    ['rejected', false],
    ['draft', true],
    ['submitted', true],
    ['approved', true],
    ['returned', true],
  ] as const)('a %s stored item blocks: %s', (state, blocks) => {
    const found = findOverlappingItem(candidate('09:30', '10:30'), [
      stored('09:00', '10:00', state),
    ]);
    expect(found !== null).toBe(blocks);
  });

  it('another date never overlaps', () => {
    const other = { ...stored('09:00', '10:00'), date: '2026-11-03' };
    expect(findOverlappingItem(candidate('09:00', '10:00'), [other])).toBeNull();
  });

  it('a resubmitted item does not overlap its own earlier version', () => {
    const own = stored('09:00', '10:00', 'returned');
    expect(findOverlappingItem({ ...candidate('09:30', '10:30'), id: 'x' }, [own])).toBeNull();
  });

  it('night tasks past midnight overlap on the same report date', () => {
    const night = stored('23:00', '01:00');
    expect(findOverlappingItem(candidate('00:30', '02:00'), [night])).toBeNull(); // 00:30 same day
    expect(findOverlappingItem(candidate('23:30', '02:00'), [night])).not.toBeNull();
  });

  it('a night task past midnight meets the early items of the next date, both ways', () => {
    const night = stored('22:00', '02:00'); // 2 Nov 22:00 – 3 Nov 02:00
    const next = (start: string, end: string) => ({ date: '2026-11-03', start, end });
    expect(findOverlappingItem(next('01:00', '03:00'), [night])).not.toBeNull();
    expect(findOverlappingItem(next('02:00', '03:00'), [night])).toBeNull(); // touching
    const early = { ...stored('01:00', '03:00'), date: '2026-11-03' };
    expect(findOverlappingItem(candidate('22:00', '02:00'), [early])).not.toBeNull();
    expect(findOverlappingItem(candidate('22:00', '01:00'), [early])).toBeNull();
    // The day before: its night task reaches into this date's early morning.
    const before = { ...stored('23:00', '05:00'), date: '2026-11-01' };
    expect(findOverlappingItem(candidate('04:00', '06:00'), [before])).not.toBeNull();
    expect(findOverlappingItem(candidate('05:00', '06:00'), [before])).toBeNull();
    // Two days apart never meet.
    expect(findOverlappingItem(next('00:00', '23:59'), [before])).toBeNull();
  });
});

describe('entry deadline (end of day + 3, office time)', () => {
  it.each([
    ['2026-11-02T08:00:00+08:00', WITA, true],
    ['2026-11-05T23:59:59.999+08:00', WITA, true],
    ['2026-11-06T00:00:00+08:00', WITA, false],
    ['2026-11-05T23:30:00+07:00', WITA, false], // 00:30 on the 6th in WITA
    ['2026-11-05T23:30:00+07:00', 'Asia/Jakarta', true],
    ['2026-11-05T23:30:00+09:00', 'Asia/Jayapura', true],
    ['2026-11-06T00:00:00+09:00', 'Asia/Jayapura', false],
  ])('item of 2 Nov entered at %s (%s) -> %s', (now, zone, ok) => {
    const decision = checkEntryDeadline({ date: '2026-11-02', now: new Date(now), zone, rules });
    expect(decision).toEqual(ok ? { ok: true } : { ok: false, reason: 'after_deadline' });
  });

  it('follows the rule set', () => {
    const now = new Date('2026-11-03T10:00:00+08:00');
    const strict = { entry_deadline_days: 0 };
    expect(checkEntryDeadline({ date: '2026-11-02', now, zone: WITA, rules: strict }).ok).toBe(
      false,
    );
  });
});

describe('verification deadline (end of the 5th of next month, office time)', () => {
  it.each([
    ['2026-11-02', 5, '2026-12-06T00:00:00+08:00'],
    ['2026-11-30', 5, '2026-12-06T00:00:00+08:00'],
    ['2026-12-31', 5, '2027-01-06T00:00:00+08:00'], // into the next year
    ['2026-01-15', 31, '2026-03-01T00:00:00+08:00'], // clamped to 28 Feb
  ])('item of %s, day %i -> refused from %s', (date, day, deadline) => {
    expect(verificationDeadline(date, WITA, day).getTime()).toBe(new Date(deadline).getTime());
  });
});

describe('checkVerification', () => {
  const base: VerificationInput = {
    verifierId: 'atasan',
    ownerId: 'pegawai',
    supervisorIds: ['atasan'],
    state: 'submitted',
    date: '2026-11-02',
    now: new Date('2026-11-02T16:10:00+08:00'),
    zone: WITA,
    rules,
  };

  it.each([
    ['the supervisor, in time', {}, null],
    ['the supervisor on the last minute', { now: new Date('2026-12-05T23:59:00+08:00') }, null],
    ['the supervisor a day late', { now: new Date('2026-12-06T00:00:00+08:00') }, 'after_deadline'],
    ['the owner (example 03)', { verifierId: 'pegawai' }, 'self_verification'],
    [
      'a head verifying own item',
      { verifierId: 'kepala', ownerId: 'kepala', supervisorIds: [] },
      'self_verification',
    ],
    ['a colleague', { verifierId: 'rekan' }, 'not_supervisor'],
    ['an acting supervisor (Plt)', { verifierId: 'plt', supervisorIds: ['atasan', 'plt'] }, null],
    ['an approved item', { state: 'approved' }, 'not_pending'],
    ['a returned item', { state: 'returned' }, 'not_pending'],
    [
      'a colleague on an approved item',
      { verifierId: 'rekan', state: 'approved' },
      'not_supervisor',
    ],
    [
      'a late verification of an approved item',
      { state: 'approved', now: new Date('2027-01-01') },
      'not_pending',
    ],
  ] as const)('%s -> %s', (_label, change, reason) => {
    const decision = checkVerification({ ...base, ...change });
    expect(decision).toEqual(reason === null ? { ok: true } : { ok: false, reason });
  });
});

describe('transitionItem', () => {
  const states: ItemState[] = ['draft', 'submitted', 'approved', 'rejected', 'returned'];
  const expected: Record<ItemState, Record<ItemAction, ItemState | string>> = {
    draft: {
      submit: 'submitted',
      approve: 'not_pending',
      reject: 'not_pending',
      return: 'not_pending',
    },
    submitted: {
      submit: 'invalid_transition',
      approve: 'approved',
      reject: 'rejected',
      return: 'returned',
    },
    approved: {
      submit: 'invalid_transition',
      approve: 'not_pending',
      reject: 'not_pending',
      return: 'not_pending',
    },
    rejected: {
      submit: 'invalid_transition',
      approve: 'not_pending',
      reject: 'not_pending',
      return: 'not_pending',
    },
    returned: {
      submit: 'submitted',
      approve: 'not_pending',
      reject: 'not_pending',
      return: 'not_pending',
    },
  };
  const cases = states.flatMap((state) =>
    (['submit', 'approve', 'reject', 'return'] as const).map(
      (action) => [state, action, expected[state][action]] as const,
    ),
  );

  it.each(cases)('%s + %s -> %s', (state, action, outcome) => {
    const decision = transitionItem(state, action, 'Bukti tidak lengkap');
    if (decision.ok) expect(decision.state).toBe(outcome);
    else expect(decision.reason).toBe(outcome);
  });

  it.each([undefined, '', '   '])('rejecting needs a reason (%j)', (reason) => {
    expect(transitionItem('submitted', 'reject', reason)).toEqual({
      ok: false,
      reason: 'reason_required',
    });
  });

  it.each([
    ['draft', true],
    ['returned', true],
    ['submitted', false],
    ['approved', false],
    ['rejected', false],
  ] as const)('%s editable: %s', (state, editable) => {
    expect(isEditable(state)).toBe(editable);
  });
});
