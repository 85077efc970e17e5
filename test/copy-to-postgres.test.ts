import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../src/db/client';
import { copyDatabase } from '../src/db/copy';
import { auditLog, employees, positions } from '../src/db/tables';
import { writeAudit } from '../src/modules/audit/audit.store';
import { systemActor } from '../src/modules/auth/actor';
import { makeAgency, makeEmployee, makePosition } from './support/harness';
import { createTestDatabase, testEngine } from './support/test-database';

// Copying needs both engines at once, so it runs in the PostgreSQL pass only.
describe.runIf(testEngine === 'postgres')('copy-to-postgres', () => {
  it('copies every table, parents before children, and continues serial ids', async () => {
    const source = await openDatabase({ engine: 'pglite', dataDir: null });
    await source.migrate();
    const agency = await makeAgency(source.db);
    // The child row is stored before its parent: a naive row-by-row copy would break.
    const child = await makePosition(source.db, agency.id);
    const head = await makePosition(source.db, agency.id, { type: 'jpt', kelasJabatan: 14 });
    await source.db.update(positions).set({ parentId: head.id }).where(eq(positions.id, child.id));
    await makeEmployee(source.db, agency.id, { positionId: child.id });
    await writeAudit(source.db, systemActor(), { action: 'test', entity: 'x' });

    const target = await createTestDatabase();
    try {
      const copied = await copyDatabase(source, target);
      expect(copied).toBeGreaterThanOrEqual(5);
      expect(await target.db.select().from(positions)).toHaveLength(2);
      expect(await target.db.select().from(employees)).toHaveLength(1);
      await writeAudit(target.db, systemActor(), { action: 'after', entity: 'x' });
      const ids = await queryRows<{ id: number }>(
        target.db,
        sql`select id from audit_log order by id`,
      );
      expect(ids.map((r) => r.id)).toEqual([1, 2]);
      await expect(copyDatabase(source, target)).rejects.toThrow(/not empty/);
      expect(await target.db.select().from(auditLog)).toHaveLength(2);
    } finally {
      await source.close();
      await target.close();
    }
  });
});
