import { z } from 'zod';
import { nameSchema, pageQueryShape, positionRef } from './org.schema';

/**
 * Employee request and response schemas. The NIP is only shape-checked here: its parts
 * are checked by validateNip in the service, which needs the status (PNS/PPPK) and names
 * the wrong part. The rank is checked against the status there too, since a PATCH may
 * change either one.
 */

const titleSchema = z.string().trim().max(60).nullable().optional();

export const EMPLOYEE_STATUSES = ['PNS', 'PPPK'] as const;
export const GENDERS = ['L', 'P'] as const;

export const employeeCreateBody = z
  .object({
    /** Spaces are dropped, so the grouped form "19870315 201001 1 002" is accepted. */
    nip: z
      .string()
      .max(40)
      .transform((s) => s.replace(/\s+/g, ''))
      .pipe(z.string().min(1, 'wajib diisi')),
    frontTitle: titleSchema,
    name: nameSchema,
    backTitle: titleSchema,
    status: z.enum(EMPLOYEE_STATUSES),
    rank: z.string().trim().min(1, 'wajib diisi').max(10),
    gender: z.enum(GENDERS),
    agencyId: z.guid(),
    positionId: z.guid().nullable().optional(),
    /** Allowed offices in order; the first one's zone is the employee's zone. */
    officeIds: z
      .array(z.guid())
      .max(20)
      .refine((ids) => new Set(ids).size === ids.length, 'kantor tidak boleh berulang')
      .optional(),
    /** Schedule code, e.g. `standard` or `shift`. */
    schedule: z
      .string()
      .trim()
      .regex(/^[a-z0-9_-]{1,40}$/, 'kode jadwal: huruf kecil, angka, - atau _')
      .optional(),
    /** Individual monthly TPP base in whole rupiah; null = from the kelas jabatan table. */
    tppIndividual: z.number().int().min(0).max(1_000_000_000).nullable().optional(),
    annualLeaveCarry: z.number().int().min(0, 'minimal 0').max(6, 'maksimal 6').optional(),
    active: z.boolean().optional(),
  })
  .strict();

export const employeePatchBody = employeeCreateBody.partial().strict();
export type EmployeeCreate = z.infer<typeof employeeCreateBody>;
export type EmployeePatch = z.infer<typeof employeePatchBody>;

export const employeeListQuery = z
  .object({
    ...pageQueryShape,
    agencyId: z.guid().optional(),
    positionId: z.guid().optional(),
    active: z.enum(['true', 'false']).optional(),
  })
  .strict();

export const employeeResponse = z.object({
  id: z.string(),
  nip: z.string(),
  frontTitle: z.string().nullable(),
  name: z.string(),
  backTitle: z.string().nullable(),
  /** Name with academic titles, as printed on letters. */
  displayName: z.string(),
  status: z.string(),
  rank: z.string(),
  gender: z.string(),
  agencyId: z.string(),
  positionId: z.string().nullable(),
  officeIds: z.array(z.string()),
  schedule: z.string(),
  tppIndividual: z.number().int().nullable(),
  annualLeaveCarry: z.number().int(),
  active: z.boolean(),
});

const personRef = z.object({
  id: z.string(),
  nip: z.string(),
  displayName: z.string(),
  positionId: z.string().nullable(),
});

/** One employee with the derived supervisor(s) on today's date and the position path. */
export const employeeDetailResponse = employeeResponse.extend({
  position: positionRef.nullable(),
  positionPath: z.array(positionRef),
  supervisors: z.array(personRef),
});
