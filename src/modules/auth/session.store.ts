import { createHmac, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { accounts, employees, sessions } from '../../db/tables';
import type { GrantedRole } from './actor';

export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;

/** The stored id is an HMAC of the cookie token: the sessions table alone cannot log anyone in. */
export function sessionIdOf(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}

export async function createSession(
  tx: Tx,
  input: { accountId: string; secret: string; ip: string; userAgent: string | null; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + SESSION_TTL_MS);
  await tx.insert(sessions).values({
    id: sessionIdOf(token, input.secret),
    accountId: input.accountId,
    createdAt: input.now,
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

export type SessionAccount = {
  accountId: string;
  username: string;
  label: string;
  roles: GrantedRole[];
  adminAgencyId: string | null;
  employeeId: string | null;
  employeeAgencyId: string | null;
};

/** One query per request: the live session with its account and employee. */
export async function findSessionAccount(
  tx: Tx,
  sessionId: string,
  now: Date,
): Promise<SessionAccount | null> {
  const rows = await tx
    .select({
      accountId: accounts.id,
      username: accounts.username,
      label: accounts.label,
      roles: accounts.roles,
      adminAgencyId: accounts.agencyId,
      employeeId: accounts.employeeId,
      employeeAgencyId: employees.agencyId,
      active: accounts.active,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(employees, eq(employees.id, accounts.employeeId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1);
  const row = rows[0];
  if (!row?.active) return null;
  const { active: _active, ...rest } = row;
  return { ...rest, roles: row.roles as GrantedRole[] };
}

export async function revokeSession(tx: Tx, sessionId: string, now: Date): Promise<void> {
  await tx.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, sessionId));
}

/** Revokes every session of an account except, optionally, the current one. */
export async function revokeAccountSessions(
  tx: Tx,
  accountId: string,
  now: Date,
  keepSessionId?: string,
): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.accountId, accountId),
        isNull(sessions.revokedAt),
        keepSessionId ? sql`${sessions.id} <> ${keepSessionId}` : undefined,
      ),
    );
}
