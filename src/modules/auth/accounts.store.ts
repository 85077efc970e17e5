import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { accounts, agencies, employees } from '../../db/tables';
import type { GrantedRole } from './actor';

/** An account as the admin API shows it: never the password hash. */
export type AccountRow = {
  id: string;
  username: string;
  label: string;
  employeeId: string | null;
  employeeAgencyId: string | null;
  roles: GrantedRole[];
  agencyId: string | null;
  active: boolean;
  lockedUntil: Date | null;
  passwordChangedAt: Date;
  createdAt: Date;
};

const columns = {
  id: accounts.id,
  username: accounts.username,
  label: accounts.label,
  employeeId: accounts.employeeId,
  employeeAgencyId: employees.agencyId,
  roles: accounts.roles,
  agencyId: accounts.agencyId,
  active: accounts.active,
  lockedUntil: accounts.lockedUntil,
  passwordChangedAt: accounts.passwordChangedAt,
  createdAt: accounts.createdAt,
};

const asRow = (r: Omit<AccountRow, 'roles'> & { roles: string[] }): AccountRow => ({
  ...r,
  roles: r.roles as GrantedRole[],
});

export type AccountFilter = {
  /** Only accounts of this agency's employees; null = every account. */
  employeeAgencyId: string | null;
  q?: string;
  active?: boolean;
  limit: number;
  offset: number;
};

export async function listAccounts(
  tx: Tx,
  f: AccountFilter,
): Promise<{ rows: AccountRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (f.employeeAgencyId) conditions.push(eq(employees.agencyId, f.employeeAgencyId));
  if (f.active !== undefined) conditions.push(eq(accounts.active, f.active));
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(accounts.username, pattern), ilike(accounts.label, pattern))!);
  }
  const where = and(...conditions);
  const rows = await tx
    .select(columns)
    .from(accounts)
    .leftJoin(employees, eq(employees.id, accounts.employeeId))
    .where(where)
    .orderBy(asc(accounts.label), asc(accounts.id))
    .limit(f.limit)
    .offset(f.offset);
  const [{ total }] = await tx
    .select({ total: count() })
    .from(accounts)
    .leftJoin(employees, eq(employees.id, accounts.employeeId))
    .where(where);
  return { rows: rows.map(asRow), total };
}

export async function findAccount(tx: Tx, id: string): Promise<AccountRow | null> {
  const [row] = await tx
    .select(columns)
    .from(accounts)
    .leftJoin(employees, eq(employees.id, accounts.employeeId))
    .where(eq(accounts.id, id));
  return row ? asRow(row) : null;
}

export async function findEmployeeForAccount(tx: Tx, employeeId: string) {
  const [row] = await tx
    .select({
      id: employees.id,
      nip: employees.nip,
      name: employees.name,
      agencyId: employees.agencyId,
      active: employees.active,
      accountId: accounts.id,
    })
    .from(employees)
    .leftJoin(accounts, eq(accounts.employeeId, employees.id))
    .where(eq(employees.id, employeeId));
  return row ?? null;
}

export async function usernameTaken(tx: Tx, username: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.username, username));
  return !!row;
}

export async function agencyExists(tx: Tx, id: string): Promise<boolean> {
  const [row] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, id));
  return !!row;
}

export async function insertAccount(
  tx: Tx,
  values: {
    username: string;
    label: string;
    employeeId: string | null;
    roles: GrantedRole[];
    agencyId: string | null;
    passwordHash: string;
    now: Date;
  },
): Promise<string> {
  const { now, ...rest } = values;
  const [row] = await tx
    .insert(accounts)
    .values({ ...rest, passwordChangedAt: now, createdAt: now })
    .returning({ id: accounts.id });
  return row.id;
}

export async function updateAccount(
  tx: Tx,
  id: string,
  patch: Partial<
    Pick<
      typeof accounts.$inferInsert,
      | 'passwordHash'
      | 'passwordChangedAt'
      | 'active'
      | 'roles'
      | 'agencyId'
      | 'failedLogins'
      | 'lockedUntil'
    >
  >,
): Promise<void> {
  await tx.update(accounts).set(patch).where(eq(accounts.id, id));
}

/**
 * Inserts many accounts in chunks. Used for bulk seeding (the demo city's 3,000 logins),
 * where hashing each password separately would take minutes.
 */
export async function insertAccounts(
  tx: Tx,
  rows: ReadonlyArray<Parameters<typeof insertAccount>[1]>,
): Promise<number> {
  for (let i = 0; i < rows.length; i += 500) {
    await tx.insert(accounts).values(
      rows.slice(i, i + 500).map(({ now, ...rest }) => ({
        ...rest,
        passwordChangedAt: now,
        createdAt: now,
      })),
    );
  }
  return rows.length;
}
