/**
 * The three example scenarios of /work/shared/scenarios, computed through the pure rules
 * alone (no database): the numbers their .expect.json files pin down must come out here.
 */
import { describe, expect, it } from 'vitest';
import {
  type AttendanceEvent,
  evaluateDays,
  type LeaveKind,
} from '../../attendance/rules/attendance-day.rules.js';
import {
  addDays,
  datesOfMonth,
  HOLIDAYS_2026,
  indexHolidays,
  weekdayOf,
  workingDaysOfMonth,
} from '../../attendance/rules/calendar.rules.js';
import { decideCheckEvent } from '../../attendance/rules/check-event.rules.js';
import type { LatLon, Office } from '../../attendance/rules/geofence.rules.js';
import { planShifts } from '../../attendance/rules/schedule.rules.js';
import {
  leaveByDate,
  standardWorkingDays,
  validateLeaveRequest,
} from '../../performance/rules/leave.rules.js';
import {
  checkVerification,
  itemMinutes,
  transitionItem,
} from '../../performance/rules/report-item.rules.js';
import { DEFAULT_RULE_SET } from './rule-set.js';
import { computeMonthlyTpp } from './tpp.rules.js';

const ZONE = 'Asia/Makassar';
const rules = DEFAULT_RULE_SET;
const holidays = indexHolidays(HOLIDAYS_2026);
const kantorA: Office = {
  id: 'kantor-a',
  name: 'kantor-a',
  fence: { kind: 'circle', center: { lat: -5.47, lon: 122.6 }, radiusM: 100 },
};
const DESK: LatLon = { lat: -5.4701, lon: 122.6001 };
const wita = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

/** Accepted events of a month in which the employee checks in 07:25 and out after hours. */
function usualEvents(month: string, skip: ReadonlySet<string>, changes: Record<string, string[]>) {
  const events: AttendanceEvent[] = [];
  for (const date of workingDaysOfMonth(month, holidays)) {
    if (skip.has(date)) continue;
    const [checkIn, checkOut] = changes[date] ?? [
      '07:25',
      weekdayOf(date) === 5 ? '16:35' : '16:05',
    ];
    for (const [kind, time] of [
      ['check_in', checkIn],
      ['check_out', checkOut],
    ] as const) {
      const at = wita(date, time ?? '');
      const decision = decideCheckEvent({
        kind,
        position: DESK,
        accuracyM: 12,
        mocked: false,
        receivedAt: at,
        timing: { mode: 'online' },
        previousDeviceAt: null,
        offices: [kantorA],
        onDuty: false,
        rules,
      });
      if (decision.ok) events.push({ kind, at: decision.eventTime });
    }
  }
  return events;
}

function evaluateMonth(
  month: string,
  events: AttendanceEvent[],
  leaves: ReadonlyMap<string, LeaveKind> = new Map(),
) {
  const dates = datesOfMonth(month);
  const shifts = planShifts({
    range: { from: addDays(dates[0]!, -1), to: addDays(dates.at(-1)!, 1) },
    zone: ZONE,
    schedule: 'standard',
    holidays,
  });
  return evaluateDays({ dates, shifts, events, holidays, leaveByDate: leaves, rules }).days;
}

describe('example 01 — a plain month', () => {
  const events = usualEvents('2026-11', new Set(), {
    '2026-11-03': ['07:42', '16:05'],
    '2026-11-04': ['07:25', '15:00'],
  });
  const days = evaluateMonth('2026-11', events);
  const byDate = new Map(days.map((d) => [d.date, d]));

  // Report r1 for 2 Nov: 4 × "susun-laporan" (60 min), approved by the supervisor at 16:10.
  const verification = checkVerification({
    verifierId: '197501012000031001',
    ownerId: '198703152010011002',
    supervisorIds: ['197501012000031001'],
    state: 'submitted',
    date: '2026-11-02',
    now: wita('2026-11-02', '16:10'),
    zone: ZONE,
    rules,
  });
  const approved = transitionItem('submitted', 'approve');
  const tpp = computeMonthlyTpp({
    base: 3_000_000,
    days,
    items: [
      {
        id: 'r1',
        date: '2026-11-02',
        minutes: itemMinutes({ type: 'duty', quantity: 4, standardMinutes: 60 }),
        state: verification.ok && approved.ok ? approved.state : 'submitted',
      },
    ],
    rules,
  });

  it('has 21 working days', () => {
    expect(workingDaysOfMonth('2026-11', holidays)).toHaveLength(21);
    expect(tpp.workingDays).toBe(21);
  });

  it('gives the expected day statuses and codes', () => {
    expect(byDate.get('2026-11-02')?.status).toBe('present');
    expect(byDate.get('2026-11-03')).toMatchObject({
      status: 'late',
      lateMinutes: 12,
      codes: ['TL1'],
    });
    expect(byDate.get('2026-11-04')).toMatchObject({ status: 'early_leave', codes: ['PSW2'] });
    expect(byDate.get('2026-11-07')?.status).toBe('off');
    expect(days).toHaveLength(30);
  });

  it('comes to 1.5 %, 240 / 6,300 minutes and 1,250,571 rupiah', () => {
    expect(tpp).toMatchObject({
      deductionPct: '1.5',
      verifiedMinutes: 240,
      targetMinutes: 6300,
      disciplinePaid: 1_182_000,
      performancePaid: 68_571,
      total: 1_250_571,
    });
  });
});

describe('example 02 — holidays and leave', () => {
  const leave = { kind: 'annual' as const, from: '2026-12-10', to: '2026-12-15' };
  const decision = validateLeaveRequest({
    request: leave,
    existing: [],
    isWorkingDay: standardWorkingDays(holidays),
    holidays,
  });
  const leaveDates = new Set(decision.ok ? decision.days : []);
  const events = usualEvents('2026-12', leaveDates, {});
  const days = evaluateMonth('2026-12', events, leaveByDate([leave]));
  const byDate = new Map(days.map((d) => [d.date, d]));
  const tpp = computeMonthlyTpp({ base: 3_000_000, days, items: [], rules });

  it('the leave fits the 2026 balance exactly (12 − 8 cuti bersama = 4 days)', () => {
    expect(decision).toEqual({
      ok: true,
      days: ['2026-12-10', '2026-12-11', '2026-12-14', '2026-12-15'],
    });
  });

  it('gives the expected statuses', () => {
    expect(workingDaysOfMonth('2026-12', holidays)).toHaveLength(21);
    expect(byDate.get('2026-12-24')?.status).toBe('holiday');
    expect(byDate.get('2026-12-25')?.status).toBe('holiday');
    expect(byDate.get('2026-12-12')?.status).toBe('off');
    expect(byDate.get('2026-12-11')).toMatchObject({ status: 'leave', leaveKind: 'annual' });
    expect(byDate.get('2026-12-15')).toMatchObject({ status: 'leave', leaveKind: 'annual' });
  });

  it('comes to no deduction, a 5,100-minute target and 1,200,000 rupiah', () => {
    expect(tpp).toMatchObject({
      workingDays: 21,
      absentDays: 0,
      deductionPct: '0',
      targetMinutes: 5100,
      disciplinePaid: 1_200_000,
      total: 1_200_000,
    });
  });
});

describe('example 03 — refusals', () => {
  const attempts = [
    { at: '07:20', position: { lat: -5.468649999999999, lon: 122.6 }, accuracyM: 10 },
    { at: '07:21', position: { lat: -5.47, lon: 122.6 }, accuracyM: 250 },
    { at: '07:22', position: DESK, accuracyM: 12 },
  ];
  const decisions = attempts.map((a) =>
    decideCheckEvent({
      kind: 'check_in',
      position: a.position,
      accuracyM: a.accuracyM,
      mocked: false,
      receivedAt: wita('2026-11-02', a.at),
      timing: { mode: 'online' },
      previousDeviceAt: null,
      offices: [kantorA],
      onDuty: false,
      rules,
    }),
  );
  const events = decisions.flatMap((d) =>
    d.ok ? [{ kind: 'check_in' as const, at: d.eventTime }] : [],
  );
  const byDate = new Map(evaluateMonth('2026-11', events).map((d) => [d.date, d]));

  it('refuses event 0 outside the fence and event 1 for accuracy', () => {
    expect(decisions.map((d) => (d.ok ? 'accepted' : d.reason))).toEqual([
      'outside_geofence',
      'low_accuracy',
      'accepted',
    ]);
  });

  it('the head cannot verify his own report, so none of his minutes count', () => {
    const verify = checkVerification({
      verifierId: '197501012000031001',
      ownerId: '197501012000031001',
      supervisorIds: [],
      state: 'submitted',
      date: '2026-11-02',
      now: wita('2026-11-02', '12:05'),
      zone: ZONE,
      rules,
    });
    expect(verify).toEqual({ ok: false, reason: 'self_verification' });
    const headDays = evaluateMonth('2026-11', []);
    const tpp = computeMonthlyTpp({
      base: 6_000_000,
      days: headDays,
      items: [{ id: 'h1', date: '2026-11-02', minutes: 60, state: 'submitted' }],
      rules,
    });
    expect(tpp.verifiedMinutes).toBe(0);
  });

  it('a check-in without check-out is PSW4; a day without events is absent', () => {
    expect(byDate.get('2026-11-02')).toMatchObject({ status: 'early_leave', codes: ['PSW4'] });
    expect(byDate.get('2026-11-03')).toMatchObject({ status: 'absent', codes: ['TK'] });
  });
});
