import type { z } from 'zod';
import type { Db, Tx } from '../../db/client';
import { fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import * as store from './agencies.store';
import {
  authorise,
  duplicateCode,
  invalidReference,
  listScope,
  rethrowDuplicate,
} from './org.access';
import type {
  agencyCreateBody,
  agencyListQuery,
  agencyPatchBody,
  unitBody,
  unitPatchBody,
} from './org.schema';
import { deleteAudited, updateAudited } from './org-write';
import type { Page } from './paging.store';

type AgencyCreate = z.infer<typeof agencyCreateBody>;
type AgencyPatch = z.infer<typeof agencyPatchBody>;

const present = (a: store.AgencyRow) => ({
  id: a.id,
  code: a.code,
  name: a.name,
  kind: a.kind,
  parentId: a.parentId,
  active: a.active,
});
type AgencyOut = ReturnType<typeof present>;
const presentUnit = (u: store.UnitRow) => ({
  id: u.id,
  agencyId: u.agencyId,
  code: u.code,
  name: u.name,
});
const unitWrite = {
  entity: 'unit',
  find: store.findUnit,
  permission: 'org.write',
  scope: (u: store.UnitRow) => ({ agencyId: u.agencyId }),
  present: presentUnit,
} as const;

export async function listAgencies(
  db: Db,
  actor: Actor,
  query: z.infer<typeof agencyListQuery>,
): Promise<Page<AgencyOut>> {
  const agencyId = listScope(actor, 'org.read');
  const { items, total } = await store.listAgencies(db, { ...query, agencyId });
  return { items: items.map(present), total, limit: query.limit, offset: query.offset };
}

export async function getAgency(db: Db, actor: Actor, id: string) {
  const agency = await store.findAgency(db, id);
  if (!agency) throw fail('not_found');
  authorise(actor, 'org.read', { agencyId: agency.id });
  return { ...present(agency), units: (await store.listUnits(db, id)).map(presentUnit) };
}

/** Creating or reshaping an OPD is a city-wide decision: admin BKPSDM only. */
export async function createAgency(
  db: Db,
  actor: Actor,
  input: AgencyCreate,
  now: Date,
): Promise<AgencyOut> {
  authorise(actor, 'org.write');
  return db.transaction(async (tx) => {
    if (await store.findAgencyByCode(tx, input.code)) throw duplicateCode();
    if (input.parentId) await checkParent(tx, null, input.parentId);
    const row = await store
      .insertAgency(tx, { ...input, parentId: input.parentId ?? null })
      .catch(rethrowDuplicate('duplicate_code', 'code'));
    await writeAudit(tx, actor, {
      at: now,
      action: 'agency.create',
      entity: 'agency',
      entityId: row.id,
      details: input,
    });
    return present(row);
  });
}

export async function updateAgency(
  db: Db,
  actor: Actor,
  id: string,
  patch: AgencyPatch,
  now: Date,
): Promise<AgencyOut> {
  return updateAudited(db, actor, id, patch, now, {
    entity: 'agency',
    find: store.findAgency,
    permission: 'org.write',
    present,
    findByCode: (tx, code) => store.findAgencyByCode(tx, code),
    checkAfter: async (tx) => {
      if (patch.parentId) await checkParent(tx, id, patch.parentId);
    },
    update: store.updateAgency,
  });
}

/** A kelurahan points at its kecamatan; the chain may not loop back to the agency itself. */
async function checkParent(tx: Tx, selfId: string | null, parentId: string): Promise<void> {
  let cursor: string | null = parentId;
  for (let depth = 0; cursor && depth < 16; depth++) {
    if (cursor === selfId) {
      throw fail('validation_failed', { fields: [{ field: 'parentId', reason: 'melingkar' }] });
    }
    const parent = await store.findAgency(tx, cursor);
    if (!parent) throw invalidReference('parentId', 'OPD induk tidak ditemukan.');
    cursor = parent.parentId;
  }
}

export async function createUnit(
  db: Db,
  actor: Actor,
  agencyId: string,
  input: z.infer<typeof unitBody>,
  now: Date,
) {
  return db.transaction(async (tx) => {
    if (!(await store.findAgency(tx, agencyId))) throw fail('not_found');
    authorise(actor, 'org.write', { agencyId });
    if (await store.findUnitByCode(tx, agencyId, input.code)) throw duplicateCode();
    const row = await store
      .insertUnit(tx, { ...input, agencyId })
      .catch(rethrowDuplicate('duplicate_code', 'code'));
    await writeAudit(tx, actor, {
      at: now,
      action: 'unit.create',
      entity: 'unit',
      entityId: row.id,
      details: { agencyId, ...input },
    });
    return presentUnit(row);
  });
}

export async function updateUnit(
  db: Db,
  actor: Actor,
  id: string,
  patch: z.infer<typeof unitPatchBody>,
  now: Date,
) {
  return updateAudited(db, actor, id, patch, now, {
    ...unitWrite,
    findByCode: (tx, code, before) => store.findUnitByCode(tx, before.agencyId, code),
    update: store.updateUnit,
  });
}

export async function deleteUnit(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  await deleteAudited(db, actor, id, now, {
    ...unitWrite,
    inUse: async (tx, unitId) => {
      const used = await store.countUnitPositions(tx, unitId);
      return used > 0
        ? { details: { positions: used }, message: `Unit masih dipakai oleh ${used} jabatan.` }
        : undefined;
    },
    remove: store.deleteUnit,
  });
}
