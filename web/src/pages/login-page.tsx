import {
  Alert,
  Button,
  Center,
  Image,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { loginBody } from '../../../src/modules/auth/auth.schema';
import { authApi } from '../api/endpoints';
import { flushQueue } from '../attendance/check-in-queue';
import { LanguageSwitch } from '../components/language-switch';
import { homePathOf } from '../components/nav-items';
import { capabilitiesOf, meQueryKey } from '../lib/auth';
import { errorMessage } from '../lib/notify';
import { validate } from '../lib/zod-form';

/** Login with NIP (or user name) and password: large fields, one clear error sentence. */
export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const login = useMutation({
    mutationFn: async (body: { username: string; password: string }) => {
      await authApi.login(body);
      return authApi.me();
    },
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryKey, me);
      // Check-ins kept while logged out can go now that there is a session.
      void flushQueue().catch(() => undefined);
      const next = params.get('next');
      navigate(next?.startsWith('/') ? next : homePathOf(capabilitiesOf(me)), { replace: true });
    },
  });

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const result = validate(loginBody, { username, password });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    login.mutate(result.data);
  }

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="lg" w="100%" maw={420}>
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            <Stack gap={4} align="center">
              <Image src="/icons/icon-192.png" alt="" w={64} h={64} />
              <Title order={1} size="h2">
                SIPOLIMA
              </Title>
              <Text c="dimmed" ta="center">
                {t('login.subtitle')}
              </Text>
            </Stack>
            <TextInput
              label={t('login.nip')}
              description={t('login.nipHint')}
              inputMode="numeric"
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={errors.username && t('login.nipRequired')}
              size="xl"
              name="username"
            />
            <PasswordInput
              label={t('login.password')}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password && t('login.passwordRequired')}
              size="xl"
              name="password"
            />
            {login.error && (
              <Alert color="red" role="alert">
                {errorMessage(login.error)}
              </Alert>
            )}
            <Button type="submit" size="xl" loading={login.isPending} disabled={login.isPending}>
              {t('login.submit')}
            </Button>
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
