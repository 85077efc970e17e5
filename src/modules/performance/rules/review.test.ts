/**
 * Review probes: DOMAIN.md §2 (leave) and §5 (report items) checked against the
 * performance rules. Kept as regression tests.
 */
import { describe, expect, it } from 'vitest';
import { HOLIDAYS_2026, indexHolidays } from '../../attendance/rules/calendar.rules.js';
import { DEFAULT_RULE_SET } from '../../tpp/rules/rule-set.js';
import {
  ANNUAL_LEAVE_DAYS,
  annualLeaveEntitlement,
  type LeaveRange,
  type LeaveRequestInput,
  leaveByDate,
  leaveDaysOf,
  MAX_CARRY_OVER_DAYS,
  standardWorkingDays,
  validateLeaveRequest,
} from './leave.rules.js';
import {
  checkEntryDeadline,
  checkVerification,
  findOverlappingItem,
  itemMinutes,
  type TimedItem,
  transitionItem,
  type VerificationInput,
} from './report-item.rules.js';

const holidays = indexHolidays(HOLIDAYS_2026);
const isWorkingDay = standardWorkingDays(holidays);
const rules = DEFAULT_RULE_SET;
const WITA = 'Asia/Makassar';

function request(
  kind: LeaveRange['kind'],
  from: string,
  to: string,
  more: Partial<LeaveRequestInput> = {},
): LeaveRequestInput {
  return { request: { kind, from, to }, existing: [], isWorkingDay, holidays, ...more };
}

const outcome = (input: LeaveRequestInput) => {
  const decision = validateLeaveRequest(input);
  return decision.ok ? decision.days.length : decision.reason;
};

describe('review §2: leave counted in working days', () => {
  it('a fortnight around Idul Fitri 2026 holds 5 leave days', () => {
    expect(leaveDaysOf({ from: '2026-03-16', to: '2026-03-27' }, isWorkingDay)).toEqual([
      '2026-03-16',
      '2026-03-17',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
    ]);
  });

  it('leaveByDate maps every calendar date; the working-day filter happens in the day rules', () => {
    const map = leaveByDate([{ kind: 'annual', from: '2026-12-11', to: '2026-12-14' }]);
    expect([...map.keys()]).toEqual(['2026-12-11', '2026-12-12', '2026-12-13', '2026-12-14']);
  });
});

describe('review §2: annual leave balance = 12 + carry (≤ 6) − all cuti bersama', () => {
  it('constants', () => {
    expect(ANNUAL_LEAVE_DAYS).toBe(12);
    expect(MAX_CARRY_OVER_DAYS).toBe(6);
  });

  it.each([
    [0, 4],
    [1, 5],
    [6, 10],
    [7, 10],
    [100, 10],
  ])('2026 with %i carried over → %i', (carry, balance) => {
    expect(annualLeaveEntitlement(2026, carry, holidays)).toBe(balance);
  });

  it('cuti bersama falling on a weekend would still reduce the balance ("all cuti bersama")', () => {
    const extra = indexHolidays(HOLIDAYS_2026, [
      { date: '2026-10-03', name: 'Cuti bersama (Saturday)', kind: 'cuti_bersama' },
    ]);
    expect(annualLeaveEntitlement(2026, 0, extra)).toBe(3);
  });

  it('local holidays do not reduce the balance', () => {
    const local = indexHolidays(HOLIDAYS_2026, [
      { date: '2026-10-19', name: 'Hari jadi', kind: 'local' },
    ]);
    expect(annualLeaveEntitlement(2026, 0, local)).toBe(4);
  });

  it('exactly the balance passes; one more day is insufficient_balance', () => {
    // 2–5 Nov: 4 working days = the whole 2026 balance.
    expect(outcome(request('annual', '2026-11-02', '2026-11-05'))).toBe(4);
    expect(outcome(request('annual', '2026-11-02', '2026-11-06'))).toBe('insufficient_balance');
  });

  it('carry-over 6: 10 days pass, 11 are refused', () => {
    const carry = { carryOverByYear: { 2026: 6 } };
    // 2–13 Nov: 10 working days.
    expect(outcome(request('annual', '2026-11-02', '2026-11-13', carry))).toBe(10);
    expect(outcome(request('annual', '2026-11-02', '2026-11-16', carry))).toBe(
      'insufficient_balance',
    );
    // A carry of 9 is capped at 6.
    expect(
      outcome(request('annual', '2026-11-02', '2026-11-16', { carryOverByYear: { 2026: 9 } })),
    ).toBe('insufficient_balance');
  });

  it('the balance counts working days: a weekend and cuti bersama inside the period are free', () => {
    // 23 Dec – 29 Dec: 23 (Wed), 24 cuti bersama, 25 Christmas, 26–27 weekend, 28, 29 → 3 days.
    expect(outcome(request('annual', '2026-12-23', '2026-12-29'))).toBe(3);
  });

  it('used annual days of the same year reduce what is left', () => {
    const existing: LeaveRange[] = [{ kind: 'annual', from: '2026-02-02', to: '2026-02-04' }];
    expect(outcome(request('annual', '2026-11-02', '2026-11-02', { existing }))).toBe(1);
    expect(outcome(request('annual', '2026-11-02', '2026-11-03', { existing }))).toBe(
      'insufficient_balance',
    );
  });

  it('other kinds never touch the annual balance', () => {
    expect(outcome(request('long_service', '2026-11-02', '2026-11-30'))).toBe(21);
    expect(outcome(request('sick', '2026-11-02', '2026-11-30'))).toBe(21);
  });
});

describe('review §5: item minutes and overlap', () => {
  it('duty = quantity × standard minutes; task = end − start', () => {
    expect(itemMinutes({ type: 'duty', quantity: 4, standardMinutes: 60 })).toBe(240);
    expect(itemMinutes({ type: 'task', start: '09:00', end: '11:00' })).toBe(120);
    expect(itemMinutes({ type: 'task', start: '22:00', end: '02:00' })).toBe(240);
  });

  const stored = (
    id: string,
    start: string,
    end: string,
    state: TimedItem['state'] = 'submitted',
  ): TimedItem => ({
    id,
    date: '2026-11-02',
    start,
    end,
    state,
  });

  it('touching ends are fine; one minute of overlap is not', () => {
    const existing = [stored('a', '09:00', '10:00')];
    expect(
      findOverlappingItem({ date: '2026-11-02', start: '10:00', end: '11:00' }, existing),
    ).toBeNull();
    expect(
      findOverlappingItem({ date: '2026-11-02', start: '08:00', end: '09:00' }, existing),
    ).toBeNull();
    expect(
      findOverlappingItem({ date: '2026-11-02', start: '09:59', end: '11:00' }, existing)?.id,
    ).toBe('a');
    expect(
      findOverlappingItem({ date: '2026-11-02', start: '09:15', end: '09:45' }, existing)?.id,
    ).toBe('a');
    expect(
      findOverlappingItem({ date: '2026-11-02', start: '08:00', end: '12:00' }, existing)?.id,
    ).toBe('a');
  });

  it('rejected items free their time; approved and draft ones do not', () => {
    const candidate = { date: '2026-11-02', start: '09:00', end: '10:00' };
    expect(findOverlappingItem(candidate, [stored('a', '09:00', '10:00', 'rejected')])).toBeNull();
    expect(findOverlappingItem(candidate, [stored('a', '09:00', '10:00', 'approved')])?.id).toBe(
      'a',
    );
    expect(findOverlappingItem(candidate, [stored('a', '09:00', '10:00', 'draft')])?.id).toBe('a');
  });

  it('a returned item resubmitted with the same id does not clash with itself', () => {
    const existing = [stored('a', '09:00', '10:00', 'returned')];
    expect(
      findOverlappingItem({ id: 'a', date: '2026-11-02', start: '09:00', end: '10:30' }, existing),
    ).toBeNull();
  });
});

describe('review §5: deadlines to the end of the day, office time', () => {
  const wita = (iso: string) => new Date(`${iso}+08:00`);

  it('entries for a day until the end of the 3rd day after it', () => {
    const check = (now: string) =>
      checkEntryDeadline({ date: '2026-11-02', now: wita(now), zone: WITA, rules }).ok;
    expect(check('2026-11-05T23:59:59.999')).toBe(true);
    expect(check('2026-11-06T00:00:00')).toBe(false);
  });

  it('verification until the end of the 5th of the next month', () => {
    const base: VerificationInput = {
      verifierId: 'boss',
      ownerId: 'me',
      supervisorIds: ['boss'],
      state: 'submitted',
      date: '2026-11-30',
      now: wita('2026-12-05T23:59:59.999'),
      zone: WITA,
      rules,
    };
    expect(checkVerification(base)).toEqual({ ok: true });
    expect(checkVerification({ ...base, now: wita('2026-12-06T00:00:00') })).toEqual({
      ok: false,
      reason: 'after_deadline',
    });
    // December items: until 5 January of the next year.
    expect(
      checkVerification({ ...base, date: '2026-12-31', now: wita('2027-01-05T23:59:59') }),
    ).toEqual({ ok: true });
  });

  it('the deadline follows the office zone, not UTC', () => {
    const base: VerificationInput = {
      verifierId: 'boss',
      ownerId: 'me',
      supervisorIds: ['boss'],
      state: 'submitted',
      date: '2026-11-10',
      now: new Date('2026-12-06T00:30:00+08:00'), // 01:30 WIT on the 6th, 23:30 WIB on the 5th
      zone: 'Asia/Jayapura',
      rules,
    };
    expect(checkVerification(base).ok).toBe(false);
    expect(checkVerification({ ...base, zone: 'Asia/Jakarta' }).ok).toBe(true);
  });

  it('no one verifies their own items; only the supervisor; reject needs a reason', () => {
    const base: VerificationInput = {
      verifierId: 'me',
      ownerId: 'me',
      supervisorIds: ['me'],
      state: 'submitted',
      date: '2026-11-10',
      now: wita('2026-11-11T08:00:00'),
      zone: WITA,
      rules,
    };
    expect(checkVerification(base)).toEqual({ ok: false, reason: 'self_verification' });
    expect(checkVerification({ ...base, verifierId: 'peer', supervisorIds: ['boss'] })).toEqual({
      ok: false,
      reason: 'not_supervisor',
    });
    expect(transitionItem('submitted', 'reject', '  ')).toEqual({
      ok: false,
      reason: 'reason_required',
    });
    expect(transitionItem('submitted', 'reject', 'Tidak sesuai')).toEqual({
      ok: true,
      state: 'rejected',
    });
    expect(transitionItem('returned', 'submit')).toEqual({ ok: true, state: 'submitted' });
    expect(transitionItem('approved', 'approve')).toEqual({ ok: false, reason: 'not_pending' });
  });
});
