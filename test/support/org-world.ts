import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/db/tables';
import {
  type Harness,
  makeAccount,
  makeAgency,
  makeEmployee,
  makeOffice,
  makePosition,
  makeUnit,
} from './harness';

/**
 * A small city for the organisation tests: agencies A and B, each with a head, a kabid
 * and a staff position held by employees; admins for each agency, admin BKPSDM,
 * inspektorat, and employee logins for A's kabid and staff and B's staff.
 */
export async function makeOrgWorld(h: Harness) {
  const db = h.db;
  const agencyA = await makeAgency(db, { code: 'DINAS-A', name: 'Dinas Alfa' });
  const agencyB = await makeAgency(db, { code: 'DINAS-B', name: 'Dinas Beta' });
  const unitA = await makeUnit(db, agencyA.id, { code: 'BID1', name: 'Bidang Satu' });
  const headA = await makePosition(db, agencyA.id, {
    code: 'A-HEAD',
    type: 'jpt',
    kelasJabatan: 14,
  });
  const kabidA = await makePosition(db, agencyA.id, {
    code: 'A-KABID',
    type: 'administrator',
    kelasJabatan: 11,
    parentId: headA.id,
    unitId: unitA.id,
  });
  const staffA = await makePosition(db, agencyA.id, {
    code: 'A-STAFF',
    kelasJabatan: 7,
    parentId: kabidA.id,
    unitId: unitA.id,
  });
  const headB = await makePosition(db, agencyB.id, { code: 'B-HEAD', type: 'jpt' });
  const staffB = await makePosition(db, agencyB.id, { code: 'B-STAFF', parentId: headB.id });
  const officeA = await makeOffice(db, { code: 'KANTOR-A', agencyId: agencyA.id });
  const officeB = await makeOffice(db, { code: 'KANTOR-B', agencyId: agencyB.id });

  const people = {
    headA: await makeEmployee(db, agencyA.id, { positionId: headA.id, name: 'Kepala Alfa' }),
    kabidA: await makeEmployee(db, agencyA.id, { positionId: kabidA.id, name: 'Kabid Alfa' }),
    staffA: await makeEmployee(db, agencyA.id, { positionId: staffA.id, name: 'Staf Alfa' }),
    staffA2: await makeEmployee(db, agencyA.id, { positionId: staffA.id, name: 'Staf Alfa Dua' }),
    staffB: await makeEmployee(db, agencyB.id, { positionId: staffB.id, name: 'Staf Beta' }),
  };

  await makeAccount(db, { username: 'bkpsdm', roles: ['admin_bkpsdm'] });
  await makeAccount(db, { username: 'opd.a', roles: ['admin_opd'], agencyId: agencyA.id });
  await makeAccount(db, { username: 'opd.b', roles: ['admin_opd'], agencyId: agencyB.id });
  await makeAccount(db, { username: 'inspektorat', roles: ['inspektorat'] });
  for (const key of ['kabidA', 'staffA', 'staffB'] as const) {
    const e = people[key];
    await makeAccount(db, { username: e.nip, employeeId: e.id, label: e.name });
  }
  const as = {
    bkpsdm: await h.login('bkpsdm'),
    opdA: await h.login('opd.a'),
    opdB: await h.login('opd.b'),
    inspektorat: await h.login('inspektorat'),
    kabidA: await h.login(people.kabidA.nip),
    staffA: await h.login(people.staffA.nip),
    staffB: await h.login(people.staffB.nip),
  };
  return {
    agencyA,
    agencyB,
    unitA,
    positions: { headA, kabidA, staffA, headB, staffB },
    offices: { officeA, officeB },
    people,
    as,
  };
}

export type OrgWorld = Awaited<ReturnType<typeof makeOrgWorld>>;

/** Audit rows of one action (and entity id, when given). */
export function auditRows(h: Harness, action: string, entityId?: string) {
  return h.db
    .select()
    .from(auditLog)
    .where(
      and(eq(auditLog.action, action), entityId ? eq(auditLog.entityId, entityId) : undefined),
    );
}
