import { fail } from '../../http/errors';
import type { Actor } from '../auth/actor';
import { type Action, can, type Resource } from '../auth/permissions';

/** Throws `forbidden` unless `can(actor, action, resource)`: the one check every service runs. */
export function authorise(actor: Actor, action: Action, resource: Resource = {}): void {
  if (!can(actor, action, resource)) throw fail('forbidden');
}

/**
 * The agency a list may cover. An explicit filter must itself be allowed; without one,
 * roles that read city-wide get everything (undefined) and an admin OPD gets its own
 * agency, so a list never shows what a read of the single record would refuse.
 */
export function listScope(actor: Actor, action: Action, requested?: string): string | undefined {
  if (requested) {
    authorise(actor, action, { agencyId: requested });
    return requested;
  }
  if (can(actor, action, {})) return undefined;
  if (actor.adminAgencyId && can(actor, action, { agencyId: actor.adminAgencyId })) {
    return actor.adminAgencyId;
  }
  throw fail('forbidden');
}

/** True when the thrown database error is a unique-key violation (on pg and on PGlite). */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/**
 * True when a PATCH body sets nothing. Services answer such a patch with the record as
 * it is: an UPDATE with no columns is an error in Drizzle ("No values to set").
 */
export function isEmptyPatch(patch: object): boolean {
  return Object.values(patch).every((v) => v === undefined);
}

/** `invalid_reference` naming the field whose id (or code) points at nothing. */
export function invalidReference(field: string, message: string) {
  return fail('invalid_reference', { field }, message);
}

/** `duplicate_code` naming the field. */
export function duplicateCode(field = 'code') {
  return fail('duplicate_code', { field });
}

/**
 * For `.catch()` after an insert or update: a concurrent write can still win the race
 * past the pre-check, and then the answer is the same as the pre-check's.
 */
export function rethrowDuplicate(code: 'duplicate_code' | 'duplicate_nip', field: string) {
  return (err: unknown): never => {
    if (isUniqueViolation(err)) throw fail(code, { field });
    throw err;
  };
}
