import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts } from '../../db/tables';
import { fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from './actor';
import { hashPassword, isStrongPassword, verifyPassword } from './password';
import { createSession, revokeAccountSessions, revokeSession } from './session.store';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

// Verifying against a real hash when the user does not exist keeps the response time
// the same, so the login form cannot be used to find out which NIPs have accounts.
let dummyHash: Promise<string> | null = null;

type LoginInput = {
  username: string;
  password: string;
  ip: string;
  userAgent: string | null;
  secret: string;
  now: Date;
};

/**
 * Checks the password, counts failures and locks the account for 15 minutes after five
 * in a row. Success opens a server-side session.
 */
export async function login(db: Db, input: LoginInput) {
  const username = input.username.trim();
  const [account] = await db.select().from(accounts).where(eq(accounts.username, username));
  if (!account) {
    dummyHash ??= hashPassword('not-a-real-password-0');
    await verifyPassword(await dummyHash, input.password);
    throw fail('invalid_credentials');
  }
  if (account.lockedUntil && account.lockedUntil > input.now) {
    throw fail('account_locked', { lockedUntil: account.lockedUntil.toISOString() });
  }
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    const locked = await countFailedLogin(db, account, input);
    throw fail(locked ? 'account_locked' : 'invalid_credentials');
  }
  if (!account.active) throw fail('account_inactive');
  return db.transaction(async (tx) => {
    // A lock set by guesses running in parallel with this one wins over this success.
    const unlocked = await tx
      .update(accounts)
      .set({ failedLogins: 0, lockedUntil: null })
      .where(
        and(
          eq(accounts.id, account.id),
          or(isNull(accounts.lockedUntil), lte(accounts.lockedUntil, input.now)),
        ),
      )
      .returning({ id: accounts.id });
    if (unlocked.length === 0) throw fail('account_locked');
    const session = await createSession(tx, {
      accountId: account.id,
      secret: input.secret,
      ip: input.ip,
      userAgent: input.userAgent,
      now: input.now,
    });
    await writeAudit(tx, actorOf(account, input.ip), {
      action: 'auth.login',
      entity: 'account',
      entityId: account.id,
      at: input.now,
    });
    return { ...session, accountId: account.id };
  });
}

export async function logout(db: Db, actor: Actor, sessionId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await revokeSession(tx, sessionId, now);
    await writeAudit(tx, actor, {
      action: 'auth.logout',
      entity: 'account',
      entityId: actor.accountId,
      at: now,
    });
  });
}

/** Changes the password and ends every other session of the account. */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; sessionId: string; now: Date },
): Promise<void> {
  const [account] = await db.select().from(accounts).where(eq(accounts.id, actor.accountId));
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw fail('wrong_password', { field: 'currentPassword' });
  }
  if (!isStrongPassword(input.newPassword)) throw fail('weak_password', { field: 'newPassword' });
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ passwordHash, passwordChangedAt: input.now })
      .where(eq(accounts.id, account.id));
    await revokeAccountSessions(tx, account.id, input.now, input.sessionId);
    await writeAudit(tx, actor, {
      action: 'auth.password_changed',
      entity: 'account',
      entityId: account.id,
      at: input.now,
    });
  });
}

/**
 * Records one failed login and locks the account at the fifth. The counter is incremented
 * in SQL, not from the value read before verifying: with read-then-write, guesses sent in
 * parallel all read the same count and the lock never came (fixed in #2).
 */
async function countFailedLogin(
  db: Db,
  account: typeof accounts.$inferSelect,
  input: LoginInput,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(accounts)
      .set({ failedLogins: sql`${accounts.failedLogins} + 1` })
      .where(eq(accounts.id, account.id))
      .returning({ failedLogins: accounts.failedLogins });
    if (row.failedLogins < MAX_FAILED_LOGINS) return false;
    await tx
      .update(accounts)
      .set({ failedLogins: 0, lockedUntil: new Date(input.now.getTime() + LOCKOUT_MS) })
      .where(eq(accounts.id, account.id));
    await writeAudit(tx, actorOf(account, input.ip), {
      action: 'account.locked',
      entity: 'account',
      entityId: account.id,
      details: { failedLogins: row.failedLogins },
      at: input.now,
    });
    return true;
  });
}

function actorOf(account: typeof accounts.$inferSelect, ip: string): Actor {
  return {
    accountId: account.id,
    username: account.username,
    label: account.label,
    roles: [],
    adminAgencyId: null,
    employeeId: account.employeeId,
    employeeAgencyId: null,
    ip,
  };
}
