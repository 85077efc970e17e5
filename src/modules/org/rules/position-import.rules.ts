import type { ImportError, PositionImportRow } from '../import.schema';

/**
 * Checks a file of positions against what the database holds and plans the upsert.
 * Pure: the service loads the lookups, this decides. A parent may be a stored position
 * or any row of the same file; the tree after the import may not contain a cycle.
 */

export type StoredPosition = {
  id: string;
  code: string;
  agencyId: string;
  unitId: string | null;
  parentId: string | null;
  shiftBased: boolean;
};

export type PositionImportContext = {
  agencyIdByCode: ReadonlyMap<string, string>;
  /** Key `${agencyId}/${unitCode}`. */
  unitIdByKey: ReadonlyMap<string, string>;
  unitAgencyById: ReadonlyMap<string, string>;
  /** Stored positions named by the file (as rows or as parents), by code. */
  storedByCode: ReadonlyMap<string, StoredPosition>;
  /** Those stored positions and every one above them, by id: every path to the top. */
  storedById: ReadonlyMap<string, { code: string; parentId: string | null; agencyId: string }>;
  canWrite: (agencyId: string) => boolean;
  newId: () => string;
};

export type PlannedPosition = {
  row: number;
  isNew: boolean;
  /** Rows are written in this order: a parent from the same file comes first. */
  depth: number;
  values: {
    id: string;
    code: string;
    name: string;
    type: string;
    kelasJabatan: number;
    agencyId: string;
    unitId: string | null;
    parentId: string | null;
    shiftBased: boolean;
  };
};

type Input = { row: number; data: PositionImportRow };

export function planPositionImport(
  rows: readonly Input[],
  ctx: PositionImportContext,
): { errors: ImportError[]; plan: PlannedPosition[] } {
  const errors: ImportError[] = [];
  const bad = new Set<number>();
  const report = (row: number, column: string, reason: string) => {
    errors.push({ row, column, reason });
    bad.add(row);
  };

  const byCode = new Map<string, Input>();
  for (const r of rows) {
    const first = byCode.get(r.data.code);
    if (first) report(r.row, 'code', `kode ganda: sama dengan baris ${first.row}`);
    else byCode.set(r.data.code, r);
  }

  type Draft = { input: Input; agencyId: string; unitId: string | null; parentCode: string | null };
  const drafts = new Map<string, Draft>();
  for (const input of byCode.values()) {
    const { row, data } = input;
    const stored = ctx.storedByCode.get(data.code);
    const agencyId = ctx.agencyIdByCode.get(data.agencyCode);
    if (!agencyId) {
      report(row, 'agency_code', `OPD dengan kode ${data.agencyCode} tidak ditemukan`);
      continue;
    }
    if (!ctx.canWrite(agencyId) || (stored && !ctx.canWrite(stored.agencyId))) {
      report(row, 'agency_code', 'Anda tidak berwenang mengubah jabatan OPD ini');
      continue;
    }
    let unitId: string | null = null;
    if (data.unitCode) {
      unitId = ctx.unitIdByKey.get(`${agencyId}/${data.unitCode}`) ?? null;
      if (!unitId)
        report(row, 'unit_code', `unit ${data.unitCode} tidak ada di OPD ${data.agencyCode}`);
    } else if (data.unitCode === undefined && stored?.unitId) {
      unitId = stored.unitId;
      if (ctx.unitAgencyById.get(unitId) !== agencyId) {
        report(row, 'unit_code', 'unit lama milik OPD lain: isi unit_code');
      }
    }
    let parentCode: string | null = null;
    if (data.parentCode) {
      parentCode = data.parentCode;
      if (parentCode === data.code) {
        report(row, 'parent_code', 'jabatan tidak boleh menjadi atasan dirinya sendiri');
      } else if (!byCode.has(parentCode) && !ctx.storedByCode.has(parentCode)) {
        report(row, 'parent_code', `jabatan induk ${parentCode} tidak ditemukan`);
      }
    } else if (data.parentCode === undefined && stored?.parentId) {
      parentCode = ctx.storedById.get(stored.parentId)?.code ?? null;
    }
    drafts.set(data.code, { input, agencyId, unitId, parentCode });
  }

  // A parent lies in the row's agency; one in another agency (an agency head under the
  // Sekda) only for who may write that agency, as in the API.
  const agencyOfCode = new Map<string, string>();
  for (const p of ctx.storedById.values()) agencyOfCode.set(p.code, p.agencyId);
  for (const p of ctx.storedByCode.values()) agencyOfCode.set(p.code, p.agencyId);
  for (const d of drafts.values()) agencyOfCode.set(d.input.data.code, d.agencyId);
  for (const d of drafts.values()) {
    if (!d.parentCode || bad.has(d.input.row)) continue;
    const stored = ctx.storedByCode.get(d.input.data.code);
    const storedParent = stored?.parentId ? ctx.storedById.get(stored.parentId)?.code : null;
    if (stored && stored.agencyId === d.agencyId && storedParent === d.parentCode) continue;
    const parentAgency = agencyOfCode.get(d.parentCode);
    if (parentAgency && parentAgency !== d.agencyId && !ctx.canWrite(parentAgency)) {
      report(
        d.input.row,
        'parent_code',
        `jabatan induk ${d.parentCode} milik OPD lain: Anda tidak berwenang`,
      );
    }
  }

  // A row whose parent is a new row that failed cannot be written either.
  const failedNewParent = (d: Draft) => {
    const parent = d.parentCode ? byCode.get(d.parentCode) : undefined;
    return !!parent && bad.has(parent.row) && !ctx.storedByCode.has(parent.data.code);
  };
  const propagate = () => {
    for (let changed = true; changed; ) {
      changed = false;
      for (const d of drafts.values()) {
        if (!bad.has(d.input.row) && failedNewParent(d)) {
          report(d.input.row, 'parent_code', `jabatan induk ${d.parentCode} di berkas tidak valid`);
          changed = true;
        }
      }
    }
  };
  propagate();

  // The tree after the import: good rows use their new parent, everything else the stored one.
  const storedParentCode = new Map<string, string | null>();
  for (const p of ctx.storedById.values()) {
    storedParentCode.set(
      p.code,
      p.parentId ? (ctx.storedById.get(p.parentId)?.code ?? null) : null,
    );
  }
  const parentOf = (code: string): string | null => {
    const d = drafts.get(code);
    if (d && !bad.has(d.input.row)) return d.parentCode;
    return storedParentCode.get(code) ?? null;
  };
  const limit = drafts.size + ctx.storedById.size + 2;
  for (const d of drafts.values()) {
    if (bad.has(d.input.row)) continue;
    const start = d.input.data.code;
    let cursor = parentOf(start);
    for (let step = 0; cursor && step < limit; step++) {
      if (cursor === start) {
        report(
          d.input.row,
          'parent_code',
          'susunan jabatan melingkar: jabatan menjadi atasannya sendiri',
        );
        break;
      }
      cursor = parentOf(cursor);
    }
  }
  propagate();

  const ids = new Map<string, string>();
  for (const d of drafts.values()) {
    ids.set(d.input.data.code, ctx.storedByCode.get(d.input.data.code)?.id ?? ctx.newId());
  }
  const depthOf = (code: string, seen = 0): number => {
    const parent = drafts.get(code)?.parentCode;
    return parent && drafts.has(parent) && seen < limit ? 1 + depthOf(parent, seen + 1) : 0;
  };
  const plan: PlannedPosition[] = [];
  for (const d of drafts.values()) {
    if (bad.has(d.input.row)) continue;
    const { data, row } = d.input;
    const stored = ctx.storedByCode.get(data.code);
    const parentId = d.parentCode
      ? (ids.get(d.parentCode) ?? ctx.storedByCode.get(d.parentCode)?.id ?? null)
      : null;
    plan.push({
      row,
      isNew: !stored,
      depth: depthOf(data.code),
      values: {
        id: ids.get(data.code)!,
        code: data.code,
        name: data.name,
        type: data.type,
        kelasJabatan: data.kelasJabatan,
        agencyId: d.agencyId,
        unitId: d.unitId,
        parentId,
        shiftBased: data.shiftBased ?? stored?.shiftBased ?? false,
      },
    });
  }
  plan.sort((a, b) => a.depth - b.depth || a.row - b.row);
  errors.sort((a, b) => a.row - b.row);
  return { errors, plan };
}
