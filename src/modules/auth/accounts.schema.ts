import { z } from 'zod';
import { grantedRoles } from './actor';

const password = z.string().min(1, 'wajib diisi').max(200);
const roles = z
  .array(z.enum(grantedRoles))
  .max(grantedRoles.length)
  .transform((r) => [...new Set(r)]);

/**
 * A new account: for an employee (the username is their NIP, the label their name) or a
 * non-employee account (finance, inspectorate, admins) with a username and granted roles.
 */
export const createAccountBody = z
  .object({
    employeeId: z.uuid().optional(),
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,50}$/, '3–50 huruf kecil, angka, titik, garis bawah atau strip')
      // Eighteen digits is a NIP: kept free for the employee account it belongs to.
      .refine((u) => !/^\d{18}$/.test(u), 'NIP hanya untuk akun pegawai')
      .optional(),
    label: z.string().trim().min(1, 'wajib diisi').max(200).optional(),
    password,
    roles: roles.default([]),
    /** The agency an admin_opd administers. */
    agencyId: z.uuid().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const issue = (field: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [field], message });
    if (v.employeeId) {
      if (v.username) issue('username', 'tidak diisi untuk akun pegawai: nama pengguna = NIP');
      if (v.label) issue('label', 'tidak diisi untuk akun pegawai: nama diambil dari data pegawai');
    } else {
      if (!v.username) issue('username', 'wajib diisi untuk akun non-pegawai');
      if (!v.label) issue('label', 'wajib diisi untuk akun non-pegawai');
      if (v.roles.length === 0) issue('roles', 'akun non-pegawai memerlukan minimal satu peran');
    }
    checkAgencyForRoles(v, issue);
  });

export const setRolesBody = z
  .object({ roles, agencyId: z.uuid().nullable().default(null) })
  .strict()
  .superRefine((v, ctx) =>
    checkAgencyForRoles(v, (field, message) =>
      ctx.addIssue({ code: 'custom', path: [field], message }),
    ),
  );

function checkAgencyForRoles(
  v: { roles: string[]; agencyId?: string | null },
  issue: (field: string, message: string) => void,
): void {
  const adminOpd = v.roles.includes('admin_opd');
  if (adminOpd && !v.agencyId) issue('agencyId', 'wajib diisi untuk peran admin_opd');
  if (!adminOpd && v.agencyId) issue('agencyId', 'hanya diisi untuk peran admin_opd');
}

export const resetPasswordBody = z.object({ password }).strict();

export const accountIdParams = z.object({ id: z.uuid() }).strict();

export const listAccountsQuery = z
  .object({
    /** Accounts of this agency's employees; admin_opd always gets its own agency. */
    agencyId: z.uuid().optional(),
    /** Part of the username (NIP) or the name. */
    q: z.string().trim().min(1).max(100).optional(),
    active: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const accountView = z.object({
  id: z.string(),
  username: z.string(),
  label: z.string(),
  employeeId: z.string().nullable(),
  employeeAgencyId: z.string().nullable(),
  roles: z.array(z.string()),
  agencyId: z.string().nullable(),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  passwordChangedAt: z.string(),
  createdAt: z.string(),
});

export const accountList = z.object({
  items: z.array(accountView),
  total: z.number().int(),
});

export type AccountView = z.infer<typeof accountView>;
export type CreateAccountInput = z.infer<typeof createAccountBody>;
export type ListAccountsQuery = z.infer<typeof listAccountsQuery>;
