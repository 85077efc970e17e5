import { fail } from '../../http/errors';
import type { Actor } from '../auth/actor';
import { type Action, can } from '../auth/permissions';

/**
 * Coarse checks the leave and report handlers run before calling a service. The
 * record-level decisions (whose supervisor, which status) need the record, so the
 * services make them, with the same `can()`.
 */

/** The caller acting about themselves (their own leave, report, balance). */
export function allowOwn(actor: Actor, action: Action): Actor {
  if (!actor.employeeId || !can(actor, action, { employeeId: actor.employeeId })) {
    throw fail('forbidden');
  }
  return actor;
}

/**
 * The caller acting as a supervisor: only a person can be one (an admin account without
 * an employee has no position in the tree).
 */
export function allowSupervisor(actor: Actor, action: 'leave.decide' | 'report.verify'): Actor {
  const employeeId = actor.employeeId;
  if (!employeeId || !can(actor, action, { supervisorIds: [employeeId] })) {
    throw fail('forbidden');
  }
  return actor;
}
