import { DateTime } from 'luxon';
import {
  assignEventsToShifts,
  type DayResult,
  type DayStatus,
  evaluateDay,
  type LeaveKind,
} from '../attendance/rules/attendance-day.rules';
import {
  type HolidayIndex,
  type IsoDate,
  indexHolidays,
  workingDaysOfMonth,
} from '../attendance/rules/calendar.rules';
import type { PlannedShift } from '../attendance/rules/schedule.rules';
import { planEmployeeShifts, type ScheduleDef } from '../attendance/shift-plan';
import { leaveByDate } from '../performance/rules/leave.rules';
import type { EmployeeMonthData, MonthContextData } from './month-inputs.store';
import { pendingDates, pendingForTotals, provisionalDay } from './month-live';
import { Dec, type RuleSet } from './rules/rule-set';
import { computeMonthlyTpp, type MinutesRefusal } from './rules/tpp.rules';

/**
 * One employee's month, assembled from the pure rules (planShifts → evaluateDay →
 * deductions → TPP). The same function serves the live view of an open month and the
 * close, so what an employee sees during the month is what is paid at its end.
 */

/** A day as the API, the stored result and `sipolima simulate` show it (SCENARIOS.md). */
export type DayOut = {
  date: IsoDate;
  status: DayStatus;
  /** The leave kind on `leave` and `duty` days. */
  kind?: LeaveKind;
  /** The holiday's name on `holiday` days. */
  holiday?: string;
  codes: string[];
  /** Null when there was no check-in (the day then carries TL4) or on an absent day. */
  late_minutes: number | null;
  /** Null when there was no check-out (the day then carries PSW4) or on an absent day. */
  early_leave_minutes: number | null;
  /** The day's deduction after the daily cap, percent of the discipline part. */
  deduction_pct: string;
  /** First check-in and last check-out that counted, HH:MM office time. */
  check_in?: string;
  check_out?: string;
  /**
   * Live view only: the day is not over yet (after today, or its check-out window still
   * open). It carries only the codes its events so far give, costs nothing, and counts in
   * no month total until it ends. Never stored: a closed month has no pending day.
   */
  pending?: true;
};

/**
 * What the explanation is rendered from besides the days and the figures: small, so the
 * close stores it for 30,000 people cheaply, and the sentences can be rendered on read.
 */
export type ExplanationFacts = {
  v: 1;
  baseSource: 'individual' | 'class' | 'none';
  kelasJabatan: number | null;
  proratedDays: number;
  deduction: { totalPct: string; cappedPct: string };
  /** [date, minutes counted, items] for each day with counted minutes. */
  counted: Array<[IsoDate, number, number]>;
  /** [date, minutes refused, items, reason]. */
  refused: Array<[IsoDate, number, number, MinutesRefusal]>;
  adjustments: Array<{ sourceMonth: string; amount: number; description: string }>;
};

export type EmployeeMonthResult = {
  employeeId: string;
  nip: string;
  name: string;
  agencyId: string;
  rank: string;
  positionName: string | null;
  ruleSetId: string;
  /** The employee's own working days (scheduled, not holiday). */
  workingDays: number;
  absentDays: number;
  deductionPct: string;
  /** deductionPct in hundredths of a percent (1.25 % -> 125). */
  deductionBp: number;
  verifiedMinutes: number;
  targetMinutes: number;
  productivityPct: string;
  /** Items still awaiting verification. */
  unverifiedItems: number;
  base: number;
  disciplinePaid: number;
  performancePaid: number;
  /** Sum of the adjustment lines paid this month. */
  adjustments: number;
  /** Discipline + performance + adjustments. */
  total: number;
  days: DayOut[];
  facts: ExplanationFacts;
};

/** Everything that is the same for all employees of the month, prepared once. */
export type PreparedMonth = {
  month: string;
  dates: IsoDate[];
  range: { from: IsoDate; to: IsoDate };
  rules: RuleSet;
  holidays: HolidayIndex;
  /** Working days of the standard schedule (the scenario's `working_days`). */
  standardWorkingDays: number;
  schedules: MonthContextData['schedules'];
  specialPeriods: MonthContextData['specialPeriods'];
  /** `live`: an open month on screen; `close`: the frozen result. */
  mode: 'live' | 'close';
  /** Live mode: the moment the view is for; days not over then are pending. */
  now: Date | null;
  /** Weekly plans by zone and schedule: identical for everyone who shares them. */
  planCache: Map<string, { shifts: PlannedShift[]; byDate: Map<IsoDate, PlannedShift> }>;
  clockCache: Map<string, (at: Date) => string>;
};

export function prepareMonth(
  ctx: MonthContextData,
  rules: RuleSet,
  mode: 'live' | 'close',
  now: Date | null = null,
): PreparedMonth {
  const holidays = indexHolidays(ctx.holidays);
  return {
    month: ctx.month,
    dates: ctx.dates,
    range: ctx.range,
    rules,
    holidays,
    standardWorkingDays: workingDaysOfMonth(ctx.month, holidays).length,
    schedules: ctx.schedules,
    specialPeriods: ctx.specialPeriods,
    mode,
    now: mode === 'live' ? now : null,
    planCache: new Map(),
    clockCache: new Map(),
  };
}

function planOf(prep: PreparedMonth, data: EmployeeMonthData) {
  const { employee } = data;
  const schedule: ScheduleDef = prep.schedules.get(employee.scheduleCode) ??
    prep.schedules.get('standard') ?? { code: 'standard', name: '', kind: 'weekly', week: null };
  const plan = () => {
    const shifts = planEmployeeShifts({
      range: prep.range,
      zone: employee.zone,
      schedule,
      holidays: prep.holidays,
      specialPeriods: prep.specialPeriods,
      roster: data.roster,
    });
    return { shifts, byDate: new Map(shifts.map((s) => [s.date, s])) };
  };
  if (schedule.kind === 'shift') return plan();
  const key = `${employee.zone}|${schedule.code}`;
  let cached = prep.planCache.get(key);
  if (!cached) {
    cached = plan();
    prep.planCache.set(key, cached);
  }
  return cached;
}

/**
 * HH:MM in a zone. Indonesian zones have no daylight saving, so one offset per zone and
 * month is enough (checked at both ends of the month); otherwise luxon decides per event.
 */
function clockOf(prep: PreparedMonth, zone: string): (at: Date) => string {
  let format = prep.clockCache.get(zone);
  if (format) return format;
  const offsetAt = (date: IsoDate) => DateTime.fromISO(date, { zone }).offset;
  const offset = offsetAt(prep.range.from);
  if (offset === offsetAt(prep.range.to)) {
    format = (at) => {
      const m = (((Math.floor(at.getTime() / 60_000) + offset) % 1440) + 1440) % 1440;
      return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    };
  } else {
    format = (at) => DateTime.fromJSDate(at, { zone }).toFormat('HH:mm');
  }
  prep.clockCache.set(zone, format);
  return format;
}

/**
 * The day results of the month: evaluateDays' semantics (events to the window that holds
 * them, then one evaluateDay per date) with the events grouped by day once, which keeps
 * the close of 30,000 people linear in their events.
 */
function evaluateMonthDays(
  prep: PreparedMonth,
  data: EmployeeMonthData,
  { shifts, byDate }: ReturnType<typeof planOf>,
): DayResult[] {
  const inByDate = new Map<IsoDate, Date[]>();
  const outByDate = new Map<IsoDate, Date[]>();
  for (const { event, shift } of assignEventsToShifts(shifts, data.events)) {
    if (!shift) continue;
    const target = event.kind === 'check_in' ? inByDate : outByDate;
    const list = target.get(shift.date);
    if (list) list.push(event.at);
    else target.set(shift.date, [event.at]);
  }
  const leave = data.leaves.length ? leaveByDate(data.leaves) : null;
  return prep.dates.map((date) =>
    evaluateDay({
      date,
      shift: byDate.get(date) ?? null,
      isHoliday: prep.holidays.has(date),
      leaveKind: leave?.get(date) ?? null,
      checkIns: inByDate.get(date) ?? [],
      checkOuts: outByDate.get(date) ?? [],
      rules: prep.rules,
    }),
  );
}

function dayOut(
  day: DayResult,
  deductionPct: string,
  clock: (at: Date) => string,
  holidayName: string | undefined,
  pending: boolean,
): DayOut {
  const out: DayOut = {
    date: day.date,
    status: day.status,
    codes: [...day.codes],
    late_minutes: day.lateMinutes,
    early_leave_minutes: day.earlyLeaveMinutes,
    deduction_pct: deductionPct,
  };
  if (day.leaveKind && (day.status === 'leave' || day.status === 'duty')) out.kind = day.leaveKind;
  if (day.status === 'holiday' && holidayName) out.holiday = holidayName;
  const working = day.status !== 'off' && day.status !== 'holiday';
  if (working && day.checkIn) out.check_in = clock(day.checkIn);
  if (working && day.checkOut) out.check_out = clock(day.checkOut);
  if (pending) out.pending = true;
  return out;
}

/** One employee's month: day statuses, deductions, minutes, TPP and the explanation facts. */
export function computeEmployeeMonth(
  prep: PreparedMonth,
  data: EmployeeMonthData,
): EmployeeMonthResult {
  const { employee } = data;
  const plan = planOf(prep, data);
  const judged = evaluateMonthDays(prep, data, plan);
  // Live: days not over yet are shown as far as they go and left out of the totals.
  const pending = prep.now
    ? pendingDates(judged, plan.byDate, employee.zone, prep.now)
    : new Set<IsoDate>();
  const days = pending.size
    ? judged.map((d) => (pending.has(d.date) ? provisionalDay(d) : d))
    : judged;
  const tpp = computeMonthlyTpp({
    base: employee.base,
    days: pending.size
      ? days.map((d) => (pending.has(d.date) ? pendingForTotals(d, prep.rules) : d))
      : days,
    items: data.items,
    rules: prep.rules,
  });
  const deductionByDate = new Map<IsoDate, string>();
  const counted = new Map<IsoDate, [IsoDate, number, number]>();
  const refused: ExplanationFacts['refused'] = [];
  const itemCount = new Map(data.items.map((i) => [i.id, i.count]));
  let deduction: ExplanationFacts['deduction'] = { totalPct: '0', cappedPct: '0' };
  for (const line of tpp.explanation) {
    if (line.kind === 'day') deductionByDate.set(line.date, line.deductionPct);
    else if (line.kind === 'deduction_total') {
      deduction = { totalPct: line.totalPct, cappedPct: line.cappedPct };
    } else if (line.kind === 'minutes') {
      const items = itemCount.get(line.itemId) ?? 1;
      if (line.counted > 0) {
        const entry = counted.get(line.date) ?? [line.date, 0, 0];
        entry[1] += line.counted;
        entry[2] += items;
        counted.set(line.date, entry);
      }
      if (line.refused > 0 && line.reason) {
        refused.push([line.date, line.refused, items, line.reason]);
      }
    }
  }
  const clock = clockOf(prep, employee.zone);
  const adjustments = data.adjustments.reduce((sum, a) => sum + a.amount, 0);
  return {
    employeeId: employee.id,
    nip: employee.nip,
    name: employee.name,
    agencyId: employee.agencyId,
    rank: employee.rank,
    positionName: employee.positionName,
    ruleSetId: prep.rules.id,
    workingDays: tpp.workingDays,
    absentDays: tpp.absentDays,
    deductionPct: tpp.deductionPct,
    deductionBp: new Dec(tpp.deductionPct).times(100).toNumber(),
    verifiedMinutes: tpp.verifiedMinutes,
    targetMinutes: tpp.targetMinutes,
    productivityPct: tpp.productivityPct,
    unverifiedItems: data.items
      .filter((i) => i.state === 'submitted')
      .reduce((sum, i) => sum + i.count, 0),
    base: tpp.base,
    disciplinePaid: tpp.disciplinePaid,
    performancePaid: tpp.performancePaid,
    adjustments,
    total: tpp.disciplinePaid + tpp.performancePaid + adjustments,
    days: days.map((d) =>
      dayOut(
        d,
        deductionByDate.get(d.date) ?? '0',
        clock,
        prep.holidays.get(d.date)?.name,
        pending.has(d.date),
      ),
    ),
    facts: {
      v: 1,
      baseSource: employee.baseSource,
      kelasJabatan: employee.kelasJabatan,
      proratedDays: tpp.proratedDays,
      deduction,
      counted: [...counted.values()],
      refused,
      adjustments: data.adjustments,
    },
  };
}
