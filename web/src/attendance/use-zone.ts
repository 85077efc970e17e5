import { useQuery } from '@tanstack/react-query';
import { attendanceApi } from '../api/endpoints';
import { useMe } from '../lib/auth';
import { DEFAULT_ZONE } from '../lib/format';
import { cachedRead } from '../lib/offline-cache';

/** Today's status (shared with the home screen's query) for the employee's zone. */
export function useToday() {
  const me = useMe();
  return useQuery({
    queryKey: ['attendance', 'today'],
    queryFn: () => cachedRead('today', attendanceApi.today),
    enabled: !!me.data?.employeeId,
  });
}

/** The employee's zone: that of their first allowed office, as the server says. */
export function useEmployeeZone(): string {
  return useToday().data?.data.timezone ?? DEFAULT_ZONE;
}
