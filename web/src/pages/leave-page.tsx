import {
  Alert,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { leaveKindSchema, leaveRequestBody } from '../../../src/modules/leave/leave.schema';
import { itemsOf, leaveApi } from '../api/endpoints';
import { useEmployeeZone } from '../attendance/use-zone';
import { PageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { StatusBadge } from '../components/status-badge';
import { formatDate, todayIn } from '../lib/format';
import { errorMessage, notifySuccess } from '../lib/notify';
import { validate } from '../lib/zod-form';

/** Leave requests: my balance, a new request, and the answers to earlier ones. */
export default function LeavePage() {
  const { t } = useTranslation();
  const balance = useQuery({ queryKey: ['leave', 'balance'], queryFn: leaveApi.balance });
  const mine = useQuery({ queryKey: ['leave', 'mine'], queryFn: leaveApi.mine });

  return (
    <Stack maw={640} mx="auto">
      <PageTitle>{t('leave.title')}</PageTitle>
      <Card withBorder>
        <QueryState
          isPending={balance.isPending}
          error={balance.error}
          onRetry={() => balance.refetch()}
        >
          <Text size="lg">
            {t('leave.balance', {
              days: balance.data?.remaining ?? 0,
              year: balance.data?.year ?? '',
            })}
          </Text>
          {balance.data?.cutiBersama != null && (
            <Text size="sm" c="dimmed">
              {t('leave.balanceHint', { cutiBersama: balance.data.cutiBersama })}
            </Text>
          )}
        </QueryState>
      </Card>
      <LeaveForm />
      <Text fw={700} size="lg">
        {t('leave.mine')}
      </Text>
      <QueryState isPending={mine.isPending} error={mine.error} onRetry={() => mine.refetch()}>
        {itemsOf(mine.data).length === 0 && <Text c="dimmed">{t('leave.empty')}</Text>}
        {itemsOf(mine.data).map((r) => (
          <Card withBorder key={r.id}>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={700}>{t(`leaveKind.${r.kind}`, { defaultValue: r.kind })}</Text>
              <StatusBadge status={r.status} />
            </Group>
            <Text>
              {formatDate(r.from, { weekday: false })} – {formatDate(r.to, { weekday: false })} ·{' '}
              {t('leave.workingDays', { count: r.workingDays })}
            </Text>
            {r.decisionNote && (
              <Text size="sm" c="dimmed">
                {t('leave.note')}: {r.decisionNote}
              </Text>
            )}
          </Card>
        ))}
      </QueryState>
    </Stack>
  );
}

function LeaveForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = todayIn(useEmployeeZone());
  const [kind, setKind] = useState<string | null>('annual');
  const [fromDate, setFrom] = useState(today);
  const [toDate, setTo] = useState(today);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const request = useMutation({
    mutationFn: leaveApi.request,
    onSuccess: () => {
      notifySuccess(t('leave.sent'));
      setReason('');
      void queryClient.invalidateQueries({ queryKey: ['leave'] });
    },
  });

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const result = validate(leaveRequestBody, {
      kind,
      from: fromDate,
      to: toDate,
      reason: reason || undefined,
    });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    request.mutate(result.data);
  }

  return (
    <Card withBorder>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Select
            label={t('leave.kind')}
            data={leaveKindSchema.options.map((k) => ({ value: k, label: t(`leaveKind.${k}`) }))}
            value={kind}
            onChange={setKind}
            error={errors.kind}
            allowDeselect={false}
          />
          <Group grow>
            <TextInput
              type="date"
              label={t('leave.from')}
              value={fromDate}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={errors.from}
            />
            <TextInput
              type="date"
              label={t('leave.to')}
              value={toDate}
              min={fromDate}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={errors.to}
            />
          </Group>
          <Textarea
            label={t('leave.reason')}
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
          />
          {request.error && <Alert color="red">{errorMessage(request.error)}</Alert>}
          <Button type="submit" loading={request.isPending} disabled={request.isPending}>
            {t('leave.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
