import { describe, expect, it } from 'vitest';
import type { EmployeeImportRow } from '../import.schema';
import {
  type EmployeeImportContext,
  planEmployeeImport,
  type StoredEmployee,
} from './employee-import.rules';

const NIP1 = '198703152010011001';
const NIP2 = '198703152010011002';

const storedOne: StoredEmployee = {
  id: 'emp-1',
  nip: NIP1,
  frontTitle: 'Dr.',
  backTitle: null,
  agencyId: 'ag-a',
  positionId: 'pos-a',
  schedule: 'shift',
  tppIndividual: 7_000_000,
  annualLeaveCarry: 4,
  active: true,
};

function context(o: Partial<EmployeeImportContext> = {}): EmployeeImportContext {
  return {
    agencyIdByCode: new Map([
      ['A', 'ag-a'],
      ['B', 'ag-b'],
    ]),
    positionByCode: new Map([
      ['PA', { id: 'pos-a', agencyId: 'ag-a' }],
      ['PB', { id: 'pos-b', agencyId: 'ag-b' }],
    ]),
    positionAgencyById: new Map([['pos-a', 'ag-a']]),
    officeIdByCode: new Map([
      ['K1', 'off-1'],
      ['K2', 'off-2'],
    ]),
    officeAgencyById: new Map([
      ['off-1', 'ag-a'],
      ['off-2', null],
    ]),
    scheduleCodes: new Set(['standard', 'shift']),
    storedByNip: new Map([[NIP1, storedOne]]),
    canWrite: () => true,
    canWriteOffices: () => true,
    newId: () => 'new-id',
    ...o,
  };
}

const row = (r: number, o: Partial<EmployeeImportRow>) => ({
  row: r,
  data: {
    nip: NIP2,
    name: 'Pegawai',
    status: 'PNS' as const,
    rank: 'III/a',
    gender: 'L' as const,
    ...o,
  },
});

const errorsOf = (res: ReturnType<typeof planEmployeeImport>) =>
  res.errors.map((e) => [e.row, e.column]);

describe('planEmployeeImport', () => {
  it('takes the agency from the position and keeps the office order', () => {
    const res = planEmployeeImport(
      [row(2, { positionCode: 'PB', officeCodes: ['K2', 'K1'] })],
      context(),
    );
    expect(res.errors).toEqual([]);
    expect(res.plan[0]).toMatchObject({
      isNew: true,
      values: { id: 'new-id', agencyId: 'ag-b', positionId: 'pos-b', schedule: 'standard' },
      officeIds: ['off-2', 'off-1'],
    });
  });

  it('keeps stored values for fields the row leaves undefined, clears them for null', () => {
    const kept = planEmployeeImport([row(2, { nip: NIP1 })], context());
    expect(kept.plan[0]).toMatchObject({
      isNew: false,
      values: { id: 'emp-1', positionId: 'pos-a', frontTitle: 'Dr.', tppIndividual: 7_000_000 },
      officeIds: undefined,
    });
    const cleared = planEmployeeImport(
      [
        row(2, {
          nip: NIP1,
          positionCode: null,
          agencyCode: 'A',
          tppIndividual: null,
          officeCodes: null,
        }),
      ],
      context(),
    );
    expect(cleared.plan[0]).toMatchObject({
      values: { positionId: null, tppIndividual: null, schedule: 'shift', annualLeaveCarry: 4 },
      officeIds: [],
    });
  });

  it('reports each problem with its column', () => {
    const res = planEmployeeImport(
      [
        row(2, { agencyCode: 'A' }),
        row(3, { agencyCode: 'A' }),
        row(4, { nip: '198713152010011003', agencyCode: 'A', rank: 'XX' }),
        row(5, { nip: '198703152010011005', agencyCode: 'A', positionCode: 'PB' }),
        row(6, { nip: '198703152010011006' }),
        row(7, { nip: '198703152010011007', agencyCode: 'A', officeCodes: ['K9'] }),
        row(8, { nip: '198703152010011008', agencyCode: 'Z' }),
      ],
      context(),
    );
    expect(errorsOf(res)).toEqual([
      [3, 'nip'],
      [4, 'nip'],
      [4, 'rank'],
      [5, 'position_code'],
      [6, 'agency_code'],
      [7, 'office_codes'],
      [8, 'agency_code'],
    ]);
    expect(res.plan.map((p) => p.row)).toEqual([2]);
  });

  it('refuses rows of agencies the actor may not write, including a transfer out', () => {
    const res = planEmployeeImport(
      [row(2, { agencyCode: 'B' }), row(3, { nip: NIP1, agencyCode: 'B', positionCode: null })],
      context({ canWrite: (id) => id === 'ag-b' }),
    );
    expect(errorsOf(res)).toEqual([[3, 'agency_code']]);
  });

  it('refuses an office of another agency unless the caller manages it; shared is fine', () => {
    const rows = [
      row(2, { agencyCode: 'B', officeCodes: ['K2', 'K1'] }),
      row(3, { nip: '198703152010011003', agencyCode: 'B', officeCodes: ['K2'] }),
    ];
    const own = (agencyId: string) => agencyId === 'ag-b';
    const res = planEmployeeImport(rows, context({ canWrite: own, canWriteOffices: own }));
    expect(errorsOf(res)).toEqual([[2, 'office_codes']]);
    expect(res.errors[0].reason).toMatch(/K1 milik OPD lain/);
    expect(res.plan.map((p) => p.row)).toEqual([3]);
    expect(planEmployeeImport(rows, context()).errors).toEqual([]);
  });

  it('refuses an unknown schedule code', () => {
    const res = planEmployeeImport([row(2, { agencyCode: 'A', schedule: 'nope' })], context());
    expect(errorsOf(res)).toEqual([[2, 'schedule']]);
  });

  it('refuses a NIP born or starting after today when today is given', () => {
    const rows = [row(2, { nip: '209901012117121005', agencyCode: 'A' })];
    expect(planEmployeeImport(rows, context()).errors).toEqual([]);
    const res = planEmployeeImport(rows, context({ today: '2026-11-02' }));
    expect(errorsOf(res)).toEqual([[2, 'nip']]);
    expect(res.errors[0].reason).toMatch(/tanggal lahir/);
  });
});
