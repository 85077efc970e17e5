import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { queryRows, type Tx } from '../../db/client';

/**
 * Supervisor derivation (DOMAIN §1): the atasan langsung of an employee is whoever holds
 * the parent position; when it has no holder, the acting holder (Plt/Plh) on that date;
 * when it has neither, the next position up, and so on. A Plh standing in while the
 * holder is away also supervises, next to the holder.
 *
 * Both directions are single recursive queries so a permission check costs one round
 * trip, whatever the depth of the tree.
 */

/** Positions that "have someone" on a date: an active holder or an acting assignment. */
const staffed = (date: string) => sql`
  select e.position_id as position_id, e.id as employee_id from employees e
   where e.active and e.position_id is not null
  union all
  select a.position_id, a.employee_id from acting_assignments a
    join employees e on e.id = a.employee_id and e.active
   where a.from_date <= ${date}::date and (a.to_date is null or a.to_date >= ${date}::date)`;

/** Direct supervisors of each given employee on `date` (usually one; none for the head). */
export async function supervisorsOf(
  tx: Tx,
  employeeIds: readonly string[],
  date: string,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(employeeIds.map((id) => [id, []]));
  if (employeeIds.length === 0) return result;
  const ids = sql.join(
    employeeIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await queryRows<{ subject: string; supervisor: string }>(
    tx,
    sql`
    with recursive staff as (${staffed(date)}),
    up as (
      select e.id as subject, p.parent_id as pos, 1 as depth
        from employees e join positions p on p.id = e.position_id
       where e.id in (${ids})
      union all
      select up.subject, p.parent_id, up.depth + 1
        from up join positions p on p.id = up.pos
       where up.depth < 64
         and not exists (select 1 from staff s where s.position_id = up.pos and s.employee_id <> up.subject)
    )
    select distinct up.subject, s.employee_id as supervisor
      from up join staff s on s.position_id = up.pos
     where s.employee_id <> up.subject`,
  );
  for (const r of rows) result.get(r.subject)?.push(r.supervisor);
  return result;
}

/** The employees whose direct supervisor is `supervisorId` on `date`. */
export async function directSubordinatesOf(
  tx: Tx,
  supervisorId: string,
  date: string,
): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`
    with recursive staff as (${staffed(date)}),
    down as (
      select p.id as pos, 1 as depth
        from positions p
       where p.parent_id in (select position_id from staff where employee_id = ${supervisorId}::uuid)
      union all
      select c.id, down.depth + 1
        from down join positions c on c.parent_id = down.pos
       where down.depth < 64
         and not exists (select 1 from staff s where s.position_id = down.pos)
    )
    select distinct s.employee_id as id
      from down join staff s on s.position_id = down.pos
     where s.employee_id <> ${supervisorId}::uuid`,
  );
  return rows.map((r) => r.id);
}

export async function isSupervisor(tx: Tx, employeeId: string, at: Date, zone = 'Asia/Makassar') {
  const date = DateTime.fromJSDate(at).setZone(zone).toISODate()!;
  return (await directSubordinatesOf(tx, employeeId, date)).length > 0;
}
