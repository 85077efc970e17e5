import type { Db } from '../../db/client';
import { fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { CreateAccountInput } from './accounts.schema';
import {
  type AccountFilter,
  type AccountRow,
  agencyExists,
  findAccount,
  findEmployeeForAccount,
  insertAccount,
  listAccounts,
  updateAccount,
  usernameTaken,
} from './accounts.store';
import type { Actor, GrantedRole } from './actor';
import { hashPassword, isStrongPassword } from './password';
import { revokeAccountSessions } from './session.store';

/**
 * What authorisation looks at for an account, shaped as a permissions Resource: the
 * agency of its employee (null for a non-employee account, which only city-wide admins
 * manage) and its granted roles.
 */
export type AccountScope = { agencyId: string | null; grantedRoles: GrantedRole[] };

const scopeOf = (account: AccountRow): AccountScope => ({
  agencyId: account.employeeAgencyId,
  grantedRoles: account.roles,
});

export function listAccountsFor(db: Db, filter: AccountFilter) {
  return listAccounts(db, filter);
}

/** The account and its scope, or not_found. */
export async function loadAccount(
  db: Db,
  id: string,
): Promise<{ account: AccountRow; scope: AccountScope }> {
  const account = await findAccount(db, id);
  if (!account) throw fail('not_found', { field: 'id' }, 'Akun tidak ditemukan.');
  return { account, scope: scopeOf(account) };
}

export type NewAccount = AccountScope & {
  username: string;
  label: string;
  employeeId: string | null;
  /** For admin_opd: the agency it administers. */
  adminAgencyId: string | null;
  password: string;
};

/**
 * Resolves a create request into the account to be made: an employee account takes the
 * NIP as username and the name as label. Fails on references that do not hold.
 */
export async function resolveNewAccount(db: Db, body: CreateAccountInput): Promise<NewAccount> {
  if (body.agencyId && !(await agencyExists(db, body.agencyId))) {
    throw fail('invalid_reference', { field: 'agencyId' }, 'OPD tidak ditemukan.');
  }
  const base = {
    grantedRoles: body.roles,
    adminAgencyId: body.agencyId ?? null,
    password: body.password,
  };
  if (!body.employeeId) {
    return {
      ...base,
      agencyId: null,
      employeeId: null,
      username: body.username!,
      label: body.label!,
    };
  }
  const employee = await findEmployeeForAccount(db, body.employeeId);
  if (!employee?.active) {
    throw fail(
      'invalid_reference',
      { field: 'employeeId' },
      'Pegawai tidak ditemukan atau tidak aktif.',
    );
  }
  return {
    ...base,
    agencyId: employee.agencyId,
    employeeId: employee.id,
    username: employee.nip,
    label: employee.name,
  };
}

/** Creates the account with its audit row; the password must meet the policy. */
export async function createAccount(
  db: Db,
  actor: Actor,
  input: NewAccount,
  now: Date,
): Promise<AccountRow> {
  if (!isStrongPassword(input.password)) throw fail('weak_password', { field: 'password' });
  // Checked here, after authorisation, so an agency admin cannot probe other agencies.
  if (input.employeeId && (await findEmployeeForAccount(db, input.employeeId))?.accountId) {
    throw fail('conflict', { field: 'employeeId' }, 'Pegawai ini sudah memiliki akun.');
  }
  if (await usernameTaken(db, input.username)) throw usernameConflict();
  const passwordHash = await hashPassword(input.password);
  const id = await db
    .transaction(async (tx) => {
      const id = await insertAccount(tx, {
        username: input.username,
        label: input.label,
        employeeId: input.employeeId,
        roles: input.grantedRoles,
        agencyId: input.adminAgencyId,
        passwordHash,
        now,
      });
      await writeAudit(tx, actor, {
        action: 'account.created',
        entity: 'account',
        entityId: id,
        details: {
          employeeId: input.employeeId,
          roles: input.grantedRoles,
          agencyId: input.adminAgencyId,
        },
        at: now,
      });
      return id;
    })
    .catch((err: unknown) => {
      // Two admins creating the same account at once: the unique index decides.
      throw isUniqueViolation(err) ? usernameConflict() : err;
    });
  return (await findAccount(db, id))!;
}

/**
 * Sets a new password chosen by an admin (the holder forgot theirs), lifts a lockout and
 * ends every session of the account, so whoever held the old password is out.
 */
export async function resetPassword(
  db: Db,
  actor: Actor,
  accountId: string,
  password: string,
  now: Date,
): Promise<void> {
  refuseOwnAccount(actor, accountId);
  if (!isStrongPassword(password)) throw fail('weak_password', { field: 'password' });
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await updateAccount(tx, accountId, {
      passwordHash,
      passwordChangedAt: now,
      failedLogins: 0,
      lockedUntil: null,
    });
    await revokeAccountSessions(tx, accountId, now);
    await writeAudit(tx, actor, {
      action: 'account.password_reset',
      entity: 'account',
      entityId: accountId,
      at: now,
    });
  });
}

/** Deactivates (or reactivates) an account; either way its sessions end. */
export async function setAccountActive(
  db: Db,
  actor: Actor,
  accountId: string,
  active: boolean,
  now: Date,
): Promise<AccountRow> {
  refuseOwnAccount(actor, accountId);
  await db.transaction(async (tx) => {
    await updateAccount(tx, accountId, { active });
    await revokeAccountSessions(tx, accountId, now);
    await writeAudit(tx, actor, {
      action: active ? 'account.reactivated' : 'account.deactivated',
      entity: 'account',
      entityId: accountId,
      at: now,
    });
  });
  return (await findAccount(db, accountId))!;
}

/** Replaces the granted roles; they apply from the holder's next request. */
export async function setAccountRoles(
  db: Db,
  actor: Actor,
  account: AccountRow,
  change: { roles: GrantedRole[]; agencyId: string | null },
  now: Date,
): Promise<AccountRow> {
  refuseOwnAccount(actor, account.id);
  if (change.agencyId && !(await agencyExists(db, change.agencyId))) {
    throw fail('invalid_reference', { field: 'agencyId' }, 'OPD tidak ditemukan.');
  }
  if (!account.employeeId && change.roles.length === 0) {
    throw fail(
      'validation_failed',
      { fields: [{ field: 'roles', reason: 'akun non-pegawai memerlukan minimal satu peran' }] },
      'Akun non-pegawai memerlukan minimal satu peran.',
    );
  }
  await db.transaction(async (tx) => {
    await updateAccount(tx, account.id, { roles: change.roles, agencyId: change.agencyId });
    await writeAudit(tx, actor, {
      action: 'account.roles_changed',
      entity: 'account',
      entityId: account.id,
      details: {
        from: { roles: account.roles, agencyId: account.agencyId },
        to: change,
      },
      at: now,
    });
  });
  return (await findAccount(db, account.id))!;
}

/**
 * An admin manages other people's accounts. Their own password goes through the change
 * form (which asks for the current one), and an admin who deactivated or demoted
 * themselves could leave the city without one.
 */
function refuseOwnAccount(actor: Actor, accountId: string): void {
  if (actor.accountId === accountId) {
    throw fail('forbidden', undefined, 'Akun sendiri tidak dapat diubah melalui menu ini.');
  }
}

const usernameConflict = () =>
  fail('conflict', { field: 'username' }, 'Nama pengguna sudah dipakai.');

function isUniqueViolation(err: unknown): boolean {
  for (let e = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
