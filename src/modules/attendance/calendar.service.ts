import type { Db, Tx } from '../../db/client';
import { fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { assertMonthOpen, monthOf } from '../tpp/month.store';
import type {
  HolidayCreate,
  ScheduleCreate,
  ScheduleUpdate,
  SpecialPeriodCreate,
} from './calendar.schema';
import * as store from './calendar.store';
import { invalidateReference } from './reference.cache';
import { BUILT_IN_SCHEDULES } from './reference-data';
import { addDays } from './rules/calendar.rules';
import { RAMADAN_WEEK } from './rules/schedule.rules';
import { type StoredWeek, toStoredWeek } from './week';

/**
 * Calendar administration. Each change and its audit row share a transaction; after the
 * commit the in-memory reference data is dropped so check-ins see the change at once.
 * Changes that would alter a closed month are refused (month_closed).
 */

export function listHolidays(db: Db, year: number) {
  return store.listHolidays(db, year);
}

/** Adds a local holiday (the city's anniversary…); national ones ship as data. */
export async function addLocalHoliday(db: Db, actor: Actor, input: HolidayCreate, now: Date) {
  const row = await db.transaction(async (tx) => {
    await assertMonthOpen(tx, input.date);
    const created = await store.insertHoliday(tx, { ...input, kind: 'local' });
    if (!created) {
      throw fail('conflict', { field: 'name' }, 'Hari libur itu sudah ada pada tanggal tersebut.');
    }
    await writeAudit(tx, actor, {
      action: 'holiday.created',
      entity: 'holiday',
      entityId: created.id,
      details: { date: created.date, name: created.name, kind: created.kind },
      at: now,
    });
    return created;
  });
  invalidateReference(db);
  return row;
}

/** Removes a local holiday; national holidays and cuti bersama cannot be removed here. */
export async function removeLocalHoliday(db: Db, actor: Actor, id: string, now: Date) {
  await db.transaction(async (tx) => {
    const row = await store.findHoliday(tx, id);
    if (!row) throw fail('not_found', { field: 'id' }, 'Hari libur tidak ditemukan.');
    if (row.kind !== 'local') {
      throw fail(
        'conflict',
        { field: 'id' },
        'Hari libur nasional dan cuti bersama tidak dapat dihapus.',
      );
    }
    await assertMonthOpen(tx, row.date);
    await store.deleteHoliday(tx, id);
    await writeAudit(tx, actor, {
      action: 'holiday.deleted',
      entity: 'holiday',
      entityId: id,
      details: { date: row.date, name: row.name },
      at: now,
    });
  });
  invalidateReference(db);
}

export async function listSchedules(db: Db) {
  const rows = await store.listSchedules(db);
  return rows.map(presentSchedule);
}

export async function createSchedule(db: Db, actor: Actor, input: ScheduleCreate, now: Date) {
  const row = await db.transaction(async (tx) => {
    const created = await store.insertSchedule(tx, {
      code: input.code,
      name: input.name,
      kind: 'weekly',
      week: input.week as StoredWeek,
    });
    if (!created) throw fail('duplicate_code', { field: 'code' });
    await writeAudit(tx, actor, {
      action: 'schedule.created',
      entity: 'schedule',
      entityId: created.code,
      details: { name: created.name, week: created.week },
      at: now,
    });
    return created;
  });
  invalidateReference(db);
  return presentSchedule(row);
}

/**
 * Changes a custom weekly schedule from now on. Past days are not recomputed until
 * their month is closed, and closed months keep their frozen results.
 */
export async function updateSchedule(
  db: Db,
  actor: Actor,
  code: string,
  input: ScheduleUpdate,
  now: Date,
) {
  if (BUILT_IN_SCHEDULES.has(code)) {
    throw fail('conflict', { field: 'code' }, 'Jadwal bawaan tidak dapat diubah.');
  }
  const row = await db.transaction(async (tx) => {
    const before = await store.findSchedule(tx, code);
    if (!before) throw fail('not_found', { field: 'code' }, 'Jadwal tidak ditemukan.');
    const updated = await store.updateSchedule(tx, code, {
      name: input.name,
      week: input.week as StoredWeek,
    });
    await writeAudit(tx, actor, {
      action: 'schedule.updated',
      entity: 'schedule',
      entityId: code,
      details: { before: { name: before.name, week: before.week }, after: input },
      at: now,
    });
    return updated;
  });
  invalidateReference(db);
  return presentSchedule(row);
}

export function listSpecialPeriods(db: Db, year: number | null) {
  return store.listSpecialPeriods(db, year);
}

export async function createSpecialPeriod(
  db: Db,
  actor: Actor,
  input: SpecialPeriodCreate,
  now: Date,
) {
  const row = await db.transaction(async (tx) => {
    await assertRangeOpen(tx, input.fromDate, input.toDate);
    const created = await store.insertSpecialPeriod(tx, {
      name: input.name,
      fromDate: input.fromDate,
      toDate: input.toDate,
      week: (input.week as StoredWeek | undefined) ?? toStoredWeek(RAMADAN_WEEK),
    });
    await writeAudit(tx, actor, {
      action: 'special_period.created',
      entity: 'special_period',
      entityId: created.id,
      details: { name: created.name, fromDate: created.fromDate, toDate: created.toDate },
      at: now,
    });
    return created;
  });
  invalidateReference(db);
  return row;
}

export async function deleteSpecialPeriod(db: Db, actor: Actor, id: string, now: Date) {
  await db.transaction(async (tx) => {
    const row = await store.findSpecialPeriod(tx, id);
    if (!row) throw fail('not_found', { field: 'id' }, 'Periode tidak ditemukan.');
    await assertRangeOpen(tx, row.fromDate, row.toDate);
    await store.deleteSpecialPeriod(tx, id);
    await writeAudit(tx, actor, {
      action: 'special_period.deleted',
      entity: 'special_period',
      entityId: id,
      details: { name: row.name, fromDate: row.fromDate, toDate: row.toDate },
      at: now,
    });
  });
  invalidateReference(db);
}

/** Every month a date range touches must be open. */
async function assertRangeOpen(tx: Tx, from: string, to: string): Promise<void> {
  // The 28th plus four days is always in the next month.
  for (let m = monthOf(from); m <= monthOf(to); m = monthOf(addDays(`${m}-28`, 4))) {
    await assertMonthOpen(tx, `${m}-01`);
  }
}

function presentSchedule(row: store.ScheduleRow) {
  return {
    code: row.code,
    name: row.name,
    kind: row.kind === 'shift' ? ('shift' as const) : ('weekly' as const),
    week: row.week ?? null,
    builtIn: BUILT_IN_SCHEDULES.has(row.code),
  };
}
