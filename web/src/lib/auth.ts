import { useQuery } from '@tanstack/react-query';
import { authApi } from '../api/endpoints';
import { ApiError } from '../api/http';
import type { Me } from '../api/types';
import { cachedRead } from './offline-cache';

export const meQueryKey = ['me'] as const;

/**
 * Who is logged in: null when nobody is. Offline, the last answer is used, so the employee
 * who opens the app without signal still gets their home screen and can check in.
 */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        return (await cachedRead('me', authApi.me)).data;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export type Capabilities = {
  isEmployee: boolean;
  isSupervisor: boolean;
  isAgencyAdmin: boolean;
  isCityAdmin: boolean;
  isFinance: boolean;
  isAuditor: boolean;
  seesAdmin: boolean;
};

/** What the menu offers. The server still decides every request; this only hides noise. */
export function capabilitiesOf(me: Me): Capabilities {
  const has = (r: string) => me.roles.includes(r);
  const isAgencyAdmin = has('admin_opd');
  const isCityAdmin = has('admin_bkpsdm');
  const isFinance = has('keuangan');
  const isAuditor = has('inspektorat');
  return {
    isEmployee: !!me.employeeId,
    isSupervisor: me.isSupervisor,
    isAgencyAdmin,
    isCityAdmin,
    isFinance,
    isAuditor,
    seesAdmin: isAgencyAdmin || isCityAdmin || isFinance || isAuditor,
  };
}
