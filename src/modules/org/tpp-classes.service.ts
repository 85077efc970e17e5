import type { Db } from '../../db/client';
import { errorCatalogue, fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { authorise } from './org.access';
import { tppTableProblems } from './rules/tpp-class.rules';
import * as store from './tpp-classes.store';

/**
 * The tenant's kelas jabatan → monthly TPP base table (DOMAIN §4). Readable by whoever
 * reads the organisation city-wide; only admin BKPSDM changes it, as with the rule sets.
 */

export async function listTppClasses(db: Db, actor: Actor) {
  authorise(actor, 'org.read');
  const rows = await store.listTppClasses(db);
  return { items: rows.map((r) => ({ kelas: r.kelas, amount: r.amount })) };
}

/**
 * Replaces the table. It must hold every kelas 1–17 once with a positive amount, checked
 * here too because the demo loader calls this without the HTTP schema.
 */
export async function replaceTppClasses(
  db: Db,
  actor: Actor,
  items: store.TppClassRow[],
  now: Date,
) {
  authorise(actor, 'ruleset.write');
  const problems = tppTableProblems(items);
  if (problems.length > 0) {
    const message = `${errorCatalogue.validation_failed[2]} ${problems[0].field}: ${problems[0].reason}`;
    throw fail('validation_failed', { fields: problems }, message);
  }
  return db.transaction(async (tx) => {
    const before = await store.listTppClasses(tx);
    const sorted = [...items].sort((a, b) => a.kelas - b.kelas);
    await store.replaceTppClasses(tx, sorted);
    await writeAudit(tx, actor, {
      at: now,
      action: 'tpp_class.replace',
      entity: 'tpp_class_amounts',
      details: { before, after: sorted },
    });
    return { items: sorted.map((r) => ({ kelas: r.kelas, amount: r.amount })) };
  });
}
