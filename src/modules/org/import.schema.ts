import { z } from 'zod';
import { EMPLOYEE_STATUSES, GENDERS } from './employee.schema';
import { codeSchema } from './org.schema';
import { KELAS_JABATAN_MAX, KELAS_JABATAN_MIN, positionTypeSchema } from './rules/rank.rules';

/**
 * The import of positions and employees: the spreadsheet columns, the row schemas the
 * service validates (the same for a parsed file and for the demo loader's objects) and
 * the HTTP body and report.
 *
 * In a row object, a field left undefined keeps the stored value on update (or takes the
 * default on insert); null clears a nullable field. A parsed file gives null for an empty
 * cell and undefined for a column the file does not have.
 */

export type ColumnKind = 'text' | 'int' | 'bool' | 'list';
export type Column = { name: string; field: string; kind: ColumnKind; required: boolean };

const col = (name: string, field: string, kind: ColumnKind, required = false): Column => ({
  name,
  field,
  kind,
  required,
});

/** Position file: one row per position, upserted by `code`. */
export const POSITION_COLUMNS: readonly Column[] = [
  col('code', 'code', 'text', true),
  col('name', 'name', 'text', true),
  col('type', 'type', 'text', true),
  col('kelas_jabatan', 'kelasJabatan', 'int', true),
  col('parent_code', 'parentCode', 'text'),
  col('agency_code', 'agencyCode', 'text', true),
  col('unit_code', 'unitCode', 'text'),
  col('shift_based', 'shiftBased', 'bool'),
];

/** Employee file: one row per employee, upserted by `nip`. */
export const EMPLOYEE_COLUMNS: readonly Column[] = [
  col('nip', 'nip', 'text', true),
  col('front_title', 'frontTitle', 'text'),
  col('name', 'name', 'text', true),
  col('back_title', 'backTitle', 'text'),
  col('status', 'status', 'text', true),
  col('rank', 'rank', 'text', true),
  col('gender', 'gender', 'text', true),
  col('agency_code', 'agencyCode', 'text'),
  col('position_code', 'positionCode', 'text'),
  col('office_codes', 'officeCodes', 'list'),
  col('schedule', 'schedule', 'text'),
  col('tpp_individual', 'tppIndividual', 'int'),
  col('annual_leave_carry', 'annualLeaveCarry', 'int'),
  col('active', 'active', 'bool'),
];

/** Spreadsheet column of a row field, for the report. */
export function columnOf(columns: readonly Column[], field: string): string {
  return columns.find((c) => c.field === field)?.name ?? field;
}

const upper = (s: string) => s.trim().toUpperCase();
/** "iii/A" → "III/a"; PPPK grades are roman numerals only. */
const normaliseRank = (s: string) =>
  s
    .trim()
    .replace(/^([ivxIVX]+)(?:\s*\/\s*([a-eA-E]))?$/, (_m, roman: string, letter?: string) =>
      letter ? `${roman.toUpperCase()}/${letter.toLowerCase()}` : roman.toUpperCase(),
    );
const optionalCode = codeSchema.nullish();

export const positionImportRow = z
  .object({
    code: codeSchema,
    name: z.string().trim().min(1, 'wajib diisi').max(200),
    type: z
      .string()
      .transform((s) => s.trim().toLowerCase())
      .pipe(positionTypeSchema),
    kelasJabatan: z
      .number('harus berupa angka')
      .int('harus bilangan bulat')
      .min(KELAS_JABATAN_MIN, `kelas jabatan ${KELAS_JABATAN_MIN}–${KELAS_JABATAN_MAX}`)
      .max(KELAS_JABATAN_MAX, `kelas jabatan ${KELAS_JABATAN_MIN}–${KELAS_JABATAN_MAX}`),
    parentCode: optionalCode,
    agencyCode: codeSchema,
    unitCode: optionalCode,
    shiftBased: z.boolean('isi ya/tidak').nullish(),
  })
  .strict();

export const employeeImportRow = z
  .object({
    // An 18-digit number does not fit a spreadsheet number: it arrives rounded.
    nip: z
      .string({
        error: (iss) =>
          iss.input == null ? 'wajib diisi' : 'NIP harus diketik sebagai teks, bukan angka',
      })
      .transform((s) => s.replace(/\s+/g, ''))
      .pipe(z.string().min(1, 'wajib diisi')),
    frontTitle: z.string().trim().max(60).nullish(),
    name: z.string().trim().min(1, 'wajib diisi').max(200),
    backTitle: z.string().trim().max(60).nullish(),
    status: z.string().transform(upper).pipe(z.enum(EMPLOYEE_STATUSES, 'PNS atau PPPK')),
    rank: z.string().min(1, 'wajib diisi').transform(normaliseRank),
    gender: z.string().transform(upper).pipe(z.enum(GENDERS, 'L atau P')),
    /** Optional when the position is given: the position's agency. */
    agencyCode: optionalCode,
    positionCode: optionalCode,
    officeCodes: z
      .array(codeSchema)
      .max(20)
      .refine((c) => new Set(c).size === c.length, 'kantor tidak boleh berulang')
      .nullish(),
    schedule: z
      .string()
      .trim()
      .regex(/^[a-z0-9_-]{1,40}$/, 'kode jadwal: huruf kecil, angka, - atau _')
      .nullish(),
    tppIndividual: z.number('harus berupa angka').int().min(0).max(1_000_000_000).nullish(),
    annualLeaveCarry: z
      .number('harus berupa angka')
      .int()
      .min(0, 'minimal 0')
      .max(6, 'maksimal 6')
      .nullish(),
    active: z.boolean('isi ya/tidak').nullish(),
  })
  .strict();

/** `row`: the 1-based spreadsheet row (header = 1); defaults to the index + 2. */
export type PositionImportInput = z.input<typeof positionImportRow> & { row?: number };
export type EmployeeImportInput = z.input<typeof employeeImportRow> & { row?: number };
export type PositionImportRow = z.output<typeof positionImportRow>;
export type EmployeeImportRow = z.output<typeof employeeImportRow>;

export type ImportError = { row: number; column: string; reason: string };
export type ImportReport = { ok: boolean; created: number; updated: number; errors: ImportError[] };
export type ImportOptions = {
  /** Write the good rows even when some rows are bad. */
  partial?: boolean;
  /** Recorded in the audit row. */
  filename?: string;
  /** The app clock, for the audit row; omitted, the database's now(). */
  now?: Date;
};

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const importBody = z
  .object({
    /** `.csv` or `.xlsx`; decides how the content is read. */
    filename: z
      .string()
      .trim()
      .max(200)
      .regex(/\.(csv|xlsx)$/i, 'berkas harus .csv atau .xlsx'),
    contentBase64: z
      .string()
      .min(1, 'berkas kosong')
      .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, 'berkas maksimal 5 MB'),
    /** Write the good rows even when some rows are bad. */
    partial: z.boolean().optional(),
  })
  .strict();

export const importReportResponse = z.object({
  ok: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), reason: z.string() })),
});
