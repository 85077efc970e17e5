import type { EmployeeImportRow, ImportError } from '../import.schema';
import { checkEmployeeFacts } from './employee.rules';

/**
 * Checks a file of employees against what the database holds and plans the upsert.
 * Pure: the service loads the lookups, this decides.
 */

export type StoredEmployee = {
  id: string;
  nip: string;
  frontTitle: string | null;
  backTitle: string | null;
  agencyId: string;
  positionId: string | null;
  schedule: string;
  tppIndividual: number | null;
  annualLeaveCarry: number;
  active: boolean;
};

export type EmployeeImportContext = {
  agencyIdByCode: ReadonlyMap<string, string>;
  positionByCode: ReadonlyMap<string, { id: string; agencyId: string }>;
  /** Agencies of the stored employees' current positions, by position id. */
  positionAgencyById: ReadonlyMap<string, string>;
  officeIdByCode: ReadonlyMap<string, string>;
  /** Agency of each office named by the file, by office id; null = shared city-wide. */
  officeAgencyById: ReadonlyMap<string, string | null>;
  /** Schedule codes that exist, of those the file names. */
  scheduleCodes: ReadonlySet<string>;
  storedByNip: ReadonlyMap<string, StoredEmployee>;
  canWrite: (agencyId: string) => boolean;
  /** Whether the caller may hand out the offices of that agency (office.write). */
  canWriteOffices: (agencyId: string) => boolean;
  /** YYYY-MM-DD: a NIP's birth date or service start may not lie after it. */
  today?: string;
  newId: () => string;
};

export type PlannedEmployee = {
  row: number;
  isNew: boolean;
  values: {
    id: string;
    nip: string;
    frontTitle: string | null;
    name: string;
    backTitle: string | null;
    status: string;
    rank: string;
    gender: string;
    agencyId: string;
    positionId: string | null;
    schedule: string;
    tppIndividual: number | null;
    annualLeaveCarry: number;
    active: boolean;
  };
  /** Allowed offices in order; undefined keeps the stored ones. */
  officeIds: string[] | undefined;
};

type Input = { row: number; data: EmployeeImportRow };

const factColumn = { nip: 'nip', rank: 'rank', gender: 'gender' } as const;

export function planEmployeeImport(
  rows: readonly Input[],
  ctx: EmployeeImportContext,
): { errors: ImportError[]; plan: PlannedEmployee[] } {
  const errors: ImportError[] = [];
  const plan: PlannedEmployee[] = [];
  const firstRowOf = new Map<string, number>();

  for (const { row, data } of rows) {
    const before = errors.length;
    const report = (column: string, reason: string) => errors.push({ row, column, reason });

    const first = firstRowOf.get(data.nip);
    if (first !== undefined) {
      report('nip', `NIP ganda: sama dengan baris ${first}`);
      continue;
    }
    firstRowOf.set(data.nip, row);
    for (const p of checkEmployeeFacts(data, ctx.today)) report(factColumn[p.field], p.message);

    const stored = ctx.storedByNip.get(data.nip);
    let positionId = data.positionCode === undefined ? (stored?.positionId ?? null) : null;
    let positionAgency = positionId ? ctx.positionAgencyById.get(positionId) : undefined;
    if (data.positionCode) {
      const position = ctx.positionByCode.get(data.positionCode);
      if (!position) report('position_code', `jabatan ${data.positionCode} tidak ditemukan`);
      positionId = position?.id ?? null;
      positionAgency = position?.agencyId;
    }

    let agencyId: string | undefined;
    if (data.agencyCode) {
      agencyId = ctx.agencyIdByCode.get(data.agencyCode);
      if (!agencyId) report('agency_code', `OPD dengan kode ${data.agencyCode} tidak ditemukan`);
    } else {
      agencyId = positionAgency ?? stored?.agencyId;
      if (!agencyId && errors.length === before) {
        report('agency_code', 'wajib diisi bila position_code kosong');
      }
    }
    if (agencyId && positionAgency && positionAgency !== agencyId) {
      report(
        'position_code',
        data.positionCode
          ? `jabatan ${data.positionCode} bukan jabatan di OPD ini`
          : 'jabatan lama bukan di OPD ini: isi position_code',
      );
    }
    if (agencyId && (!ctx.canWrite(agencyId) || (stored && !ctx.canWrite(stored.agencyId)))) {
      report('agency_code', 'Anda tidak berwenang mengubah pegawai OPD ini');
    }

    let officeIds: string[] | undefined;
    if (data.officeCodes !== undefined) {
      officeIds = [];
      for (const code of data.officeCodes ?? []) {
        const id = ctx.officeIdByCode.get(code);
        if (!id) {
          report('office_codes', `kantor ${code} tidak ditemukan`);
          continue;
        }
        // As in the API: the agency's own or a shared office, else the caller must manage
        // the office's agency.
        const owner = ctx.officeAgencyById.get(id) ?? null;
        if (agencyId && owner && owner !== agencyId && !ctx.canWriteOffices(owner)) {
          report('office_codes', `kantor ${code} milik OPD lain`);
        }
        officeIds.push(id);
      }
    }
    if (data.schedule && !ctx.scheduleCodes.has(data.schedule)) {
      report('schedule', `jadwal kerja ${data.schedule} tidak ditemukan`);
    }

    if (errors.length > before || !agencyId) continue;
    plan.push({
      row,
      isNew: !stored,
      values: {
        id: stored?.id ?? ctx.newId(),
        nip: data.nip,
        frontTitle: data.frontTitle === undefined ? (stored?.frontTitle ?? null) : data.frontTitle,
        name: data.name,
        backTitle: data.backTitle === undefined ? (stored?.backTitle ?? null) : data.backTitle,
        status: data.status,
        rank: data.rank,
        gender: data.gender,
        agencyId,
        positionId,
        schedule: data.schedule ?? stored?.schedule ?? 'standard',
        tppIndividual:
          data.tppIndividual === undefined ? (stored?.tppIndividual ?? null) : data.tppIndividual,
        annualLeaveCarry: data.annualLeaveCarry ?? stored?.annualLeaveCarry ?? 0,
        active: data.active ?? stored?.active ?? true,
      },
      officeIds,
    });
  }
  return { errors, plan };
}
