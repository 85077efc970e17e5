import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { queryRows, type Tx } from '../../db/client';
import type { DayPlan } from '../../db/schema/attendance.schema';
import type { LeaveKind } from '../attendance/rules/attendance-day.rules';
import {
  addDays,
  datesOfMonth,
  type Holiday,
  type HolidayKind,
  type IsoDate,
} from '../attendance/rules/calendar.rules';
import { type RosterEntry, STANDARD_WEEK } from '../attendance/rules/schedule.rules';
import type { ScheduleDef, SpecialPeriodDef } from '../attendance/shift-plan';
import { toWeekPattern } from '../attendance/week';
import type { LeaveRange } from '../performance/rules/leave.rules';
import type { ItemState } from '../performance/rules/report-item.rules';
import { idArray, type MonthScope, scopeFilter } from './month-scope.store';

export type { MonthScope };

/**
 * Set-based loading of everything one month's computation needs (DOMAIN §2–§5). The
 * month context is a handful of small queries; employees then come in chunks, and each
 * chunk costs one query whatever its size, so closing 30,000 employees is a few dozen
 * round trips rather than one per person.
 */

/** What is the same for every employee of the month. */
export type MonthContextData = {
  month: string;
  /** Every calendar day of the month. */
  dates: IsoDate[];
  /** The planning range: a day either side, for night shifts and competing windows. */
  range: { from: IsoDate; to: IsoDate };
  tenantZone: string;
  /** National, cuti bersama and local holidays inside the planning range. */
  holidays: Holiday[];
  schedules: ReadonlyMap<string, ScheduleDef>;
  specialPeriods: SpecialPeriodDef[];
};

export type EmployeeBase = {
  id: string;
  nip: string;
  name: string;
  agencyId: string;
  rank: string;
  positionName: string | null;
  kelasJabatan: number | null;
  /** Monthly base B in whole rupiah. */
  base: number;
  baseSource: 'individual' | 'class' | 'none';
  scheduleCode: string;
  /** Zone of the first allowed office, else the tenant's. */
  zone: string;
};

/** A day's report minutes in one state (summed over that day's items in that state). */
export type MonthItem = {
  id: string;
  date: IsoDate;
  minutes: number;
  state: ItemState;
  /** How many items the minutes come from. */
  count: number;
};

export type MonthAdjustment = { sourceMonth: string; amount: number; description: string };

/** One employee's data for the month. */
export type EmployeeMonthData = {
  employee: EmployeeBase;
  roster: RosterEntry[];
  /** Accepted check-ins and check-outs around the month, by time. */
  events: Array<{ kind: 'check_in' | 'check_out'; at: Date }>;
  /** Approved leave overlapping the planning range. */
  leaves: LeaveRange[];
  /** Report minutes dated in the month, per day and state, in date order. */
  items: MonthItem[];
  /** Adjustment lines paid in this month. */
  adjustments: MonthAdjustment[];
};

const HOLIDAY_ORDER: Record<HolidayKind, number> = { national: 0, cuti_bersama: 1, local: 2 };
const STANDARD_SCHEDULE: ScheduleDef = {
  code: 'standard',
  name: 'Jadwal standar',
  kind: 'weekly',
  week: STANDARD_WEEK,
};

export async function loadMonthContext(tx: Tx, month: string): Promise<MonthContextData> {
  const dates = datesOfMonth(month);
  const range = { from: addDays(dates[0], -1), to: addDays(dates[dates.length - 1], 1) };
  // One after another: inside a transaction the queries share one connection anyway.
  const tenantRows = await queryRows<{ timezone: string }>(
    tx,
    sql`select timezone from tenant order by id limit 1`,
  );
  const holidayRows = await queryRows<Holiday>(
    tx,
    sql`select date::text as date, name, kind from holidays
         where date between ${range.from}::date and ${range.to}::date`,
  );
  const scheduleRows = await queryRows<{
    code: string;
    name: string;
    kind: string;
    week: Record<string, DayPlan | null>;
  }>(tx, sql`select code, name, kind, week from schedules`);
  const periodRows = await queryRows<{
    from: string;
    to: string;
    week: Record<string, DayPlan | null>;
  }>(
    tx,
    sql`select from_date::text as "from", to_date::text as "to", week from special_periods
         where from_date <= ${range.to}::date and to_date >= ${range.from}::date`,
  );
  const schedules = new Map<string, ScheduleDef>([['standard', STANDARD_SCHEDULE]]);
  for (const s of scheduleRows) {
    const kind = s.kind === 'shift' ? 'shift' : 'weekly';
    schedules.set(s.code, {
      code: s.code,
      name: s.name,
      kind,
      week: kind === 'shift' ? null : toWeekPattern(s.week),
    });
  }
  // National first, so the national name wins a date that is also a local holiday.
  holidayRows.sort(
    (a, b) => a.date.localeCompare(b.date) || HOLIDAY_ORDER[a.kind] - HOLIDAY_ORDER[b.kind],
  );
  return {
    month,
    dates,
    range,
    tenantZone: tenantRows[0]?.timezone ?? 'Asia/Makassar',
    holidays: holidayRows,
    schedules,
    specialPeriods: periodRows.map((p) => ({
      from: p.from,
      to: p.to,
      week: toWeekPattern(p.week),
    })),
  };
}

type EmployeeRowRaw = Omit<EmployeeBase, 'base' | 'baseSource' | 'zone'> & {
  individual: number | string | null;
  classAmount: number | string | null;
  zone: string | null;
};

/** The employees of a scope with their base and zone, ordered by id. */
export async function loadEmployees(
  tx: Tx,
  ctx: Pick<MonthContextData, 'month' | 'tenantZone'>,
  scope: MonthScope,
): Promise<EmployeeBase[]> {
  if (scope.kind === 'employees' && scope.ids.length === 0) return [];
  const rows = await queryRows<EmployeeRowRaw>(
    tx,
    sql`select e.id, e.nip,
               concat_ws(' ', nullif(e.front_title, ''), e.name) ||
                 coalesce(', ' || nullif(e.back_title, ''), '') as name,
               e.agency_id as "agencyId", e.rank, p.name as "positionName",
               p.kelas_jabatan as "kelasJabatan", e.tpp_individual::float8 as individual,
               c.amount::float8 as "classAmount", e.schedule as "scheduleCode", z.timezone as zone
          from employees e
          left join positions p on p.id = e.position_id
          left join tpp_class_amounts c on c.kelas = p.kelas_jabatan
          left join lateral (
            select o.timezone from employee_offices eo join offices o on o.id = eo.office_id
             where eo.employee_id = e.id order by eo.ordinal, eo.office_id limit 1) z on true
         where ${scopeFilter(scope, ctx.month)}
         order by e.id`,
  );
  return rows.map((r) => {
    const individual = r.individual === null ? null : Number(r.individual);
    const classAmount = r.classAmount === null ? null : Number(r.classAmount);
    return {
      id: r.id,
      nip: r.nip,
      name: r.name,
      agencyId: r.agencyId,
      rank: r.rank,
      positionName: r.positionName,
      kelasJabatan: r.kelasJabatan === null ? null : Number(r.kelasJabatan),
      base: individual ?? classAmount ?? 0,
      baseSource: individual !== null ? 'individual' : classAmount !== null ? 'class' : 'none',
      scheduleCode: r.scheduleCode,
      zone: r.zone ?? ctx.tenantZone,
    };
  });
}

/** The instants around the month that can hold one of its events (any zone, any shift). */
function eventWindow(ctx: MonthContextData): { from: string; to: string } {
  return {
    from: DateTime.fromISO(ctx.range.from, { zone: 'utc' }).minus({ days: 1 }).toISO()!,
    to: DateTime.fromISO(ctx.range.to, { zone: 'utc' }).plus({ days: 2 }).toISO()!,
  };
}

type ChunkRow = {
  id: string;
  roster: Array<[string, string, string]>;
  /** [1 = check-in / 0 = check-out, epoch ms]. */
  events: Array<[number, number]>;
  leaves: Array<[LeaveKind, string, string]>;
  /** [date, state, minutes, items] per day and state. */
  items: Array<[string, ItemState, number, number]>;
  adjustments: Array<[string, number, string]>;
};

/**
 * The month data of a chunk of employees in one query: one row per employee, its
 * roster, accepted events, approved leave, report minutes and adjustment lines as JSON
 * arrays (correlated subqueries on the tables' employee indexes). One row per person
 * instead of one per event keeps the transfer and parsing small for 30,000 people.
 *
 * Report items come summed per day and state: the per-day cap and the exclusions work on
 * the day's minutes, so the sum gives the same verified minutes as item by item.
 */
export async function loadChunk(
  tx: Tx,
  ctx: MonthContextData,
  chunk: readonly EmployeeBase[],
): Promise<EmployeeMonthData[]> {
  if (chunk.length === 0) return [];
  const first = ctx.dates[0];
  const last = ctx.dates[ctx.dates.length - 1];
  const window = eventWindow(ctx);
  const rows = await queryRows<ChunkRow>(
    tx,
    sql`select e.id,
      (select coalesce(json_agg(json_build_array(r.date, r.start, r."end") order by r.date, r.start), '[]')
         from rosters r
        where r.employee_id = e.id and r.date between ${ctx.range.from}::date and ${ctx.range.to}::date
      ) as roster,
      (select coalesce(json_agg(json_build_array((a.kind = 'check_in')::int,
                                                 date_part('epoch', a.at) * 1000) order by a.at), '[]')
         from attendance_events a
        where a.employee_id = e.id and a.status = 'accepted'
          and a.at >= ${window.from}::timestamptz and a.at < ${window.to}::timestamptz
      ) as events,
      (select coalesce(json_agg(json_build_array(l.kind, l.from_date, l.to_date)
                                order by l.from_date, l.created_at), '[]')
         from leave_requests l
        where l.employee_id = e.id and l.status = 'approved'
          and l.from_date <= ${ctx.range.to}::date and l.to_date >= ${ctx.range.from}::date
      ) as leaves,
      (select coalesce(json_agg(json_build_array(i.date, i.status, i.minutes, i.n) order by i.date, i.first), '[]')
         from (select date, status, sum(minutes)::int as minutes, count(*)::int as n,
                      min(coalesce(submitted_at, created_at)) as first
                 from report_items
                where employee_id = e.id and date between ${first}::date and ${last}::date
                group by date, status) i
      ) as items,
      (select coalesce(json_agg(json_build_array(t.source_month, t.amount, t.description)
                                order by t.source_month, t.created_at), '[]')
         from tpp_adjustments t where t.employee_id = e.id and t.month = ${ctx.month}
      ) as adjustments
    from unnest(${idArray(chunk.map((c) => c.id))}) as e(id)`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return chunk.map((employee) => {
    const r = byId.get(employee.id);
    return {
      employee,
      roster: (r?.roster ?? []).map(([date, start, end]) => ({ date, start, end })),
      events: (r?.events ?? []).map(([checkIn, ms]) => ({
        kind: checkIn ? ('check_in' as const) : ('check_out' as const),
        at: new Date(ms),
      })),
      leaves: (r?.leaves ?? []).map(([kind, from, to]) => ({ kind, from, to })),
      items: (r?.items ?? []).map(([date, state, minutes, count]) => ({
        id: `${date}:${state}`,
        date,
        state,
        minutes,
        count,
      })),
      adjustments: (r?.adjustments ?? []).map(([sourceMonth, amount, description]) => ({
        sourceMonth,
        amount: Number(amount),
        description,
      })),
    };
  });
}
