import { Alert, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemsOf, leaveApi } from '../../api/endpoints';
import type { LeaveRequest } from '../../api/types';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { formatDate } from '../../lib/format';
import { errorMessage, notifySuccess } from '../../lib/notify';
import { reasonSchema } from '../../schemas/report.schema';

/** Leave requests of my direct subordinates waiting for my decision. */
export default function LeaveApprovalsPage() {
  const { t } = useTranslation();
  const pending = useQuery({ queryKey: ['leave', 'pending'], queryFn: leaveApi.pending });
  const list = itemsOf(pending.data);
  return (
    <Stack maw={720} mx="auto">
      <PageTitle>{t('leaveApprovals.title')}</PageTitle>
      <QueryState
        isPending={pending.isPending}
        error={pending.error}
        onRetry={() => pending.refetch()}
      >
        {list.length === 0 && <Alert color="green">{t('leaveApprovals.empty')}</Alert>}
        {list.map((r) => (
          <LeaveCard key={r.id} request={r} />
        ))}
      </QueryState>
    </Stack>
  );
}

type Props = { request: LeaveRequest };

function LeaveCard({ request }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = useMutation({
    mutationFn: (decision: 'approve' | 'refuse') =>
      leaveApi.decide(request.id, { decision, note: note || undefined }),
    onSuccess: (_r, decision) => {
      notifySuccess(
        t(decision === 'approve' ? 'leaveApprovals.approved' : 'leaveApprovals.refused'),
      );
      void queryClient.invalidateQueries({ queryKey: ['leave'] });
    },
  });

  function handleRefuse() {
    if (!reasonSchema.safeParse(note).success) return setError(t('verify.reasonRequired'));
    setError(null);
    decide.mutate('refuse');
  }

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={700}>{request.employee?.name ?? request.employeeId}</Text>
        <Text>
          {t(`leaveKind.${request.kind}`, { defaultValue: request.kind })} ·{' '}
          {formatDate(request.from, { weekday: false })} –{' '}
          {formatDate(request.to, { weekday: false })} ·{' '}
          {t('leave.workingDays', { count: request.workingDays })}
        </Text>
        {request.reason && <Text c="dimmed">{request.reason}</Text>}
        <TextInput
          label={t('leaveApprovals.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={error}
        />
        {decide.error && <Alert color="red">{errorMessage(decide.error)}</Alert>}
        <Group grow>
          <Button color="red" variant="light" onClick={handleRefuse} disabled={decide.isPending}>
            {t('leaveApprovals.refuse')}
          </Button>
          <Button
            color="green"
            onClick={() => decide.mutate('approve')}
            loading={decide.isPending}
            disabled={decide.isPending}
          >
            {t('leaveApprovals.approve')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
