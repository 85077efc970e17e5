import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db, Tx } from '../../db/client';
import { fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { existingScheduleCodes, findEmployeesByNips } from './employees.store';
import { parseImportFile, UnreadableFileError } from './import.parse';
import {
  type Column,
  columnOf,
  EMPLOYEE_COLUMNS,
  type EmployeeImportInput,
  employeeImportRow,
  type ImportError,
  type ImportOptions,
  type ImportReport,
  POSITION_COLUMNS,
  type PositionImportInput,
  positionImportRow,
} from './import.schema';
import * as store from './import.store';
import { findOfficesByCodes } from './offices.store';
import { authorise } from './org.access';
import { findPositionsByCodes } from './positions.store';
import { isoDay } from './rules/employee.rules';
import { planEmployeeImport } from './rules/employee-import.rules';
import { planPositionImport } from './rules/position-import.rules';

/**
 * Import of positions and employees. The HTTP route and the CLI parse a file and call
 * these; the demo loader calls them with its own row objects, so every path validates
 * and writes the same way. By default a file with any bad row writes nothing (one
 * transaction); with `partial` the good rows are written and the bad ones reported.
 */

const idLocale = z.locales.id();

/** Validates each row with its schema; the report names the spreadsheet column. */
function validateRows<S extends z.ZodType, I extends { row?: number }>(
  schema: S,
  columns: readonly Column[],
  rows: readonly I[],
): { valid: Array<{ row: number; data: z.output<S> }>; errors: ImportError[] } {
  const valid: Array<{ row: number; data: z.output<S> }> = [];
  const errors: ImportError[] = [];
  rows.forEach((input, index) => {
    const { row: given, ...values } = input;
    const row = given ?? index + 2;
    const parsed = schema.safeParse(values, { error: idLocale.localeError });
    if (parsed.success) {
      valid.push({ row, data: parsed.data });
      return;
    }
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          errors.push({ row, column: key, reason: 'kolom tidak dikenal' });
      } else {
        errors.push({
          row,
          column: columnOf(columns, String(issue.path[0] ?? '')),
          reason: issue.message,
        });
      }
    }
  });
  return { valid, errors };
}

const byRow = (a: ImportError, b: ImportError) => a.row - b.row;

export async function importPositions(
  db: Db,
  actor: Actor,
  rows: readonly PositionImportInput[],
  opts: ImportOptions = {},
): Promise<ImportReport> {
  // Refuses outright whoever may not write the organisation anywhere (inspektorat, staff).
  authorise(actor, 'org.write', { agencyId: actor.adminAgencyId });
  const { valid, errors } = validateRows(positionImportRow, POSITION_COLUMNS, rows);
  return db.transaction(async (tx) => {
    const codes = new Set<string>();
    for (const { data } of valid) {
      codes.add(data.code);
      if (data.parentCode) codes.add(data.parentCode);
    }
    const agencyRows = await store.agenciesByCodes(tx, [
      ...new Set(valid.map((v) => v.data.agencyCode)),
    ]);
    const stored = await findPositionsByCodes(tx, [...codes]);
    const above = await store.positionsWithAncestors(
      tx,
      stored.map((p) => p.id),
    );
    const unitRows = [
      ...(await store.unitsOfAgencies(
        tx,
        agencyRows.map((a) => a.id),
      )),
      ...(await store.unitsByIds(
        tx,
        stored.flatMap((p) => (p.unitId ? [p.unitId] : [])),
      )),
    ];
    const result = planPositionImport(valid, {
      agencyIdByCode: new Map(agencyRows.map((a) => [a.code, a.id])),
      unitIdByKey: new Map(unitRows.map((u) => [`${u.agencyId}/${u.code}`, u.id])),
      unitAgencyById: new Map(unitRows.map((u) => [u.id, u.agencyId])),
      storedByCode: new Map(stored.map((p) => [p.code, p])),
      storedById: new Map(above.map((p) => [p.id, p])),
      canWrite: (agencyId) => can(actor, 'org.write', { agencyId }),
      newId: randomUUID,
    });
    return applyPlan(tx, actor, opts, {
      errors: [...errors, ...result.errors],
      plan: result.plan,
      upsert: (plan) => store.upsertPositions(tx, plan),
      entity: 'position',
      keys: { codes: result.plan.map((p) => p.values.code) },
    });
  });
}

export async function importEmployees(
  db: Db,
  actor: Actor,
  rows: readonly EmployeeImportInput[],
  opts: ImportOptions = {},
): Promise<ImportReport> {
  authorise(actor, 'employee.write', { agencyId: actor.adminAgencyId });
  const { valid, errors } = validateRows(employeeImportRow, EMPLOYEE_COLUMNS, rows);
  return db.transaction(async (tx) => {
    const data = valid.map((v) => v.data);
    const unique = (xs: Array<string | null | undefined>) => [
      ...new Set(xs.filter((x): x is string => !!x)),
    ];
    const agencyRows = await store.agenciesByCodes(tx, unique(data.map((d) => d.agencyCode)));
    const positionRows = await findPositionsByCodes(tx, unique(data.map((d) => d.positionCode)));
    const officeRows = await findOfficesByCodes(
      tx,
      unique(data.flatMap((d) => d.officeCodes ?? [])),
    );
    const scheduleCodes = await existingScheduleCodes(tx, unique(data.map((d) => d.schedule)));
    const stored = await findEmployeesByNips(tx, unique(data.map((d) => d.nip)));
    const storedPositions = await store.positionsByIds(tx, unique(stored.map((e) => e.positionId)));
    const result = planEmployeeImport(valid, {
      agencyIdByCode: new Map(agencyRows.map((a) => [a.code, a.id])),
      positionByCode: new Map(positionRows.map((p) => [p.code, p])),
      positionAgencyById: new Map(storedPositions.map((p) => [p.id, p.agencyId])),
      officeIdByCode: new Map(officeRows.map((o) => [o.code, o.id])),
      officeAgencyById: new Map(officeRows.map((o) => [o.id, o.agencyId])),
      scheduleCodes,
      storedByNip: new Map(stored.map((e) => [e.nip, e])),
      canWrite: (agencyId) => can(actor, 'employee.write', { agencyId }),
      canWriteOffices: (agencyId) => can(actor, 'office.write', { agencyId }),
      today: opts.now ? isoDay(opts.now) : undefined,
      newId: randomUUID,
    });
    return applyPlan(tx, actor, opts, {
      errors: [...errors, ...result.errors],
      plan: result.plan,
      upsert: (plan) => store.upsertEmployees(tx, plan),
      entity: 'employee',
      keys: { nips: result.plan.map((p) => p.values.nip) },
    });
  });
}

/**
 * The common end of both imports: with any bad row and no `partial`, nothing is written;
 * otherwise the planned rows are upserted and one audit row summarises the import.
 */
async function applyPlan<P extends { isNew: boolean }>(
  tx: Tx,
  actor: Actor,
  opts: ImportOptions,
  work: {
    errors: ImportError[];
    plan: P[];
    upsert: (plan: P[]) => Promise<unknown>;
    entity: 'position' | 'employee';
    keys: Record<string, string[]>;
  },
): Promise<ImportReport> {
  const errors = [...work.errors].sort(byRow);
  if (errors.length > 0 && !opts.partial) return refused(errors);
  const created = work.plan.filter((p) => p.isNew).length;
  const updated = work.plan.length - created;
  if (work.plan.length > 0) {
    await work.upsert(work.plan);
    await writeAudit(tx, actor, {
      at: opts.now,
      action: `${work.entity}.import`,
      entity: work.entity,
      details: {
        filename: opts.filename ?? null,
        partial: !!opts.partial,
        created,
        updated,
        rejectedRows: new Set(errors.map((e) => e.row)).size,
        ...work.keys,
      },
    });
  }
  return { ok: errors.length === 0, created, updated, errors };
}

function refused(errors: ImportError[]): ImportReport {
  return { ok: false, created: 0, updated: 0, errors };
}

export type ImportKind = 'positions' | 'employees';

/**
 * Reads a CSV/XLSX file and imports it. A file whose header is wrong is refused as a
 * whole (its rows cannot be trusted to sit in the right columns), even with `partial`.
 */
export async function importFile(
  db: Db,
  actor: Actor,
  kind: ImportKind,
  file: { filename: string; content: Buffer; partial?: boolean; now?: Date },
): Promise<ImportReport> {
  authorise(actor, kind === 'positions' ? 'org.write' : 'employee.write', {
    agencyId: actor.adminAgencyId,
  });
  const columns = kind === 'positions' ? POSITION_COLUMNS : EMPLOYEE_COLUMNS;
  let parsed: Awaited<ReturnType<typeof parseImportFile>>;
  try {
    parsed = await parseImportFile(file.filename, file.content, columns);
  } catch (err) {
    if (err instanceof UnreadableFileError) {
      throw fail('import_unreadable', { field: 'contentBase64', reason: err.message });
    }
    throw err;
  }
  if (parsed.errors.length > 0) return refused(parsed.errors);
  const opts = { partial: file.partial, filename: file.filename, now: file.now };
  return kind === 'positions'
    ? importPositions(db, actor, parsed.rows as PositionImportInput[], opts)
    : importEmployees(db, actor, parsed.rows as EmployeeImportInput[], opts);
}
