import type { Db } from '../../db/client';
import { fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { assertMonthOpen, monthOf } from '../tpp/month.store';
import type { RosterUpsert } from './roster.schema';
import * as store from './roster.store';

/**
 * Rosters of rostered staff (hospital, fire brigade, civil police). The attendance day of
 * a shift is the date it starts (DOMAIN §2); one shift per employee and date, so a
 * double shift is entered as one longer shift.
 */

/** An agency's entries for a month `YYYY-MM`. */
export function listRoster(db: Db, agencyId: string, month: string) {
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return store.listAgencyRoster(db, agencyId, `${month}-01`, last.toISOString().slice(0, 10));
}

/**
 * Sets the given shifts, replacing each (employee, date)'s previous one. Every employee
 * must belong to the agency the caller was authorised for, and no date may lie in a
 * closed month.
 */
export async function upsertRoster(db: Db, actor: Actor, input: RosterUpsert, now: Date) {
  const ids = [...new Set(input.entries.map((e) => e.employeeId))];
  await db.transaction(async (tx) => {
    const members = await store.employeesOfAgency(tx, input.agencyId, ids);
    const stranger = input.entries.findIndex((e) => !members.has(e.employeeId));
    if (stranger >= 0) {
      throw fail(
        'invalid_reference',
        { field: `entries.${stranger}.employeeId` },
        'Pegawai tidak ditemukan di OPD ini.',
      );
    }
    for (const month of new Set(input.entries.map((e) => monthOf(e.date)))) {
      await assertMonthOpen(tx, `${month}-01`);
    }
    await store.replaceRosterEntries(tx, input.entries);
    await writeAudit(tx, actor, {
      action: 'roster.upserted',
      entity: 'roster',
      entityId: input.agencyId,
      details: { entries: input.entries },
      at: now,
    });
  });
  return { ok: true as const, count: input.entries.length };
}

/** The entry with its agency, for authorisation; not_found when absent. */
export async function loadRosterEntry(db: Db, id: string) {
  const row = await store.findRosterEntry(db, id);
  if (!row) throw fail('not_found', { field: 'id' }, 'Jadwal shift tidak ditemukan.');
  return row;
}

export async function deleteRosterEntry(
  db: Db,
  actor: Actor,
  entry: store.RosterEntryRow & { agencyId: string },
  now: Date,
) {
  await db.transaction(async (tx) => {
    await assertMonthOpen(tx, entry.date);
    await store.deleteRosterEntry(tx, entry.id);
    await writeAudit(tx, actor, {
      action: 'roster.deleted',
      entity: 'roster',
      entityId: entry.id,
      details: {
        agencyId: entry.agencyId,
        employeeId: entry.employeeId,
        date: entry.date,
        start: entry.start,
        end: entry.end,
      },
      at: now,
    });
  });
}
