import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client';

/** Whose month: everybody, one agency, or a list of employees. */
export type MonthScope =
  | { kind: 'all' }
  | { kind: 'agency'; agencyId: string }
  | { kind: 'employees'; ids: readonly string[] };

/**
 * The employees a month's computation covers: the active ones of the scope, and anyone
 * inactive who still has an adjustment line paid in that month.
 */
export function scopeFilter(scope: MonthScope, month: string): SQL {
  const active = sql`(e.active or exists (select 1 from tpp_adjustments a
                        where a.employee_id = e.id and a.month = ${month}))`;
  if (scope.kind === 'agency') return sql`${active} and e.agency_id = ${scope.agencyId}::uuid`;
  if (scope.kind === 'employees') return sql`e.id = any(${idArray(scope.ids)})`;
  return active;
}

/** A uuid[] from one text parameter: works alike on pg and PGlite, whatever the count. */
export function idArray(ids: readonly string[]): SQL {
  return sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;
}

/** One page of a scope's employee ids (agency, then NIP), and the scope's size. */
export async function pageScopeEmployees(
  tx: Tx,
  month: string,
  scope: MonthScope,
  page: { limit: number; offset: number },
): Promise<{ ids: string[]; total: number }> {
  if (scope.kind === 'employees' && scope.ids.length === 0) return { ids: [], total: 0 };
  const where = scopeFilter(scope, month);
  const [rows, [{ total }]] = await Promise.all([
    queryRows<{ id: string }>(
      tx,
      sql`select e.id from employees e where ${where}
           order by e.agency_id, e.nip limit ${page.limit} offset ${page.offset}`,
    ),
    queryRows<{ total: number }>(
      tx,
      sql`select count(*)::int as total from employees e where ${where}`,
    ),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(total) };
}

/** The agency of an employee (for authorisation), or null when there is no such person. */
export async function findEmployeeAgency(
  tx: Tx,
  employeeId: string,
): Promise<{ id: string; agencyId: string } | null> {
  const [row] = await queryRows<{ id: string; agencyId: string }>(
    tx,
    sql`select id, agency_id as "agencyId" from employees where id = ${employeeId}::uuid`,
  );
  return row ?? null;
}
