import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  Progress,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemsOf, tppApi } from '../../api/endpoints';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import {
  DEFAULT_ZONE,
  formatDateTime,
  formatMonth,
  formatRupiah,
  monthOf,
  shiftMonth,
  todayIn,
} from '../../lib/format';
import { errorMessage, notifySuccess } from '../../lib/notify';

/** Month close: freezes a month and computes everyone's TPP, with its progress. */
export default function MonthClosePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = monthOf(todayIn(DEFAULT_ZONE));
  const choices = Array.from({ length: 12 }, (_, i) => shiftMonth(current, -i));
  const [month, setMonth] = useState<string | null>(shiftMonth(current, -1));
  const [confirming, { open, close }] = useDisclosure(false);
  const closeMonth = useMutation({
    mutationFn: (m: string) => tppApi.close(m),
    onSuccess: (r, m) => {
      notifySuccess(
        t('monthClose.done', {
          month: formatMonth(m),
          count: r.employeeCount,
          total: formatRupiah(r.totalPaid),
        }),
      );
      void queryClient.invalidateQueries({ queryKey: ['tpp'] });
    },
  });
  const months = useQuery({
    queryKey: ['tpp', 'months'],
    queryFn: tppApi.months,
    // While a close runs, ask for its progress every two seconds.
    refetchInterval: (q) =>
      closeMonth.isPending || itemsOf(q.state.data).some((m) => m.status === 'closing')
        ? 2000
        : false,
  });
  const rows = itemsOf(months.data).sort((a, b) => b.month.localeCompare(a.month));
  const running = rows.find((m) => m.status === 'closing');
  const chosen = rows.find((m) => m.month === month);

  function handleConfirm() {
    if (!month) return;
    close();
    closeMonth.mutate(month);
  }

  return (
    <Stack maw={900}>
      <PageTitle>{t('monthClose.title')}</PageTitle>
      <Card withBorder>
        <Stack>
          <Text>{t('monthClose.intro')}</Text>
          <Group align="flex-end">
            <Select
              label={t('monthClose.month')}
              data={choices.map((m) => ({ value: m, label: formatMonth(m) }))}
              value={month}
              onChange={setMonth}
              allowDeselect={false}
              data-testid="close-month-select"
            />
            <Button
              color="red"
              onClick={open}
              disabled={!month || closeMonth.isPending || chosen?.status === 'closed'}
              loading={closeMonth.isPending}
            >
              {t('monthClose.close')}
            </Button>
          </Group>
          {chosen?.status === 'closed' && (
            <Alert color="green">{t('monthClose.alreadyClosed')}</Alert>
          )}
          {(closeMonth.isPending || running) && (
            <Stack gap={4} data-testid="close-progress">
              <Text>{t('monthClose.running')}</Text>
              {/* The close runs in one request and reports no steps: an indeterminate bar. */}
              <Progress value={100} animated striped size="xl" />
            </Stack>
          )}
          {closeMonth.error && <Alert color="red">{errorMessage(closeMonth.error)}</Alert>}
        </Stack>
      </Card>
      <QueryState
        isPending={months.isPending}
        error={months.error}
        onRetry={() => months.refetch()}
      >
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('monthClose.month')}</Table.Th>
              <Table.Th>{t('monthClose.status')}</Table.Th>
              <Table.Th>{t('monthClose.closedAt')}</Table.Th>
              <Table.Th>{t('monthClose.employees')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Td>{formatMonth(m.month)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={m.status} />
                </Table.Td>
                <Table.Td>{m.closedAt ? formatDateTime(m.closedAt, DEFAULT_ZONE) : '—'}</Table.Td>
                <Table.Td>{m.employeeCount ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryState>
      <Modal opened={confirming} onClose={close} title={t('monthClose.confirmTitle')}>
        <Stack>
          <Text>{t('monthClose.confirm', { month: month ? formatMonth(month) : '' })}</Text>
          <Group grow>
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={handleConfirm} data-testid="confirm-close">
              {t('monthClose.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
