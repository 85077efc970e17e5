import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { accounts, employees } from '../../db/tables';
import type { Actor, GrantedRole } from './actor';

/**
 * The actor of an employee's own account, for work done on their behalf by the system
 * itself (seeding the demo city's history goes through the same services as the app).
 */
export async function actorForEmployee(tx: Tx, employeeId: string): Promise<Actor> {
  const [row] = await tx
    .select({
      accountId: accounts.id,
      username: accounts.username,
      label: accounts.label,
      roles: accounts.roles,
      adminAgencyId: accounts.agencyId,
      employeeAgencyId: employees.agencyId,
    })
    .from(accounts)
    .innerJoin(employees, eq(employees.id, accounts.employeeId))
    .where(eq(accounts.employeeId, employeeId));
  if (!row) throw new Error(`employee ${employeeId} has no account`);
  return { ...row, roles: row.roles as GrantedRole[], employeeId, ip: '127.0.0.1' };
}
