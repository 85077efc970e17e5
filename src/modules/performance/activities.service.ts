import type { Db } from '../../db/client';
import { fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { isUniqueViolation } from '../org/org.access';
import {
  type ActivityCreateInput,
  type ActivityDto,
  type ActivityPatchInput,
  activityCreateBody,
  activityPatchBody,
} from './activities.schema';
import * as store from './activities.store';
import { parseInput } from './parse-input';

/**
 * The activity catalogue is city-wide (job analysis is set by BKPSDM / Bagian
 * Organisasi), so only admin BKPSDM edits it; `org.write` without an agency is theirs.
 */

export function presentActivity(a: store.ActivityRow): ActivityDto {
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    unit: a.unit,
    minutes: a.minutes,
    positionType: a.positionType,
    positionNamePrefix: a.positionNamePrefix,
  };
}

/** Whether an activity is in the catalogue of a position (null position: generic ones only). */
export function activityFits(
  activity: Pick<store.ActivityRow, 'positionType' | 'positionNamePrefix'>,
  position: { type: string; name: string } | null,
): boolean {
  if (activity.positionType === null) return true;
  if (!position || position.type !== activity.positionType) return false;
  return !activity.positionNamePrefix || position.name.startsWith(activity.positionNamePrefix);
}

function authoriseCatalogue(actor: Actor): void {
  if (!can(actor, 'org.write', {})) throw fail('forbidden');
}

export async function listActivities(
  db: Db,
  actor: Actor,
  query: { q?: string; positionType?: string },
): Promise<{ items: ActivityDto[] }> {
  // City-wide readers, and an admin OPD (who assigns positions) for their agency.
  if (!can(actor, 'org.read', { agencyId: actor.adminAgencyId })) throw fail('forbidden');
  return { items: (await store.listActivities(db, query)).map(presentActivity) };
}

/** The catalogue of the caller's own position. */
export async function listMyActivities(db: Db, actor: Actor): Promise<{ items: ActivityDto[] }> {
  const employeeId = actor.employeeId;
  if (!employeeId || !can(actor, 'report.write', { employeeId })) throw fail('forbidden');
  const position = await store.findEmployeePosition(db, employeeId);
  const all = await store.listActivities(db, { positionType: position?.type });
  return { items: all.filter((a) => activityFits(a, position)).map(presentActivity) };
}

const duplicate = () => fail('duplicate_code', { field: 'code' });

export async function createActivity(
  db: Db,
  actor: Actor,
  input: ActivityCreateInput,
  now: Date,
): Promise<ActivityDto> {
  authoriseCatalogue(actor);
  const values = parseInput(activityCreateBody, input);
  return db.transaction(async (tx) => {
    if (await store.findActivityByCode(tx, values.code)) throw duplicate();
    const row = await store
      .insertActivity(tx, {
        ...values,
        positionType: values.positionType ?? null,
        positionNamePrefix: values.positionNamePrefix ?? null,
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw duplicate();
        throw err;
      });
    await writeAudit(tx, actor, {
      action: 'activity.create',
      entity: 'activity',
      entityId: row.id,
      details: presentActivity(row),
      at: now,
    });
    return presentActivity(row);
  });
}

/**
 * Changes an activity. Minutes already computed for report items stay as they were: an
 * item keeps the standard minutes of the day it was entered.
 */
export async function updateActivity(
  db: Db,
  actor: Actor,
  id: string,
  patch: ActivityPatchInput,
  now: Date,
): Promise<ActivityDto> {
  authoriseCatalogue(actor);
  const values = parseInput(activityPatchBody, patch);
  return db.transaction(async (tx) => {
    const before = await store.findActivity(tx, id);
    if (!before) throw fail('not_found');
    if (
      values.code &&
      values.code !== before.code &&
      (await store.findActivityByCode(tx, values.code))
    ) {
      throw duplicate();
    }
    const row = await store.updateActivity(tx, id, values);
    await writeAudit(tx, actor, {
      action: 'activity.update',
      entity: 'activity',
      entityId: id,
      details: { before: presentActivity(before), changes: values },
      at: now,
    });
    return presentActivity(row);
  });
}

export async function deleteActivity(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  authoriseCatalogue(actor);
  await db.transaction(async (tx) => {
    const before = await store.findActivity(tx, id);
    if (!before) throw fail('not_found');
    if ((await store.countItemsOf(tx, id)) > 0) {
      throw fail(
        'conflict',
        { field: 'id' },
        'Kegiatan sudah dipakai dalam laporan dan tidak dapat dihapus; ubah saja.',
      );
    }
    await store.deleteActivity(tx, id);
    await writeAudit(tx, actor, {
      action: 'activity.delete',
      entity: 'activity',
      entityId: id,
      details: presentActivity(before),
      at: now,
    });
  });
}
