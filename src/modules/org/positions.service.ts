import type { z } from 'zod';
import type { Db, Tx } from '../../db/client';
import { fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { findAgency, findUnit } from './agencies.store';
import {
  authorise,
  duplicateCode,
  invalidReference,
  listScope,
  rethrowDuplicate,
} from './org.access';
import type { positionCreateBody, positionListQuery, positionPatchBody } from './org.schema';
import { deleteAudited, updateAudited } from './org-write';
import type { Page } from './paging.store';
import * as store from './positions.store';

type PositionCreate = z.infer<typeof positionCreateBody>;
type PositionPatch = z.infer<typeof positionPatchBody>;

export const presentPosition = (p: store.PositionRow) => ({
  id: p.id,
  code: p.code,
  name: p.name,
  type: p.type,
  kelasJabatan: p.kelasJabatan,
  agencyId: p.agencyId,
  unitId: p.unitId,
  parentId: p.parentId,
  shiftBased: p.shiftBased,
});
type PositionOut = ReturnType<typeof presentPosition>;
const positionWrite = {
  entity: 'position',
  find: store.findPosition,
  permission: 'org.write',
  scope: (p: store.PositionRow) => ({ agencyId: p.agencyId }),
  present: presentPosition,
} as const;

export async function listPositions(
  db: Db,
  actor: Actor,
  query: z.infer<typeof positionListQuery>,
): Promise<Page<PositionOut>> {
  const agencyId = listScope(actor, 'org.read', query.agencyId);
  const { items, total } = await store.listPositions(db, { ...query, agencyId });
  return { items: items.map(presentPosition), total, limit: query.limit, offset: query.offset };
}

export async function getPosition(db: Db, actor: Actor, id: string) {
  const row = await store.findPosition(db, id);
  if (!row) throw fail('not_found');
  authorise(actor, 'org.read', { agencyId: row.agencyId });
  return { ...presentPosition(row), path: await store.positionPath(db, id) };
}

export async function createPosition(
  db: Db,
  actor: Actor,
  input: PositionCreate,
  now: Date,
): Promise<PositionOut> {
  authorise(actor, 'org.write', { agencyId: input.agencyId });
  return db.transaction(async (tx) => {
    if (!(await findAgency(tx, input.agencyId))) {
      throw invalidReference('agencyId', 'OPD tidak ditemukan.');
    }
    if (await store.findPositionByCode(tx, input.code)) throw duplicateCode();
    await checkUnit(tx, input.unitId ?? null, input.agencyId);
    if (input.parentId) await checkParentAgency(tx, actor, input.parentId, input.agencyId);
    const row = await store
      .insertPosition(tx, {
        ...input,
        unitId: input.unitId ?? null,
        parentId: input.parentId ?? null,
      })
      .catch(rethrowDuplicate('duplicate_code', 'code'));
    await writeAudit(tx, actor, {
      at: now,
      action: 'position.create',
      entity: 'position',
      entityId: row.id,
      details: input,
    });
    return presentPosition(row);
  });
}

export async function updatePosition(
  db: Db,
  actor: Actor,
  id: string,
  patch: PositionPatch,
  now: Date,
): Promise<PositionOut> {
  return updateAudited(db, actor, id, patch, now, {
    ...positionWrite,
    checkFirst: async (tx, before) => {
      const agencyId = patch.agencyId ?? before.agencyId;
      if (agencyId !== before.agencyId) {
        // Moving a position takes the right to write in both agencies.
        authorise(actor, 'org.write', { agencyId });
        if (!(await findAgency(tx, agencyId))) {
          throw invalidReference('agencyId', 'OPD tidak ditemukan.');
        }
      }
    },
    findByCode: (tx, code) => store.findPositionByCode(tx, code),
    checkAfter: async (tx, before) => {
      const agencyId = patch.agencyId ?? before.agencyId;
      const unitId = patch.unitId === undefined ? before.unitId : patch.unitId;
      await checkUnit(tx, unitId, agencyId);
      if (patch.parentId) await checkNoCycle(tx, id, patch.parentId);
      const parentId = patch.parentId === undefined ? before.parentId : patch.parentId;
      // A new parent, or a transfer keeping the old one, is checked against the agency.
      if (parentId && (parentId !== before.parentId || agencyId !== before.agencyId)) {
        await checkParentAgency(tx, actor, parentId, agencyId);
      }
    },
    update: store.updatePosition,
  });
}

/** Only a position nothing points at (children, holders, acting assignments) can be deleted. */
export async function deletePosition(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  await deleteAudited(db, actor, id, now, {
    ...positionWrite,
    inUse: async (tx, positionId) => {
      const deps = await store.positionDependents(tx, positionId);
      const message =
        'Jabatan masih punya bawahan, pemangku atau Plt/Plh; pindahkan dulu sebelum dihapus.';
      return deps.children + deps.holders + deps.acting > 0
        ? { details: deps, message }
        : undefined;
    },
    remove: store.deletePosition,
  });
}

async function checkUnit(tx: Tx, unitId: string | null, agencyId: string): Promise<void> {
  if (!unitId) return;
  const unit = await findUnit(tx, unitId);
  if (!unit || unit.agencyId !== agencyId) {
    throw invalidReference('unitId', 'Unit tidak ditemukan di OPD jabatan ini.');
  }
}

/**
 * A parent lies in the position's own agency. Only an agency head's parent lies above
 * it in another agency (a kepala dinas under the Sekda), and only who may write the
 * parent's agency sets that: otherwise an admin OPD could make another OPD's head the
 * supervisor of its staff.
 */
async function checkParentAgency(
  tx: Tx,
  actor: Actor,
  parentId: string,
  agencyId: string,
): Promise<void> {
  const parent = await store.findPosition(tx, parentId);
  if (!parent) throw invalidReference('parentId', 'Jabatan atasan tidak ditemukan.');
  if (parent.agencyId !== agencyId && !can(actor, 'org.write', { agencyId: parent.agencyId })) {
    throw fail(
      'forbidden',
      { field: 'parentId' },
      'Jabatan atasan milik OPD lain: Anda tidak berwenang menempatkan jabatan di bawahnya.',
    );
  }
}

/**
 * A new parent may not be the position itself or any position below it: the parent's
 * path up to the top must not pass through the position.
 */
async function checkNoCycle(tx: Tx, id: string, parentId: string): Promise<void> {
  if (parentId === id) throw fail('position_cycle', { field: 'parentId' });
  const parent = await store.findPosition(tx, parentId);
  if (!parent) throw invalidReference('parentId', 'Jabatan atasan tidak ditemukan.');
  const path = await store.positionPath(tx, parentId);
  if (path.some((p) => p.id === id)) throw fail('position_cycle', { field: 'parentId' });
}
