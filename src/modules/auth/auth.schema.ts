import { z } from 'zod';

export const loginBody = z
  .object({
    username: z.string().trim().min(1, 'wajib diisi').max(100),
    password: z.string().min(1, 'wajib diisi').max(200),
  })
  .strict();

export const changePasswordBody = z
  .object({
    currentPassword: z.string().min(1, 'wajib diisi').max(200),
    newPassword: z.string().min(1, 'wajib diisi').max(200),
  })
  .strict();

export const meResponse = z.object({
  accountId: z.string(),
  username: z.string(),
  label: z.string(),
  roles: z.array(z.string()),
  adminAgencyId: z.string().nullable(),
  employeeId: z.string().nullable(),
  employeeAgencyId: z.string().nullable(),
  isSupervisor: z.boolean(),
});

export const okResponse = z.object({ ok: z.literal(true) });
