import { z } from 'zod';
import { KELAS_JABATAN_MAX, KELAS_JABATAN_MIN, positionTypeSchema } from './rules/rank.rules';
import { tppTableProblems } from './rules/tpp-class.rules';

/**
 * Request and response schemas of the organisation module (agencies, units, positions,
 * acting assignments, the kelas jabatan table), shared with the web client. Request
 * objects are strict: an unknown field is refused and named, never silently dropped.
 */

export const idParams = z.object({ id: z.guid('harus berupa UUID') }).strict();

/** Codes appear in spreadsheets and URLs: letters, digits and a few separators. */
export const codeSchema = z
  .string()
  .trim()
  .min(1, 'wajib diisi')
  .max(40, 'maksimal 40 karakter')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'hanya huruf, angka, titik, garis bawah, - dan /');

export const nameSchema = z.string().trim().min(1, 'wajib diisi').max(200);

/** Search and paging shared by every list: `q` over name/code (and NIP for employees). */
export const pageQueryShape = {
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

export const okResponse = z.object({ ok: z.literal(true) });

// ── agencies and units ─────────────────────────────────────────────────────────────

export const AGENCY_KINDS = [
  'sekretariat',
  'inspektorat',
  'dinas',
  'badan',
  'kantor',
  'satpol',
  'rsud',
  'puskesmas',
  'sekolah',
  'kecamatan',
  'kelurahan',
  'lainnya',
] as const;

export const agencyCreateBody = z
  .object({
    code: codeSchema,
    name: nameSchema,
    kind: z.enum(AGENCY_KINDS),
    parentId: z.guid().nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict();
export const agencyPatchBody = agencyCreateBody.partial().strict();

export const agencyListQuery = z.object({ ...pageQueryShape }).strict();

export const unitBody = z.object({ code: codeSchema, name: nameSchema }).strict();
export const unitPatchBody = unitBody.partial().strict();

export const unitResponse = z.object({
  id: z.string(),
  agencyId: z.string(),
  code: z.string(),
  name: z.string(),
});

export const agencyResponse = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  parentId: z.string().nullable(),
  active: z.boolean(),
});
export const agencyDetailResponse = agencyResponse.extend({ units: z.array(unitResponse) });

// ── positions ──────────────────────────────────────────────────────────────────────

const kelasJabatan = z
  .number()
  .int()
  .min(KELAS_JABATAN_MIN, `kelas jabatan ${KELAS_JABATAN_MIN}–${KELAS_JABATAN_MAX}`)
  .max(KELAS_JABATAN_MAX, `kelas jabatan ${KELAS_JABATAN_MIN}–${KELAS_JABATAN_MAX}`);

export const positionCreateBody = z
  .object({
    code: codeSchema,
    name: nameSchema,
    type: positionTypeSchema,
    kelasJabatan,
    agencyId: z.guid(),
    unitId: z.guid().nullable().optional(),
    parentId: z.guid().nullable().optional(),
    shiftBased: z.boolean().optional(),
  })
  .strict();
export const positionPatchBody = positionCreateBody.partial().strict();

export const positionListQuery = z
  .object({
    ...pageQueryShape,
    agencyId: z.guid().optional(),
    unitId: z.guid().optional(),
    parentId: z.guid().optional(),
  })
  .strict();

export const positionRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const positionResponse = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.string(),
  kelasJabatan: z.number().int(),
  agencyId: z.string(),
  unitId: z.string().nullable(),
  parentId: z.string().nullable(),
  shiftBased: z.boolean(),
});
/** One position with its path from the top of the tree down to itself. */
export const positionDetailResponse = positionResponse.extend({ path: z.array(positionRef) });

// ── acting assignments (Plt / Plh) ─────────────────────────────────────────────────

export const actingCreateBody = z
  .object({
    positionId: z.guid(),
    employeeId: z.guid(),
    kind: z.enum(['plt', 'plh']),
    fromDate: z.iso.date('tanggal YYYY-MM-DD'),
    toDate: z.iso.date('tanggal YYYY-MM-DD').nullable().optional(),
  })
  .strict();
export const actingPatchBody = actingCreateBody
  .pick({ kind: true, fromDate: true, toDate: true })
  .partial()
  .strict();

export const actingListQuery = z
  .object({
    positionId: z.guid().optional(),
    employeeId: z.guid().optional(),
    /** Only assignments in force on this date. */
    on: z.iso.date().optional(),
  })
  .strict();

export const actingResponse = z.object({
  id: z.string(),
  positionId: z.string(),
  employeeId: z.string(),
  kind: z.string(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
});

// ── kelas jabatan → TPP base ───────────────────────────────────────────────────────

const tppClassRow = z
  .object({
    kelas: kelasJabatan,
    /** Monthly base in whole rupiah. */
    amount: z.number().int('harus bilangan bulat rupiah').min(1, 'harus > 0').max(1_000_000_000),
  })
  .strict();

/** The whole table: every kelas 1–17 exactly once (a PUT replaces the table). */
export const tppClassesBody = z
  .object({ items: z.array(tppClassRow) })
  .strict()
  .superRefine((b, ctx) => {
    for (const p of tppTableProblems(b.items)) {
      if (p.field === 'items') ctx.addIssue({ code: 'custom', message: p.reason, path: ['items'] });
    }
  });

export const tppClassesResponse = z.object({
  items: z.array(z.object({ kelas: z.number().int(), amount: z.number().int() })),
});
