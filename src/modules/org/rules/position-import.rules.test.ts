import { describe, expect, it } from 'vitest';
import type { PositionImportRow } from '../import.schema';
import {
  type PositionImportContext,
  planPositionImport,
  type StoredPosition,
} from './position-import.rules';

const stored = (code: string, parentId: string | null, agencyId = 'ag-a'): StoredPosition => ({
  id: `id-${code}`,
  code,
  agencyId,
  unitId: null,
  parentId,
  shiftBased: false,
});

/** Stored tree: TOP ← MID ← LEAF in agency A; OTHER in agency B. */
const tree = [stored('TOP', null), stored('MID', 'id-TOP'), stored('LEAF', 'id-MID')];

function context(o: Partial<PositionImportContext> = {}): PositionImportContext {
  let n = 0;
  const all = [...tree, stored('OTHER', null, 'ag-b')];
  return {
    agencyIdByCode: new Map([
      ['A', 'ag-a'],
      ['B', 'ag-b'],
    ]),
    unitIdByKey: new Map([['ag-a/U1', 'unit-1']]),
    unitAgencyById: new Map([['unit-1', 'ag-a']]),
    storedByCode: new Map(all.map((p) => [p.code, p])),
    storedById: new Map(all.map((p) => [p.id, p])),
    canWrite: () => true,
    newId: () => `new-${++n}`,
    ...o,
  };
}

const row = (r: number, o: Partial<PositionImportRow>) => ({
  row: r,
  data: {
    code: `C${r}`,
    name: 'Jabatan',
    type: 'pelaksana' as const,
    kelasJabatan: 7,
    agencyCode: 'A',
    ...o,
  },
});

const errorsOf = (res: ReturnType<typeof planPositionImport>) =>
  res.errors.map((e) => [e.row, e.column]);

describe('planPositionImport', () => {
  it('plans parents before children, whatever the order in the file', () => {
    const res = planPositionImport(
      [
        row(2, { code: 'CHILD', parentCode: 'PARENT' }),
        row(3, { code: 'PARENT', parentCode: 'TOP' }),
      ],
      context(),
    );
    expect(res.errors).toEqual([]);
    expect(res.plan.map((p) => p.values.code)).toEqual(['PARENT', 'CHILD']);
    const [parent, child] = res.plan;
    expect(parent.values.parentId).toBe('id-TOP');
    expect(child.values.parentId).toBe(parent.values.id);
  });

  it('updates a stored position in place and keeps fields the row leaves undefined', () => {
    const res = planPositionImport([row(2, { code: 'LEAF', name: 'Baru' })], context());
    expect(res.plan[0]).toMatchObject({
      isNew: false,
      values: { id: 'id-LEAF', parentId: 'id-MID', name: 'Baru' },
    });
    const cleared = planPositionImport([row(2, { code: 'LEAF', parentCode: null })], context());
    expect(cleared.plan[0].values.parentId).toBeNull();
  });

  it('reports a cycle through stored positions', () => {
    const res = planPositionImport([row(2, { code: 'TOP', parentCode: 'LEAF' })], context());
    expect(errorsOf(res)).toEqual([[2, 'parent_code']]);
    expect(res.errors[0].reason).toContain('melingkar');
    expect(res.plan).toEqual([]);
  });

  it('reports a cycle inside the file and a position that is its own parent', () => {
    const res = planPositionImport(
      [
        row(2, { code: 'X', parentCode: 'Y' }),
        row(3, { code: 'Y', parentCode: 'X' }),
        row(4, { code: 'Z', parentCode: 'Z' }),
      ],
      context(),
    );
    expect(errorsOf(res)).toEqual([
      [2, 'parent_code'],
      [3, 'parent_code'],
      [4, 'parent_code'],
    ]);
  });

  it('accepts re-parenting that only looks like a cycle before the file is applied', () => {
    // MID moves under a new top; TOP moves under MID: no loop once both apply.
    const res = planPositionImport(
      [
        row(2, { code: 'MID', parentCode: 'NEWTOP' }),
        row(3, { code: 'NEWTOP' }),
        row(4, { code: 'TOP', parentCode: 'MID' }),
      ],
      context(),
    );
    expect(res.errors).toEqual([]);
  });

  it('reports duplicates, unknown references and agencies out of reach', () => {
    const res = planPositionImport(
      [
        row(2, { code: 'D' }),
        row(3, { code: 'D' }),
        row(4, { agencyCode: 'Z' }),
        row(5, { unitCode: 'U9' }),
        row(6, { parentCode: 'NOPE' }),
        row(7, { agencyCode: 'B' }),
        row(8, { code: 'OTHER' }),
      ],
      context({ canWrite: (id) => id === 'ag-a' }),
    );
    expect(errorsOf(res)).toEqual([
      [3, 'code'],
      [4, 'agency_code'],
      [5, 'unit_code'],
      [6, 'parent_code'],
      [7, 'agency_code'],
      [8, 'agency_code'],
    ]);
    expect(res.plan.map((p) => p.row)).toEqual([2]);
  });

  it('fails the children of a new row that failed', () => {
    const res = planPositionImport(
      [row(2, { code: 'P', agencyCode: 'Z' }), row(3, { code: 'K', parentCode: 'P' })],
      context(),
    );
    expect(errorsOf(res)).toEqual([
      [2, 'agency_code'],
      [3, 'parent_code'],
    ]);
  });

  it('refuses a parent of another agency unless the caller may write that agency', () => {
    const onlyA = (agencyId: string) => agencyId === 'ag-a';
    const res = planPositionImport(
      [
        row(2, { code: 'NEW1', parentCode: 'OTHER' }),
        row(3, { code: 'MID', parentCode: 'OTHER' }),
        row(4, { code: 'NEW2', parentCode: 'TOP' }),
      ],
      context({ canWrite: onlyA }),
    );
    expect(errorsOf(res)).toEqual([
      [2, 'parent_code'],
      [3, 'parent_code'],
    ]);
    expect(res.errors[0].reason).toMatch(/milik OPD lain/);
    expect(res.plan.map((p) => p.values.code)).toEqual(['NEW2']);
    // Admin BKPSDM may place an agency head under another agency's position (the Sekda).
    const bkpsdm = planPositionImport([row(2, { code: 'NEW1', parentCode: 'OTHER' })], context());
    expect(bkpsdm.errors).toEqual([]);
  });

  it('keeps an existing cross-agency parent on a re-import by the agency itself', () => {
    const head = stored('HEAD', 'id-OTHER');
    const all = [...tree, stored('OTHER', null, 'ag-b'), head];
    const res = planPositionImport(
      [row(2, { code: 'HEAD', parentCode: 'OTHER' }), row(3, { code: 'HEAD2' })],
      context({
        canWrite: (agencyId) => agencyId === 'ag-a',
        storedByCode: new Map(all.map((p) => [p.code, p])),
        storedById: new Map(all.map((p) => [p.id, p])),
      }),
    );
    expect(res.errors).toEqual([]);
  });
});
