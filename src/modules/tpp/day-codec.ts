import type { DayStatus, LeaveKind } from '../attendance/rules/attendance-day.rules';
import type { DayOut } from './month-compute';

/**
 * The stored form of a month's days: one short array per day instead of an object with
 * long keys, a third of the size, which matters when a close writes 30,000 months.
 *
 * `[day of month, status, codes joined by ",", late minutes, early-leave minutes,
 *   deduction %, check-in, check-out, leave kind or holiday name]`, trailing nulls left out.
 */
export type StoredDay = [
  number,
  DayStatus,
  string,
  number | null,
  number | null,
  string,
  (string | null)?,
  (string | null)?,
  (string | null)?,
];

export function encodeDays(days: readonly DayOut[]): StoredDay[] {
  return days.map((d) => {
    const row: StoredDay = [
      Number(d.date.slice(8, 10)),
      d.status,
      d.codes.join(','),
      d.late_minutes,
      d.early_leave_minutes,
      d.deduction_pct,
      d.check_in ?? null,
      d.check_out ?? null,
      d.kind ?? d.holiday ?? null,
    ];
    while (row.length > 6 && row[row.length - 1] === null) row.pop();
    return row;
  });
}

export function decodeDays(month: string, stored: readonly StoredDay[]): DayOut[] {
  return stored.map(([day, status, codes, late, early, deduction, checkIn, checkOut, extra]) => {
    const out: DayOut = {
      date: `${month}-${String(day).padStart(2, '0')}`,
      status,
      codes: codes ? codes.split(',') : [],
      late_minutes: late,
      early_leave_minutes: early,
      deduction_pct: deduction,
    };
    if (extra && (status === 'leave' || status === 'duty')) out.kind = extra as LeaveKind;
    if (extra && status === 'holiday') out.holiday = extra;
    if (checkIn) out.check_in = checkIn;
    if (checkOut) out.check_out = checkOut;
    return out;
  });
}
