import { useQuery } from '@tanstack/react-query';
import { platformApi } from '../api/endpoints';

/**
 * The server's public settings (map tiles, default zone). They change only with a server
 * restart, so one answer per page load is enough.
 */
export function useClientConfig() {
  return useQuery({
    queryKey: ['client-config'],
    queryFn: platformApi.clientConfig,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
