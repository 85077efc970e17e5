import { Alert, Button, Card, PasswordInput, Stack, Switch, Text, Title } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { changePasswordBody } from '../../../src/modules/auth/auth.schema';
import { authApi } from '../api/endpoints';
import { LanguageSwitch } from '../components/language-switch';
import { PageTitle } from '../components/page-title';
import { meQueryKey } from '../lib/auth';
import { errorMessage, notifyError, notifySuccess } from '../lib/notify';
import { forgetCached } from '../lib/offline-cache';
import { validate } from '../lib/zod-form';
import { updateSettings, useSettings } from '../theme/settings';

/** Display preferences (language, large text, contrast), password and logout. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const logout = useMutation({
    mutationFn: authApi.logout,
    onSuccess: async () => {
      await forgetCached('me');
      await forgetCached('today');
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
      navigate('/masuk', { replace: true });
    },
    onError: notifyError,
  });

  return (
    <Stack maw={560} mx="auto">
      <PageTitle>{t('settings.title')}</PageTitle>
      <Card withBorder>
        <Stack>
          <Title order={3} size="h4">
            {t('settings.display')}
          </Title>
          <LanguageSwitch />
          <Switch
            label={t('settings.largeText')}
            description={t('settings.largeTextHint')}
            checked={settings.largeText}
            onChange={(e) => updateSettings({ largeText: e.currentTarget.checked })}
          />
          <Switch
            label={t('settings.highContrast')}
            description={t('settings.highContrastHint')}
            checked={settings.highContrast}
            onChange={(e) => updateSettings({ highContrast: e.currentTarget.checked })}
          />
        </Stack>
      </Card>
      <ChangePasswordCard />
      <Button
        color="red"
        variant="light"
        leftSection={<IconLogout />}
        onClick={() => logout.mutate()}
        loading={logout.isPending}
        disabled={logout.isPending}
      >
        {t('settings.logout')}
      </Button>
    </Stack>
  );
}

function ChangePasswordCard() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = useMutation({
    mutationFn: authApi.changePassword,
    onSuccess: () => {
      setCurrent('');
      setNew('');
      notifySuccess(t('settings.passwordChanged'));
    },
  });

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const result = validate(changePasswordBody, { currentPassword, newPassword });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    change.mutate(result.data);
  }

  return (
    <Card withBorder>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Title order={3} size="h4">
            {t('settings.password')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.passwordHint')}
          </Text>
          <PasswordInput
            label={t('settings.currentPassword')}
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={errors.currentPassword && t('common.required')}
          />
          <PasswordInput
            label={t('settings.newPassword')}
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNew(e.currentTarget.value)}
            error={errors.newPassword && t('common.required')}
          />
          {change.error && <Alert color="red">{errorMessage(change.error)}</Alert>}
          <Button type="submit" loading={change.isPending} disabled={change.isPending}>
            {t('settings.changePassword')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
