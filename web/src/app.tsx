import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { ApiError, NetworkError } from './api/http';
import { PageLoader } from './components/page-loader';
import { meQueryKey } from './lib/auth';
import { router } from './routes';
import { useSettings } from './theme/settings';
import { buildTheme } from './theme/theme';

/** A 401 anywhere means the session ended: ask "who am I" again, which leads to the login. */
function onAnyError(err: unknown) {
  if (err instanceof ApiError && err.status === 401) {
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAnyError }),
  mutationCache: new MutationCache({ onError: onAnyError }),
  defaultOptions: {
    queries: {
      // Only a missing answer is worth retrying; a refusal will say the same again.
      retry: (count, err) => err instanceof NetworkError && count < 2,
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Reads run even when the browser says offline: it is often wrong on patchy data,
      // and the offline cache answers when the request really fails.
      networkMode: 'always',
    },
    mutations: { networkMode: 'always', retry: false },
  },
});

export function App() {
  const settings = useSettings();
  const theme = useMemo(() => buildTheme(settings.highContrast), [settings.highContrast]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-center" limit={3} />
      <QueryClientProvider client={queryClient}>
        <Suspense fallback={<PageLoader />}>
          <RouterProvider router={router} />
        </Suspense>
      </QueryClientProvider>
    </MantineProvider>
  );
}
