import type { z } from 'zod';
import type { Db, Tx } from '../../db/client';
import { fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import * as store from './acting.store';
import { findEmployee } from './employees.store';
import { authorise, invalidReference, listScope } from './org.access';
import type { actingCreateBody, actingListQuery, actingPatchBody } from './org.schema';
import { findPosition } from './positions.store';

/**
 * Plt (pelaksana tugas, for a vacant position) and Plh (pelaksana harian, while the
 * holder is away) assignments. They feed the supervisor derivation directly, so dates
 * are inclusive and `toDate` null means open-ended.
 */

const present = (a: store.ActingRow) => ({
  id: a.id,
  positionId: a.positionId,
  employeeId: a.employeeId,
  kind: a.kind,
  fromDate: a.fromDate,
  toDate: a.toDate,
});
type ActingOut = ReturnType<typeof present>;

export async function listActing(
  db: Db,
  actor: Actor,
  query: z.infer<typeof actingListQuery>,
): Promise<{ items: ActingOut[] }> {
  const agencyId = listScope(actor, 'org.read');
  return { items: (await store.listActing(db, { ...query, agencyId })).map(present) };
}

export async function createActing(
  db: Db,
  actor: Actor,
  input: z.infer<typeof actingCreateBody>,
  now: Date,
): Promise<ActingOut> {
  return db.transaction(async (tx) => {
    const position = await findPosition(tx, input.positionId);
    if (!position) throw invalidReference('positionId', 'Jabatan tidak ditemukan.');
    authorise(actor, 'org.write', { agencyId: position.agencyId });
    const employee = await findEmployee(tx, input.employeeId);
    if (!employee?.active) {
      throw invalidReference('employeeId', 'Pegawai tidak ditemukan atau tidak aktif.');
    }
    // Appointing someone from another OPD reaches into that OPD too.
    if (employee.agencyId !== position.agencyId) {
      authorise(actor, 'employee.write', { agencyId: employee.agencyId });
    }
    const values = { ...input, toDate: input.toDate ?? null };
    await checkPeriod(tx, values);
    const row = await store.insertActing(tx, values);
    await writeAudit(tx, actor, {
      at: now,
      action: 'acting.create',
      entity: 'acting_assignment',
      entityId: row.id,
      details: values,
    });
    return present(row);
  });
}

export async function updateActing(
  db: Db,
  actor: Actor,
  id: string,
  patch: z.infer<typeof actingPatchBody>,
  now: Date,
): Promise<ActingOut> {
  return db.transaction(async (tx) => {
    const before = await store.findActing(tx, id);
    if (!before) throw fail('not_found');
    const position = await findPosition(tx, before.positionId);
    authorise(actor, 'org.write', { agencyId: position?.agencyId });
    await checkPeriod(tx, { ...before, ...patch, exceptId: id });
    const row = await store.updateActing(tx, id, patch);
    await writeAudit(tx, actor, {
      at: now,
      action: 'acting.update',
      entity: 'acting_assignment',
      entityId: id,
      details: { before: present(before), changes: patch },
    });
    return present(row);
  });
}

export async function deleteActing(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await store.findActing(tx, id);
    if (!before) throw fail('not_found');
    const position = await findPosition(tx, before.positionId);
    authorise(actor, 'org.write', { agencyId: position?.agencyId });
    await store.deleteActing(tx, id);
    await writeAudit(tx, actor, {
      at: now,
      action: 'acting.delete',
      entity: 'acting_assignment',
      entityId: id,
      details: present(before),
    });
  });
}

/** The period is ordered, and a position has one Plt (or one Plh) at a time. */
async function checkPeriod(
  tx: Tx,
  a: {
    positionId: string;
    kind: string;
    fromDate: string;
    toDate: string | null;
    exceptId?: string;
  },
): Promise<void> {
  if (a.toDate && a.toDate < a.fromDate) {
    throw fail('validation_failed', {
      fields: [{ field: 'toDate', reason: 'tidak boleh sebelum fromDate' }],
    });
  }
  const overlapping = await store.findOverlapping(tx, a);
  if (overlapping.length > 0) {
    throw fail(
      'conflict',
      { field: 'fromDate', overlaps: overlapping.map((o) => o.id) },
      `Jabatan ini sudah punya ${a.kind.toUpperCase()} pada periode tersebut.`,
    );
  }
}
