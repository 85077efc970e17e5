import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/client';
import { errorCatalogue, fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { findAgency } from './agencies.store';
import type { EmployeeCreate, EmployeePatch, employeeListQuery } from './employee.schema';
import * as store from './employees.store';
import { findOfficesByIds } from './offices.store';
import {
  authorise,
  invalidReference,
  isEmptyPatch,
  listScope,
  rethrowDuplicate,
} from './org.access';
import type { Page } from './paging.store';
import { findPosition, positionPath } from './positions.store';
import { checkEmployeeFacts, displayName, type FactProblem, isoDay } from './rules/employee.rules';
import { supervisorsOf } from './supervision.store';

export const presentEmployee = (e: store.EmployeeWithOffices) => ({
  id: e.id,
  nip: e.nip,
  frontTitle: e.frontTitle,
  name: e.name,
  backTitle: e.backTitle,
  displayName: displayName(e),
  status: e.status,
  rank: e.rank,
  gender: e.gender,
  agencyId: e.agencyId,
  positionId: e.positionId,
  officeIds: e.officeIds,
  schedule: e.schedule,
  tppIndividual: e.tppIndividual,
  annualLeaveCarry: e.annualLeaveCarry,
  active: e.active,
});
type EmployeeOut = ReturnType<typeof presentEmployee>;

export async function listEmployees(
  db: Db,
  actor: Actor,
  query: z.infer<typeof employeeListQuery>,
): Promise<Page<EmployeeOut>> {
  const agencyId = listScope(actor, 'employee.read', query.agencyId);
  const { items, total } = await store.listEmployees(db, {
    ...query,
    agencyId,
    active: query.active === undefined ? undefined : query.active === 'true',
  });
  return { items: items.map(presentEmployee), total, limit: query.limit, offset: query.offset };
}

/**
 * One employee with the supervisors derived on today's date, today being the date in
 * the zone of the employee's first office (DOMAIN §3), else the tenant's default zone.
 * The supervisors are also what lets a supervisor read a direct subordinate.
 */
export async function getEmployee(
  db: Db,
  actor: Actor,
  id: string,
  at: { now: Date; defaultZone: string },
) {
  const row = await store.findEmployee(db, id);
  if (!row) throw fail('not_found');
  const [firstOffice] = await findOfficesByIds(db, row.officeIds.slice(0, 1));
  const zone = firstOffice?.timezone ?? at.defaultZone;
  const date = DateTime.fromJSDate(at.now).setZone(zone).toISODate()!;
  const supervisorIds = (await supervisorsOf(db, [id], date)).get(id) ?? [];
  authorise(actor, 'employee.read', { agencyId: row.agencyId, employeeId: id, supervisorIds });
  const path = row.positionId ? await positionPath(db, row.positionId) : [];
  const supervisors = await store.findEmployeesByIds(db, supervisorIds);
  return {
    ...presentEmployee(row),
    position: path.at(-1) ?? null,
    positionPath: path,
    supervisors: supervisors.map((s) => ({
      id: s.id,
      nip: s.nip,
      displayName: displayName(s),
      positionId: s.positionId,
    })),
  };
}

export async function createEmployee(
  db: Db,
  actor: Actor,
  input: EmployeeCreate,
  now: Date,
): Promise<EmployeeOut> {
  authorise(actor, 'employee.write', { agencyId: input.agencyId });
  throwFactProblems(checkEmployeeFacts(input, isoDay(now)));
  return db.transaction(async (tx) => {
    if (!(await findAgency(tx, input.agencyId))) {
      throw invalidReference('agencyId', 'OPD tidak ditemukan.');
    }
    if (await store.findEmployeeByNip(tx, input.nip)) {
      throw fail('duplicate_nip', { field: 'nip' });
    }
    await checkPosition(tx, input.positionId ?? null, input.agencyId);
    const officeIds = input.officeIds ?? [];
    await checkOffices(tx, actor, officeIds, input.agencyId);
    if (input.schedule) await checkSchedule(tx, input.schedule);
    const { officeIds: _o, ...values } = input;
    const row = await store
      .insertEmployee(tx, values)
      .catch(rethrowDuplicate('duplicate_nip', 'nip'));
    await store.setEmployeeOffices(tx, row.id, officeIds);
    await writeAudit(tx, actor, {
      at: now,
      action: 'employee.create',
      entity: 'employee',
      entityId: row.id,
      details: input,
    });
    return presentEmployee({ ...row, officeIds });
  });
}

export async function updateEmployee(
  db: Db,
  actor: Actor,
  id: string,
  patch: EmployeePatch,
  now: Date,
): Promise<EmployeeOut> {
  return db.transaction(async (tx) => {
    const before = await store.findEmployee(tx, id);
    if (!before) throw fail('not_found');
    authorise(actor, 'employee.write', { agencyId: before.agencyId });
    if (isEmptyPatch(patch)) return presentEmployee(before);
    const agencyId = patch.agencyId ?? before.agencyId;
    if (agencyId !== before.agencyId) {
      // A transfer between OPDs takes the right to write in both.
      authorise(actor, 'employee.write', { agencyId });
      if (!(await findAgency(tx, agencyId))) {
        throw invalidReference('agencyId', 'OPD tidak ditemukan.');
      }
    }
    const merged = { ...before, ...patch };
    if (patch.nip !== undefined || patch.status || patch.rank || patch.gender) {
      throwFactProblems(
        checkEmployeeFacts(
          {
            nip: merged.nip,
            status: merged.status as 'PNS' | 'PPPK',
            rank: merged.rank,
            gender: merged.gender as 'L' | 'P',
          },
          isoDay(now),
        ),
      );
    }
    if (patch.nip && patch.nip !== before.nip && (await store.findEmployeeByNip(tx, patch.nip))) {
      throw fail('duplicate_nip', { field: 'nip' });
    }
    if (patch.positionId !== undefined || agencyId !== before.agencyId) {
      await checkPosition(tx, merged.positionId ?? null, agencyId);
    }
    const { officeIds, ...values } = patch;
    // A transfer re-checks the kept offices against the new agency.
    if (officeIds || agencyId !== before.agencyId) {
      await checkOffices(tx, actor, officeIds ?? before.officeIds, agencyId);
    }
    if (patch.schedule && patch.schedule !== before.schedule) {
      await checkSchedule(tx, patch.schedule);
    }
    const row =
      Object.keys(values).length > 0
        ? await store.updateEmployee(tx, id, values).catch(rethrowDuplicate('duplicate_nip', 'nip'))
        : before;
    if (officeIds) await store.setEmployeeOffices(tx, id, officeIds);
    await writeAudit(tx, actor, {
      at: now,
      action: 'employee.update',
      entity: 'employee',
      entityId: id,
      details: { before: presentEmployee(before), changes: patch },
    });
    return presentEmployee({ ...row, officeIds: officeIds ?? before.officeIds });
  });
}

/** An employee holds a position of their own agency. */
async function checkPosition(tx: Tx, positionId: string | null, agencyId: string) {
  if (!positionId) return;
  const position = await findPosition(tx, positionId);
  if (!position || position.agencyId !== agencyId) {
    throw invalidReference('positionId', 'Jabatan tidak ditemukan di OPD pegawai ini.');
  }
}

/**
 * Allowed offices exist and are the employee's agency's or shared (no agency); an office
 * of another agency only when the caller may manage that agency's offices, so an admin
 * OPD cannot place its staff on another OPD's geofence.
 */
async function checkOffices(tx: Tx, actor: Actor, officeIds: string[], agencyId: string) {
  const rows = await findOfficesByIds(tx, officeIds);
  const found = new Set(rows.map((o) => o.id));
  const missing = officeIds.filter((o) => !found.has(o));
  if (missing.length > 0) {
    throw fail('invalid_reference', { field: 'officeIds', missing }, 'Kantor tidak ditemukan.');
  }
  const foreign = rows.filter(
    (o) =>
      o.agencyId !== null &&
      o.agencyId !== agencyId &&
      !can(actor, 'office.write', { agencyId: o.agencyId }),
  );
  if (foreign.length > 0) {
    throw fail(
      'forbidden',
      { field: 'officeIds', offices: foreign.map((o) => o.id) },
      'Kantor milik OPD lain tidak boleh diberikan kepada pegawai OPD ini.',
    );
  }
}

async function checkSchedule(tx: Tx, code: string) {
  if (!(await store.existingScheduleCodes(tx, [code])).has(code)) {
    throw invalidReference('schedule', `Jadwal kerja ${code} tidak ditemukan.`);
  }
}

/** The NIP first (its own code, naming the wrong part), then the other fields together. */
function throwFactProblems(problems: FactProblem[]): void {
  const nip = problems.find((p) => p.field === 'nip');
  if (nip) throw fail('invalid_nip', { field: 'nip', part: nip.part }, nip.message);
  if (problems.length === 0) return;
  const fields = problems.map((p) => ({ field: p.field, reason: p.message }));
  const message = `${errorCatalogue.validation_failed[2]} ${fields[0].field}: ${fields[0].reason}`;
  throw fail('validation_failed', { fields }, message);
}
