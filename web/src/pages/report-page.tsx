import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconCamera, IconPaperclip } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemsOf, type ReportItemBody, reportsApi } from '../api/endpoints';
import type { ReportItem } from '../api/types';
import { useEmployeeZone } from '../attendance/use-zone';
import { PageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { StatusBadge } from '../components/status-badge';
import { formatDate, formatNumber, lastDayOf, monthOf, todayIn } from '../lib/format';
import { errorMessage, notifyError, notifySuccess } from '../lib/notify';
import { shrinkImage } from '../lib/shrink-image';
import { validate } from '../lib/zod-form';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, reportItemForm } from '../schemas/report.schema';

type Mode = 'duty' | 'task';

/** Daily report: add a duty from my catalogue or an additional task, with evidence. */
export default function ReportPage() {
  const { t } = useTranslation();
  const today = todayIn(useEmployeeZone());
  const [date, setDate] = useState(today);
  const month = monthOf(date);
  const items = useQuery({
    queryKey: ['reports', 'items', month],
    // A month of 30 days has no 31st: the server refuses an impossible date.
    queryFn: () => reportsApi.items({ from: `${month}-01`, to: lastDayOf(month) }),
  });
  const list = itemsOf(items.data).filter((i) => i.date === date);

  return (
    <Stack maw={640} mx="auto">
      <PageTitle>{t('report.title')}</PageTitle>
      <TextInput
        type="date"
        label={t('report.date')}
        value={date}
        max={today}
        onChange={(e) => setDate(e.currentTarget.value || today)}
      />
      <ReportForm date={date} />
      <Text fw={700} size="lg">
        {t('report.itemsOf', { date: formatDate(date) })}
      </Text>
      <QueryState
        isPending={items.isPending}
        error={items.error}
        onRetry={() => items.refetch()}
        missingLabel={t('report.notAvailable')}
      >
        {list.length === 0 ? (
          <Text c="dimmed">{t('report.empty')}</Text>
        ) : (
          list.map((item) => <ItemCard key={item.id} item={item} />)
        )}
      </QueryState>
    </Stack>
  );
}

type FormProps = { date: string };

function ReportForm({ date }: FormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>('duty');
  const [activityId, setActivityId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>(1);
  const [task, setTask] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [output, setOutput] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const activities = useQuery({ queryKey: ['activities', 'mine'], queryFn: reportsApi.activities });
  const catalogue = itemsOf(activities.data);
  const activity = catalogue.find((a) => a.id === activityId);

  const save = useMutation({
    mutationFn: async (body: ReportItemBody) => {
      if (!file) return reportsApi.addItem(body);
      // Evidence can only be attached to a draft: save, attach, then submit.
      const item = await reportsApi.addItem({ ...body, submit: false });
      await reportsApi.uploadEvidence(item.id, await shrinkImage(file, EVIDENCE_MAX_BYTES));
      return body.submit ? reportsApi.patchItem(item.id, { submit: true }) : item;
    },
    onSuccess: (_item, body) => {
      notifySuccess(t(body.submit ? 'report.submitted' : 'report.saved'));
      setOutput('');
      setTask('');
      setFile(null);
      void queryClient.invalidateQueries({ queryKey: ['reports'] });
    },
    onError: notifyError,
  });

  function handleFile(f: File | null) {
    // Photos are shrunk before upload; only a large PDF is refused here.
    if (f && !f.type.startsWith('image/') && f.size > EVIDENCE_MAX_BYTES) {
      setErrors((e) => ({ ...e, file: t('report.fileTooLarge') }));
      return;
    }
    setErrors(({ file: _drop, ...rest }) => rest);
    setFile(f);
  }

  function handleSubmit(submit: boolean) {
    return (e?: FormEvent) => {
      e?.preventDefault();
      const values =
        mode === 'duty'
          ? {
              date,
              activityId: activityId ?? undefined,
              quantity: Number(quantity),
              output,
              submit,
            }
          : { date, task, start, end, output, submit };
      if (mode === 'duty' && !activityId) {
        setErrors({ activityId: t('report.chooseActivity') });
        return;
      }
      const result = validate(reportItemForm, values);
      if (!result.ok) return setErrors(result.errors);
      setErrors({});
      save.mutate(result.data);
    };
  }

  return (
    <Card withBorder>
      <form onSubmit={handleSubmit(true)} noValidate>
        <Stack>
          <SegmentedControl
            value={mode}
            onChange={(v) => setMode(v as Mode)}
            data={[
              { value: 'duty', label: t('report.duty') },
              { value: 'task', label: t('report.task') },
            ]}
          />
          {mode === 'duty' ? (
            <>
              <Select
                label={t('report.activity')}
                placeholder={
                  activities.isPending ? t('common.loading') : t('report.chooseActivity')
                }
                searchable
                data={catalogue.map((a) => ({
                  value: a.id,
                  label: `${a.name} (${a.unit}, ${a.minutes} ${t('common.minutes')})`,
                }))}
                value={activityId}
                onChange={setActivityId}
                error={
                  errors.activityId ?? (activities.error ? errorMessage(activities.error) : null)
                }
                nothingFoundMessage={t('report.noActivity')}
              />
              <NumberInput
                label={t('report.quantity')}
                min={1}
                max={1000}
                value={quantity}
                onChange={setQuantity}
                error={errors.quantity}
                description={
                  activity
                    ? t('report.minutesTotal', {
                        minutes: formatNumber(activity.minutes * (Number(quantity) || 0)),
                      })
                    : undefined
                }
              />
            </>
          ) : (
            <>
              <TextInput
                label={t('report.taskName')}
                value={task}
                onChange={(e) => setTask(e.currentTarget.value)}
                error={errors.task}
              />
              <Group grow>
                <TextInput
                  type="time"
                  label={t('report.start')}
                  value={start}
                  onChange={(e) => setStart(e.currentTarget.value)}
                  error={errors.start}
                />
                <TextInput
                  type="time"
                  label={t('report.end')}
                  value={end}
                  onChange={(e) => setEnd(e.currentTarget.value)}
                  error={errors.end}
                />
              </Group>
            </>
          )}
          <Textarea
            label={t('report.output')}
            description={t('report.outputHint')}
            autosize
            minRows={2}
            value={output}
            onChange={(e) => setOutput(e.currentTarget.value)}
            error={errors.output}
          />
          <EvidenceInput file={file} onChange={handleFile} error={errors.file} />
          {!!save.error && <Alert color="red">{errorMessage(save.error)}</Alert>}
          <Group grow>
            <Button
              variant="default"
              onClick={() => handleSubmit(false)()}
              disabled={save.isPending}
            >
              {t('report.saveDraft')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={save.isPending}>
              {t('report.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

type EvidenceProps = { file: File | null; onChange: (f: File | null) => void; error?: string };

/** A native file input, so `capture` opens the phone camera; a PDF can be picked too. */
function EvidenceInput({ file, onChange, error }: EvidenceProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text fw={500}>{t('report.evidence')}</Text>
      <Group>
        <Button component="label" variant="light" leftSection={<IconCamera />}>
          {t('report.addEvidence')}
          <input
            type="file"
            accept={EVIDENCE_ACCEPT}
            capture="environment"
            hidden
            data-testid="evidence-input"
            onChange={(e) => onChange(e.currentTarget.files?.[0] ?? null)}
          />
        </Button>
        {file && (
          <Group gap={4}>
            <IconPaperclip size={18} />
            <Text size="sm">{file.name}</Text>
            <Button variant="subtle" size="compact-md" onClick={() => onChange(null)}>
              {t('common.remove')}
            </Button>
          </Group>
        )}
      </Group>
      {error && (
        <Text c="red" size="sm">
          {error}
        </Text>
      )}
    </Stack>
  );
}

type ItemProps = { item: ReportItem };

function ItemCard({ item }: ItemProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [output, setOutput] = useState(item.output);
  const { start, end } = item;
  // A draft is sent as it is; a returned item is corrected (its output) and sent again.
  const resend = useMutation({
    mutationFn: () =>
      reportsApi.patchItem(item.id, {
        submit: true,
        ...(item.status === 'returned' ? { output } : {}),
      }),
    onSuccess: () => {
      notifySuccess(t('report.submitted'));
      void queryClient.invalidateQueries({ queryKey: ['reports'] });
    },
    onError: notifyError,
  });
  return (
    <Card withBorder data-testid="report-item">
      <Stack gap={4}>
        {/* On a phone the state goes under a long activity name rather than squeezing it. */}
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700}>{item.activity?.name ?? item.task}</Text>
          <StatusBadge status={item.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {item.quantity != null && item.activity
            ? `${item.quantity} ${item.activity.unit} · `
            : ''}
          {start && end ? `${start}–${end} · ` : ''}
          {formatNumber(item.minutes)} {t('common.minutes')}
        </Text>
        {item.status === 'returned' ? (
          <Textarea
            label={t('report.output')}
            autosize
            value={output}
            onChange={(e) => setOutput(e.currentTarget.value)}
          />
        ) : (
          <Text>{item.output}</Text>
        )}
        {item.evidence.map((e) => (
          <Anchor key={e.id} href={reportsApi.evidenceUrl(e.id)} target="_blank" rel="noopener">
            <IconPaperclip size={14} /> {e.filename}
          </Anchor>
        ))}
        {item.reason && (item.status === 'rejected' || item.status === 'returned') && (
          <Alert color={item.status === 'rejected' ? 'red' : 'orange'} p="xs">
            {t('report.reason')}: {item.reason}
          </Alert>
        )}
        {(item.status === 'draft' || item.status === 'returned') && (
          <Button
            variant="light"
            onClick={() => resend.mutate()}
            loading={resend.isPending}
            disabled={resend.isPending || !output.trim()}
          >
            {t(item.status === 'draft' ? 'report.submit' : 'report.resubmit')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
