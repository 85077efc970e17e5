/** Roles granted to accounts. `atasan` is never granted: it follows from the position tree. */
export const grantedRoles = ['admin_opd', 'admin_bkpsdm', 'keuangan', 'inspektorat'] as const;
export type GrantedRole = (typeof grantedRoles)[number];
export type Role = GrantedRole | 'pegawai' | 'atasan';

/** Who is calling, resolved from the session on every request. */
export type Actor = {
  accountId: string;
  username: string;
  label: string;
  roles: GrantedRole[];
  /** Agency an admin_opd administers. */
  adminAgencyId: string | null;
  /** Set when the account belongs to an employee (role pegawai). */
  employeeId: string | null;
  employeeAgencyId: string | null;
  ip: string;
};

/** The system itself (demo seeding, scenario runner set-up, CLI import) acting as admin. */
export function systemActor(label = 'system'): Actor {
  return {
    accountId: '00000000-0000-0000-0000-000000000000',
    username: label,
    label,
    roles: ['admin_bkpsdm'],
    adminAgencyId: null,
    employeeId: null,
    employeeAgencyId: null,
    ip: '127.0.0.1',
  };
}
