import type { Actor } from './actor';

/**
 * Everything a handler may ask permission for. Reads and writes are separate so the
 * read-only roles (inspektorat, keuangan) can be given reads without writes.
 */
export const actions = [
  'org.read',
  'org.write',
  'employee.read',
  'employee.write',
  'account.read',
  'account.write',
  'audit.read',
  'office.write',
  'schedule.write',
  'holiday.write',
  'attendance.record',
  'attendance.read',
  'leave.request',
  'leave.decide',
  'leave.read',
  'report.write',
  'report.read',
  'report.verify',
  'tpp.read',
  'tpp.close',
  'ruleset.write',
] as const;
export type Action = (typeof actions)[number];

/**
 * What an action touches. `agencyId` scopes admins; `employeeId` is the subject person;
 * `supervisorIds` are the employees who are the subject's direct supervisors (holder,
 * acting holder or next holder up), computed by the org service.
 */
export type Resource = {
  agencyId?: string | null;
  employeeId?: string | null;
  supervisorIds?: readonly string[];
  /** For tpp.read: keuangan may read closed months only. */
  monthClosed?: boolean;
  /** For account.write: the granted roles the account holds or is to receive. */
  grantedRoles?: readonly string[];
};

const readActions = new Set<Action>([
  'org.read',
  'employee.read',
  'account.read',
  'audit.read',
  'attendance.read',
  'leave.read',
  'report.read',
  'tpp.read',
]);

/** Actions an admin OPD may take inside its own agency. */
const agencyAdminActions = new Set<Action>([
  'org.read',
  'org.write',
  'employee.read',
  'employee.write',
  'account.read',
  'account.write',
  'office.write',
  'schedule.write',
  'attendance.read',
  'leave.read',
  'report.read',
  'tpp.read',
]);

/** Actions a person may take about themselves. */
const selfActions = new Set<Action>([
  'employee.read',
  'attendance.record',
  'attendance.read',
  'leave.request',
  'leave.read',
  'report.write',
  'report.read',
  'tpp.read',
]);

/**
 * Acts that only the person themselves performs: a check-in is evidence of being at the
 * office, a report or leave request is the employee's own statement. Nobody, admins
 * included, does them for someone else; corrections go through their own approval flow.
 */
const personalActions = new Set<Action>(['attendance.record', 'leave.request', 'report.write']);

/** Actions a direct supervisor may take about a subordinate. */
const supervisorActions = new Set<Action>([
  'employee.read',
  'attendance.read',
  'leave.decide',
  'leave.read',
  'report.read',
  'report.verify',
  'tpp.read',
]);

/**
 * The single authorisation decision. Pure: it sees only the actor and the resource.
 * Deciding one's own leave or verifying one's own report is never allowed, whatever the
 * role (no one approves themselves).
 */
export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  const isSelf = !!actor.employeeId && resource.employeeId === actor.employeeId;
  if (isSelf && (action === 'leave.decide' || action === 'report.verify')) return false;
  // Decided before admin_bkpsdm's blanket grant: without this a city-wide admin could
  // check in, report or ask leave on behalf of any employee (fixed in #2).
  if (personalActions.has(action)) return isSelf;
  // An agency admin resetting the password of, say, a keuangan account held by one of its
  // employees could then log in as it: privileged accounts are city-wide admins' business.
  if (action === 'account.write' && resource.grantedRoles?.length) {
    return actor.roles.includes('admin_bkpsdm');
  }

  if (actor.roles.includes('admin_bkpsdm')) return true;
  if (actor.roles.includes('inspektorat') && readActions.has(action)) return true;
  if (actor.roles.includes('keuangan')) {
    if (action === 'tpp.read' && resource.monthClosed === true) return true;
    if (action === 'org.read') return true;
  }
  if (
    actor.roles.includes('admin_opd') &&
    actor.adminAgencyId &&
    agencyAdminActions.has(action) &&
    resource.agencyId === actor.adminAgencyId
  ) {
    return true;
  }
  if (isSelf && selfActions.has(action)) return true;
  if (
    actor.employeeId &&
    supervisorActions.has(action) &&
    resource.supervisorIds?.includes(actor.employeeId)
  ) {
    return true;
  }
  return false;
}
