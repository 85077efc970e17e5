import { describe, expect, it } from 'vitest';
import {
  type AttendanceEvent,
  assignEventsToShifts,
  bandOf,
  earlyLeaveMinutesOf,
  evaluateDay,
  evaluateDays,
  LEAVE_KINDS,
  lateMinutesOf,
} from './attendance-day.rules.js';
import { dayInput as day, holidays, monday, rules, WITA, wita } from './day.fixtures.js';
import { planRosterShift, planShifts } from './schedule.rules.js';

describe('late and early minutes', () => {
  it.each([
    ['07:00:00', 0],
    ['07:30:00', 0],
    ['07:30:59', 0], // truncated, not rounded
    ['07:31:00', 1],
    ['07:42:00', 12],
    ['08:00:59', 30],
    ['09:01:00', 91],
  ])('check-in %s is %i minutes late', (time, minutes) => {
    expect(lateMinutesOf(wita('2026-11-02', time), monday.start)).toBe(minutes);
  });

  it.each([
    ['16:30:00', 0],
    ['16:00:00', 0],
    ['15:59:30', 0], // truncated
    ['15:59:00', 1],
    ['15:00:00', 60],
    ['14:29:00', 91],
  ])('check-out %s is %i minutes early', (time, minutes) => {
    expect(earlyLeaveMinutesOf(wita('2026-11-02', time), monday.end)).toBe(minutes);
  });

  it.each([
    ['07:35:59', 5, 0],
    ['07:36:00', 5, 6], // beyond the grace the whole lateness counts
    ['07:30:59', 0, 0],
  ])('with grace: %s (grace %i) is %i late', (time, grace, minutes) => {
    expect(lateMinutesOf(wita('2026-11-02', time), monday.start, grace)).toBe(minutes);
  });
});

describe('bandOf', () => {
  it.each([
    [0, null],
    [1, 1],
    [30, 1],
    [31, 2],
    [60, 2],
    [61, 3],
    [90, 3],
    [91, 4],
    [510, 4],
  ])('%i minutes -> band %s', (minutes, band) => {
    expect(bandOf(minutes, rules.band_upper_minutes)).toBe(band);
  });

  it('follows a rule set with other bands', () => {
    expect(bandOf(16, [15, 30, 45])).toBe(2);
    expect(bandOf(46, [15, 30, 45])).toBe(4);
  });
});

describe('evaluateDay', () => {
  const at = (time: string) => wita('2026-11-02', time);
  it.each([
    ['on time', ['07:25:00'], ['16:05:00'], 'present', []],
    ['on the dot', ['07:30:59'], ['15:59:30'], 'present', []],
    ['12 min late (example 01)', ['07:42:00'], ['16:05:00'], 'late', ['TL1']],
    ['31 min late', ['08:01:00'], ['16:05:00'], 'late', ['TL2']],
    ['61 min late', ['08:31:00'], ['16:05:00'], 'late', ['TL3']],
    ['91 min late', ['09:01:00'], ['16:05:00'], 'late', ['TL4']],
    ['left 60 min early (example 01)', ['07:25:00'], ['15:00:00'], 'early_leave', ['PSW2']],
    ['left 1 min early', ['07:25:00'], ['15:59:00'], 'early_leave', ['PSW1']],
    ['late and early', ['08:31:00'], ['15:45:00'], 'late_and_early', ['TL3', 'PSW1']],
    ['no check-out (example 03)', ['07:22:00'], [], 'early_leave', ['PSW4']],
    ['no check-in', [], ['16:05:00'], 'late', ['TL4']],
    ['late, no check-out', ['07:45:00'], [], 'late_and_early', ['TL1', 'PSW4']],
    ['nothing at all', [], [], 'absent', ['TK']],
    [
      'first check-in, last check-out',
      ['07:50:00', '07:20:00'],
      ['15:00:00', '16:10:00'],
      'present',
      [],
    ],
  ])('%s -> %s %j', (_label, ins, outs, status, codes) => {
    const result = evaluateDay(day({ checkIns: ins.map(at), checkOuts: outs.map(at) }));
    expect(result.status).toBe(status);
    expect(result.codes).toEqual(codes);
    expect(result.scheduledMinutes).toBe(450);
  });

  it('reports minutes, and null for a missing event', () => {
    expect(evaluateDay(day({ checkIns: [at('07:42:00')] }))).toMatchObject({
      lateMinutes: 12,
      earlyLeaveMinutes: 0,
    });
    expect(evaluateDay(day({ checkOuts: [] }))).toMatchObject({
      lateMinutes: 0,
      earlyLeaveMinutes: null,
    });
  });

  it('Friday ends at 16:30: a 16:05 check-out is PSW1', () => {
    const friday = planShifts({
      range: { from: '2026-11-06', to: '2026-11-06' },
      zone: WITA,
      schedule: 'standard',
      holidays,
    })[0]!;
    const result = evaluateDay(
      day({
        date: '2026-11-06',
        shift: friday,
        checkIns: [wita('2026-11-06', '07:25:00')],
        checkOuts: [wita('2026-11-06', '16:05:00')],
      }),
    );
    expect(result).toMatchObject({ status: 'early_leave', codes: ['PSW1'], earlyLeaveMinutes: 25 });
  });

  it('grace minutes from the rule set apply', () => {
    const graceful = { ...rules, grace_minutes: 15 };
    expect(evaluateDay(day({ rules: graceful, checkIns: [at('07:45:00')] })).status).toBe(
      'present',
    );
    expect(evaluateDay(day({ rules: graceful, checkIns: [at('07:46:00')] })).codes).toEqual([
      'TL1',
    ]);
  });

  it.each(LEAVE_KINDS.filter((k) => k !== 'duty'))(
    'approved %s leave -> leave with its kind',
    (kind) => {
      expect(evaluateDay(day({ leaveKind: kind, checkIns: [], checkOuts: [] }))).toMatchObject({
        status: 'leave',
        leaveKind: kind,
        codes: [],
      });
    },
  );

  it('dinas luar -> duty, whatever the events', () => {
    expect(evaluateDay(day({ leaveKind: 'duty', checkIns: [] }))).toMatchObject({
      status: 'duty',
      leaveKind: 'duty',
      codes: [],
      scheduledMinutes: 450,
    });
  });

  it.each([
    [true, 'holiday'],
    [false, 'off'],
  ] as const)(
    'no planned shift, holiday %s -> %s (also with leave or events)',
    (isHoliday, status) => {
      expect(evaluateDay(day({ shift: null, isHoliday, leaveKind: 'annual' }))).toMatchObject({
        status,
        leaveKind: null,
        codes: [],
        scheduledMinutes: 0,
      });
    },
  );
});

describe('assignEventsToShifts — windows', () => {
  const checkIn = (time: string): AttendanceEvent => ({ kind: 'check_in', at: at(time) });
  const checkOut = (time: string): AttendanceEvent => ({ kind: 'check_out', at: at(time) });
  const at = (time: string) => wita('2026-11-02', time);

  it.each([
    [checkIn('05:29:59'), false],
    [checkIn('05:30:00'), true], // start − 2 h, inclusive
    [checkIn('16:00:00'), true], // end, inclusive
    [checkIn('16:00:01'), false],
    [checkOut('07:29:59'), false],
    [checkOut('07:30:00'), true], // start, inclusive
    [checkOut('22:00:00'), true], // end + 6 h, inclusive
    [checkOut('22:00:01'), false],
  ])('%j in a window: %s', (event, assigned) => {
    const [result] = assignEventsToShifts([monday], [event]);
    expect(result?.shift !== null).toBe(assigned);
  });

  it('an event on a day without shift is offshift', () => {
    const saturday = { kind: 'check_in' as const, at: wita('2026-11-07', '07:25:00') };
    expect(assignEventsToShifts([monday], [saturday])[0]?.shift).toBeNull();
  });
});

describe('assignEventsToShifts — competing shifts', () => {
  // Night shift Mon 22:00–Tue 06:00 and morning shift Tue 07:00–15:00.
  const night = planRosterShift({ date: '2026-11-02', start: '22:00', end: '06:00' }, WITA);
  const morning = planRosterShift({ date: '2026-11-03', start: '07:00', end: '15:00' }, WITA);
  const tue = (time: string) => wita('2026-11-03', time);

  it.each([
    ['check_in', '05:30:00', '2026-11-03', 'both windows; the nearest start is 07:00'],
    ['check_in', '04:00:00', '2026-11-02', 'only the night window (morning opens 05:00)'],
    ['check_out', '06:10:00', '2026-11-02', 'only the night window'],
    ['check_out', '07:30:00', '2026-11-02', 'both; night ends 1.5 h before, morning 7.5 h after'],
    ['check_out', '11:30:00', '2026-11-03', 'both; morning end is nearer'],
  ] as const)('%s at %s -> shift of %s (%s)', (kind, time, date, _why) => {
    const [result] = assignEventsToShifts([morning, night], [{ kind, at: tue(time) }]);
    expect(result?.shift?.date).toBe(date);
  });

  it('an exact tie goes to the earlier shift', () => {
    const a = planRosterShift({ date: '2026-11-02', start: '20:00', end: '04:00' }, WITA);
    const b = planRosterShift({ date: '2026-11-03', start: '00:00', end: '08:00' }, WITA);
    const event = { kind: 'check_in' as const, at: wita('2026-11-02', '22:00:00') };
    expect(assignEventsToShifts([b, a], [event])[0]?.shift?.date).toBe('2026-11-02');
  });
});

describe('evaluateDays', () => {
  it('a night shift crossing midnight is judged on its start date', () => {
    const shifts = [
      planRosterShift({ date: '2026-11-02', start: '22:00', end: '06:00' }, WITA),
      planRosterShift({ date: '2026-11-04', start: '22:00', end: '06:00' }, WITA),
    ];
    const events: AttendanceEvent[] = [
      { kind: 'check_in', at: wita('2026-11-02', '21:50:00') },
      { kind: 'check_out', at: wita('2026-11-03', '05:40:00') },
      { kind: 'check_in', at: wita('2026-11-04', '22:10:00') },
      { kind: 'check_out', at: wita('2026-11-05', '06:02:00') },
      { kind: 'check_in', at: wita('2026-11-03', '12:00:00') }, // no window
    ];
    const { days, offshift } = evaluateDays({
      dates: ['2026-11-02', '2026-11-03', '2026-11-04'],
      shifts,
      events,
      holidays,
      leaveByDate: new Map(),
      rules,
    });
    expect(days.map((d) => [d.date, d.status, d.codes])).toEqual([
      ['2026-11-02', 'early_leave', ['PSW1']],
      ['2026-11-03', 'off', []],
      ['2026-11-04', 'late', ['TL1']],
    ]);
    expect(days[0]?.scheduledMinutes).toBe(480);
    expect(offshift).toHaveLength(1);
  });

  it('a rostered shift on a holiday counts; an unrostered holiday is holiday', () => {
    const shifts = [planRosterShift({ date: '2026-12-25', start: '07:00', end: '14:00' }, WITA)];
    const { days } = evaluateDays({
      dates: ['2026-12-24', '2026-12-25', '2026-12-26'],
      shifts,
      events: [],
      holidays,
      leaveByDate: new Map(),
      rules,
    });
    expect(days.map((d) => d.status)).toEqual(['holiday', 'absent', 'off']);
  });

  it.each([
    ['Asia/Jakarta', '2026-11-02T07:41:00+07:00', 11, 'TL1'],
    ['Asia/Makassar', '2026-11-02T07:41:00+08:00', 11, 'TL1'],
    ['Asia/Jayapura', '2026-11-02T07:41:00+09:00', 11, 'TL1'],
    ['Asia/Jayapura', '2026-11-02T07:41:00+08:00', 71, 'TL3'], // 08:41 on the WIT wall clock
    ['Asia/Jakarta', '2026-11-02T07:41:00+08:00', 0, null], // 06:41 WIB: early, not late
  ])('office zone %s: check-in at %s is %i min late', (zone, instant, late, code) => {
    const shifts = planShifts({
      range: { from: '2026-11-01', to: '2026-11-03' },
      zone,
      schedule: 'standard',
      holidays,
    });
    const { days } = evaluateDays({
      dates: ['2026-11-02'],
      shifts,
      events: [
        { kind: 'check_in', at: new Date(instant) },
        { kind: 'check_out', at: shifts.find((s) => s.date === '2026-11-02')!.end },
      ],
      holidays,
      leaveByDate: new Map(),
      rules,
    });
    expect(days[0]).toMatchObject({ lateMinutes: late, codes: code ? [code] : [] });
  });

  it('a holiday on a weekend shows as holiday', () => {
    const { days } = evaluateDays({
      dates: ['2026-03-21', '2026-03-28'],
      shifts: [],
      events: [],
      holidays,
      leaveByDate: new Map(),
      rules,
    });
    expect(days.map((d) => d.status)).toEqual(['holiday', 'off']);
  });
});
