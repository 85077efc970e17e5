import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import { ApiError, NetworkError } from '../api/http';

/** The sentence to show for a failure: the server's own Indonesian message when it gave one. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.isMissingRoute) return i18next.t('common.notAvailable');
    return err.message || i18next.t('common.errorGeneric');
  }
  if (err instanceof NetworkError) return i18next.t('common.offlineError');
  return i18next.t('common.errorGeneric');
}

export function notifyError(err: unknown): void {
  notifications.show({
    color: 'red',
    title: i18next.t('common.failed'),
    message: errorMessage(err),
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message });
}

/** Field errors from a validation_failed answer: `details.fields[].field`. */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const fields = (err.details as { fields?: Array<{ field: string; message: string }> } | undefined)
    ?.fields;
  return Object.fromEntries((fields ?? []).map((f) => [f.field, f.message]));
}
