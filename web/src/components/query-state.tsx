import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockHour4, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';
import { errorMessage } from '../lib/notify';

type Props = {
  isPending: boolean;
  error: unknown;
  onRetry?: () => void;
  /** Shown instead of the generic notice when the server has no such route yet. */
  missingLabel?: string;
  children: ReactNode;
};

/** Loading, error and "not available yet" states in one place, so no screen is a dead end. */
export function QueryState({ isPending, error, onRetry, missingLabel, children }: Props) {
  const { t } = useTranslation();
  if (isPending) {
    return (
      <Center py="xl" aria-live="polite">
        <Stack align="center" gap="xs">
          <Loader />
          <Text c="dimmed">{t('common.loading')}</Text>
        </Stack>
      </Center>
    );
  }
  if (error) {
    if (error instanceof ApiError && error.isMissingRoute) {
      return (
        <Alert icon={<IconClockHour4 />} color="gray" title={t('common.notAvailableTitle')}>
          {missingLabel ?? t('common.notAvailable')}
        </Alert>
      );
    }
    return (
      <Alert icon={<IconAlertTriangle />} color="red" title={t('common.failed')}>
        <Stack gap="sm">
          <Text>{errorMessage(error)}</Text>
          {onRetry && (
            <Button variant="white" color="red" leftSection={<IconRefresh />} onClick={onRetry}>
              {t('common.retry')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return <>{children}</>;
}
