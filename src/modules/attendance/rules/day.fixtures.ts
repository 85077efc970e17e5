/** Shared fixtures of the attendance rule tests: a standard WITA day in November 2026. */
import { DEFAULT_RULE_SET } from '../../tpp/rules/rule-set.js';
import type { EvaluateDayInput } from './attendance-day.rules.js';
import { HOLIDAYS_2026, indexHolidays } from './calendar.rules.js';
import { type PlannedShift, planShifts } from './schedule.rules.js';

export const WITA = 'Asia/Makassar';
export const holidays = indexHolidays(HOLIDAYS_2026);
export const rules = DEFAULT_RULE_SET;
/** An instant at a WITA wall-clock time. */
export const wita = (date: string, time: string) => new Date(`${date}T${time}+08:00`);

/** The standard-schedule shift of a working day. */
export function standardShift(date: string): PlannedShift {
  const shift = planShifts({
    range: { from: date, to: date },
    zone: WITA,
    schedule: 'standard',
    holidays,
  })[0];
  if (!shift) throw new Error(`no standard shift on ${date}`);
  return shift;
}

/** Monday 2 Nov 2026, 07:30–16:00 WITA. */
export const monday = standardShift('2026-11-02');

/** A present day on that Monday (07:25 in, 16:05 out), with overrides. */
export function dayInput(overrides: Partial<EvaluateDayInput> = {}): EvaluateDayInput {
  return {
    date: '2026-11-02',
    shift: monday,
    isHoliday: false,
    leaveKind: null,
    checkIns: [wita('2026-11-02', '07:25:00')],
    checkOuts: [wita('2026-11-02', '16:05:00')],
    rules,
    ...overrides,
  };
}
