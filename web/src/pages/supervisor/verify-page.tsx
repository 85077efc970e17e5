import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportsApi } from '../../api/endpoints';
import type { QueueGroup, ReportItem } from '../../api/types';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { formatDate, formatNumber } from '../../lib/format';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
import { reasonSchema } from '../../schemas/report.schema';

type Decision = { item: ReportItem; decision: 'reject' | 'revise' };

/** Pending items of my direct subordinates, by person and day; bulk approve, or say why not. */
export default function VerifyPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const queue = useQuery({ queryKey: ['reports', 'queue'], queryFn: reportsApi.queue });
  const groups: QueueGroup[] = queue.data?.groups ?? [];
  // One card per person and day, as the supervisor checks them.
  const cards = groups.flatMap((g) => g.days.map((day) => ({ employee: g.employee, day })));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [deciding, setDeciding] = useState<Decision | null>(null);

  const bulk = useMutation({
    mutationFn: (ids: string[]) => reportsApi.bulkApprove(ids),
    onSuccess: (r) => {
      notifySuccess(t('verify.approved', { count: r.approved.length }));
      if (r.refused.length)
        notifyError(new Error(t('verify.someRefused', { count: r.refused.length })));
      setSelected(new Set());
      void queryClient.invalidateQueries({ queryKey: ['reports'] });
    },
    onError: notifyError,
  });

  function toggle(ids: string[], on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });
  }

  return (
    <Stack maw={900} mx="auto" pb={80}>
      <PageTitle>{t('verify.title')}</PageTitle>
      <QueryState isPending={queue.isPending} error={queue.error} onRetry={() => queue.refetch()}>
        {cards.length === 0 && <Alert color="green">{t('verify.empty')}</Alert>}
        {cards.map(({ employee, day }) => {
          const ids = day.items.map((i) => i.id);
          const all = ids.every((id) => selected.has(id));
          return (
            <Card withBorder key={`${employee.id}-${day.date}`} data-testid="queue-group">
              <Stack gap="xs">
                <Group justify="space-between" wrap="wrap">
                  <Checkbox
                    checked={all}
                    indeterminate={!all && ids.some((id) => selected.has(id))}
                    onChange={(e) => toggle(ids, e.currentTarget.checked)}
                    label={
                      <Text fw={700}>
                        {employee.name} · {formatDate(day.date)}
                      </Text>
                    }
                  />
                  <Text size="sm" c="dimmed">
                    {t('verify.minutesOfDay', {
                      reported: formatNumber(day.reportedMinutes),
                      scheduled: formatNumber(day.scheduledMinutes),
                    })}
                  </Text>
                </Group>
                {day.flags.map((f) => (
                  <Badge key={f} color="orange" leftSection={<IconAlertTriangle size={14} />}>
                    {t(`flags.${f}`, { defaultValue: f })}
                  </Badge>
                ))}
                {day.items.map((item) => (
                  <QueueItem
                    key={item.id}
                    item={item}
                    checked={selected.has(item.id)}
                    onCheck={(on) => toggle([item.id], on)}
                    onDecide={(decision) => setDeciding({ item, decision })}
                  />
                ))}
              </Stack>
            </Card>
          );
        })}
      </QueryState>
      {selected.size > 0 && (
        // Above the phone's bottom bar, which would otherwise hide the button.
        <Card
          withBorder
          shadow="md"
          pos="sticky"
          bottom="calc(var(--bottom-nav-space) + 8px)"
          style={{ zIndex: 5 }}
        >
          <Button
            fullWidth
            color="green"
            leftSection={<IconCheck />}
            loading={bulk.isPending}
            disabled={bulk.isPending}
            onClick={() => bulk.mutate([...selected])}
            data-testid="bulk-approve"
          >
            {t('verify.approveSelected', { count: selected.size })}
          </Button>
        </Card>
      )}
      <ReasonModal deciding={deciding} onClose={() => setDeciding(null)} />
    </Stack>
  );
}

type ItemProps = {
  item: ReportItem;
  checked: boolean;
  onCheck: (on: boolean) => void;
  onDecide: (d: 'reject' | 'revise') => void;
};

function QueueItem({ item, checked, onCheck, onDecide }: ItemProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid="queue-item">
      <Group align="flex-start" wrap="nowrap">
        <Checkbox
          checked={checked}
          onChange={(e) => onCheck(e.currentTarget.checked)}
          aria-label={t('verify.select')}
        />
        <Stack gap={2} style={{ flex: 1 }}>
          <Text fw={600}>{item.activity?.name ?? item.task}</Text>
          <Text size="sm" c="dimmed">
            {item.quantity != null && item.activity
              ? `${item.quantity} ${item.activity.unit} · `
              : ''}
            {formatNumber(item.minutes)} {t('common.minutes')}
          </Text>
          <Text>{item.output}</Text>
          {(item.flags ?? []).map((f) => (
            <Badge key={f} color="orange" variant="light">
              {t(`flags.${f}`, { defaultValue: f })}
            </Badge>
          ))}
          {(item.evidence ?? []).map((e) => (
            <Anchor key={e.id} href={reportsApi.evidenceUrl(e.id)} target="_blank" rel="noopener">
              {e.filename}
            </Anchor>
          ))}
          <Group gap="xs" mt={4}>
            <Button size="md" variant="light" color="orange" onClick={() => onDecide('revise')}>
              {t('verify.return')}
            </Button>
            <Button size="md" variant="light" color="red" onClick={() => onDecide('reject')}>
              {t('verify.reject')}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}

type ModalProps = { deciding: Decision | null; onClose: () => void };

function ReasonModal({ deciding, onClose }: ModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const verify = useMutation({
    mutationFn: (d: Decision & { reason: string }) =>
      reportsApi.verify(d.item.id, { decision: d.decision, reason: d.reason }),
    onSuccess: () => {
      notifySuccess(t('verify.done'));
      setReason('');
      onClose();
      void queryClient.invalidateQueries({ queryKey: ['reports'] });
    },
  });

  function handleConfirm() {
    if (!deciding) return;
    const parsed = reasonSchema.safeParse(reason);
    if (!parsed.success) return setError(t('verify.reasonRequired'));
    setError(null);
    verify.mutate({ ...deciding, reason: parsed.data });
  }

  return (
    <Modal
      opened={!!deciding}
      onClose={onClose}
      title={deciding?.decision === 'reject' ? t('verify.reject') : t('verify.return')}
    >
      <Stack>
        <Text>{deciding?.item.activity?.name ?? deciding?.item.task}</Text>
        <Textarea
          label={t('verify.reason')}
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          data-autofocus
        />
        {verify.error && <Alert color="red">{errorMessage(verify.error)}</Alert>}
        <Button
          color={deciding?.decision === 'reject' ? 'red' : 'orange'}
          onClick={handleConfirm}
          loading={verify.isPending}
          disabled={verify.isPending}
        >
          {t('common.confirm')}
        </Button>
      </Stack>
    </Modal>
  );
}
