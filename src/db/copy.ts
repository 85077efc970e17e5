import { sql } from 'drizzle-orm';
import { SEEDED_TABLES } from '../modules/attendance/reference-data';
import { type Database, queryRows } from './client';

const CHUNK = 2_000;

/** The application's tables ordered so that every table comes after those it references. */
async function tablesInDependencyOrder(db: Database['db']): Promise<string[]> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
         where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const refs = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select distinct tc.table_name as child, ccu.table_name as parent
          from information_schema.table_constraints tc
          join information_schema.constraint_column_usage ccu
            on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
         where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'`,
  );
  const ordered: string[] = [];
  const pending = new Set(tables.map((t) => t.name));
  while (pending.size > 0) {
    const ready = [...pending].filter((t) =>
      refs.every((r) => r.child !== t || r.parent === t || !pending.has(r.parent)),
    );
    if (ready.length === 0) throw new Error(`circular references among ${[...pending].join(', ')}`);
    for (const t of ready) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

/**
 * Copies every row of every application table from one database to another with the same
 * schema. Rows travel as JSON so both engines' type conversions are the server's own.
 * Self-referencing tables (agencies, positions) go in one statement: foreign keys are
 * checked at the end of a statement, so parents and children may come in any order.
 */
export async function copyDatabase(
  source: Database,
  target: Database,
  onTable: (table: string, rows: number) => void = () => {},
): Promise<number> {
  const tables = await tablesInDependencyOrder(source.db);
  for (const table of tables) {
    const [{ n }] = await queryRows<{ n: number }>(
      target.db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    if (n > 0 && !SEEDED_TABLES.has(table)) {
      throw new Error(`target table ${table} is not empty; copy into a new database`);
    }
  }
  let total = 0;
  await target.db.transaction(async (tx) => {
    for (const table of tables) {
      const id = sql.identifier(table);
      const rows = await queryRows<{ r: unknown }>(
        source.db,
        sql`select row_to_json(t) as r from ${id} t`,
      );
      const selfRef = ['agencies', 'positions'].includes(table);
      const size = selfRef ? rows.length || 1 : CHUNK;
      // The target's migrate() seeded the same reference rows: keep those, add the rest.
      const merge = SEEDED_TABLES.has(table) ? sql` on conflict do nothing` : sql``;
      for (let i = 0; i < rows.length; i += size) {
        const chunk = JSON.stringify(rows.slice(i, i + size).map((x) => x.r));
        await tx.execute(
          sql`insert into ${id} select * from json_populate_recordset(null::${id}, ${chunk}::json)${merge}`,
        );
      }
      total += rows.length;
      onTable(table, rows.length);
    }
    // Serial columns continue after the copied ids.
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('audit_log', 'id'), coalesce(max(id), 0) + 1, false) from audit_log`,
    );
  });
  return total;
}
