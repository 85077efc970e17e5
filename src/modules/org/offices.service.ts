import type { z } from 'zod';
import type { Db } from '../../db/client';
import { fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { findAgency } from './agencies.store';
import type { OfficeCreate, OfficePatch, officeListQuery } from './offices.schema';
import * as store from './offices.store';
import {
  authorise,
  duplicateCode,
  invalidReference,
  listScope,
  rethrowDuplicate,
} from './org.access';
import { deleteAudited, updateAudited } from './org-write';
import type { Page } from './paging.store';

// Kept in the org module because employees reference offices; the attendance module may
// take them over together with the geofence rules.

const present = (o: store.OfficeRow) => ({
  id: o.id,
  code: o.code,
  name: o.name,
  agencyId: o.agencyId,
  timezone: o.timezone,
  lat: o.lat,
  lon: o.lon,
  radiusM: o.radiusM,
  polygon: o.polygon ?? null,
});
type OfficeOut = ReturnType<typeof present>;
const officeWrite = {
  entity: 'office',
  find: store.findOffice,
  permission: 'office.write',
  scope: (o: store.OfficeRow) => ({ agencyId: o.agencyId }),
  present,
} as const;

export async function listOffices(
  db: Db,
  actor: Actor,
  query: z.infer<typeof officeListQuery>,
): Promise<Page<OfficeOut>> {
  const agencyId = listScope(actor, 'org.read', query.agencyId);
  // An admin OPD without a filter also sees the shared offices it may assign.
  const withShared = !query.agencyId;
  const { items, total } = await store.listOffices(db, { ...query, agencyId, withShared });
  return { items: items.map(present), total, limit: query.limit, offset: query.offset };
}

export async function getOffice(db: Db, actor: Actor, id: string): Promise<OfficeOut> {
  const row = await store.findOffice(db, id);
  if (!row) throw fail('not_found');
  if (row.agencyId) authorise(actor, 'org.read', { agencyId: row.agencyId });
  // A shared office is readable by anyone who may read some part of the organisation.
  else listScope(actor, 'org.read');
  return present(row);
}

/** An office without an agency is shared city-wide: only a city-wide admin creates one. */
export async function createOffice(
  db: Db,
  actor: Actor,
  input: OfficeCreate,
  now: Date,
): Promise<OfficeOut> {
  authorise(actor, 'office.write', { agencyId: input.agencyId ?? null });
  return db.transaction(async (tx) => {
    if (input.agencyId && !(await findAgency(tx, input.agencyId))) {
      throw invalidReference('agencyId', 'OPD tidak ditemukan.');
    }
    if (await store.findOfficeByCode(tx, input.code)) throw duplicateCode();
    const row = await store
      .insertOffice(tx, {
        ...input,
        agencyId: input.agencyId ?? null,
        radiusM: input.radiusM ?? null,
        polygon: input.polygon ?? null,
      })
      .catch(rethrowDuplicate('duplicate_code', 'code'));
    await writeAudit(tx, actor, {
      at: now,
      action: 'office.create',
      entity: 'office',
      entityId: row.id,
      details: input,
    });
    return present(row);
  });
}

export async function updateOffice(
  db: Db,
  actor: Actor,
  id: string,
  patch: OfficePatch,
  now: Date,
): Promise<OfficeOut> {
  return updateAudited(db, actor, id, patch, now, {
    ...officeWrite,
    checkFirst: async (tx, before) => {
      if (patch.agencyId !== undefined && patch.agencyId !== before.agencyId) {
        authorise(actor, 'office.write', { agencyId: patch.agencyId });
        if (patch.agencyId && !(await findAgency(tx, patch.agencyId))) {
          throw invalidReference('agencyId', 'OPD tidak ditemukan.');
        }
      }
      const merged = { ...before, ...patch };
      if (merged.radiusM == null && merged.polygon == null) {
        throw fail('validation_failed', {
          fields: [{ field: 'radiusM', reason: 'isi radiusM atau polygon' }],
        });
      }
    },
    findByCode: (tx, code) => store.findOfficeByCode(tx, code),
    update: store.updateOffice,
  });
}

export async function deleteOffice(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  await deleteAudited(db, actor, id, now, {
    ...officeWrite,
    inUse: async (tx, officeId) => {
      const used = await store.countOfficeEmployees(tx, officeId);
      return used > 0
        ? { details: { employees: used }, message: `Kantor masih dipakai oleh ${used} pegawai.` }
        : undefined;
    },
    remove: store.deleteOffice,
  });
}
