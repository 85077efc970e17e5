import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCloudUpload, IconMapPinCheck, IconWifiOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';
import type { CheckKind } from '../api/types';
import { flushQueue, type QueueOutcome } from '../attendance/check-in-queue';
import { type CheckOutcome, useCheckIn, useCheckQueue } from '../attendance/use-check-in';
import { useToday } from '../attendance/use-zone';
import { useMe } from '../lib/auth';
import { DEFAULT_ZONE, formatDate, formatNumber, formatTime, todayIn } from '../lib/format';

/** The employee's home: today's schedule and status, and the one big button. */
export function HomePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useMe();
  const today = useToday();
  const queued = useCheckQueue(handleBackgroundOutcomes);
  const { check, isPending, outcome } = useCheckIn();

  function handleBackgroundOutcomes(outcomes: QueueOutcome[]) {
    for (const o of outcomes) {
      notifications.show({
        color: o.status === 'accepted' ? 'green' : 'red',
        autoClose: o.status === 'accepted' ? 8000 : false,
        title: t(o.status === 'accepted' ? 'home.queueSent' : 'home.queueRefused'),
        message: o.status === 'accepted' ? o.result.message : o.error.message,
      });
    }
    void queryClient.invalidateQueries({ queryKey: ['attendance'] });
  }

  function handleSendNow() {
    void flushQueue().catch(() => undefined);
  }

  if (me.data && !me.data.employeeId) {
    return <Alert color="gray">{t('home.notEmployee')}</Alert>;
  }

  const status = today.data?.data;
  const zone = status?.timezone ?? DEFAULT_ZONE;
  const date = status?.date ?? todayIn(zone);
  // The server says which events count for today: a check-in outside every schedule
  // window (01:19 at night) is stored but must not hide the morning's "Absen Masuk".
  const checkInAt = status?.checkIn?.at;
  const checkOutAt = status?.checkOut?.at;
  const shift = status?.shifts[0];
  const checkedIn =
    !!checkInAt ||
    queued.some(
      (q) => q.kind === 'check-in' && todayIn(zone, new Date(q.body.deviceAt)) === date,
    ) ||
    (outcome?.kind === 'check-in' &&
      ((outcome.type === 'accepted' && !outcome.result.offshift) || outcome.type === 'queued'));
  const kind: CheckKind = checkedIn ? 'check-out' : 'check-in';
  const todayMissing = today.error instanceof ApiError && today.error.isMissingRoute;

  return (
    <Stack gap="md" maw={560} mx="auto">
      <div>
        <Text c="dimmed">{formatDate(date)}</Text>
        <Title order={2}>{t('home.greeting', { name: me.data?.label ?? '' })}</Title>
      </div>

      <Card withBorder padding="md" aria-live="polite">
        {today.isPending && me.data?.employeeId ? (
          <Text c="dimmed">{t('common.loading')}</Text>
        ) : status ? (
          <Stack gap={6}>
            {status.offices[0] && (
              <Text>
                {t('home.office')}: <b>{status.offices[0].name}</b>
              </Text>
            )}
            {shift ? (
              <Text>
                {t('home.schedule')}:{' '}
                <b>
                  {shift.startLocal}–{shift.endLocal} {status.zoneLabel}
                </b>
              </Text>
            ) : (
              <Text>
                {status.holiday
                  ? t('home.holiday', { name: status.holiday.name })
                  : t('home.noSchedule')}
              </Text>
            )}
            {status.onDuty && <Text>{t('home.onDuty')}</Text>}
            <Group gap="xs">
              <Badge size="lg" color={checkInAt ? 'green' : 'gray'} variant="light">
                {t('home.in')}: {checkInAt ? formatTime(checkInAt, zone) : '—'}
              </Badge>
              <Badge size="lg" color={checkOutAt ? 'green' : 'gray'} variant="light">
                {t('home.out')}: {checkOutAt ? formatTime(checkOutAt, zone) : '—'}
              </Badge>
            </Group>
            {today.data?.fromCache && (
              <Text size="sm" c="dimmed">
                <IconWifiOff size={14} />{' '}
                {t('home.cached', { time: formatTime(today.data.savedAt, zone) })}
              </Text>
            )}
          </Stack>
        ) : (
          <Text c="dimmed">
            {todayMissing ? t('home.statusUnavailable') : t('home.statusUnknown')}
          </Text>
        )}
      </Card>

      <Button
        className="check-button"
        size="xl"
        color={kind === 'check-in' ? 'sipolima' : 'teal'}
        leftSection={<IconMapPinCheck size={36} />}
        onClick={() => check(kind)}
        disabled={isPending}
        loading={isPending}
        loaderProps={{ type: 'dots' }}
        data-testid="check-button"
      >
        {t(kind === 'check-in' ? 'home.checkIn' : 'home.checkOut')}
      </Button>
      {isPending && (
        <Text ta="center" c="dimmed">
          {t('home.locating')}
        </Text>
      )}
      {kind === 'check-out' && !isPending && (
        <Text ta="center" size="sm" c="dimmed">
          {t('home.lastCheckOutCounts')}
        </Text>
      )}

      {outcome && <OutcomeAlert outcome={outcome} zone={zone} />}

      {queued.length > 0 && (
        <Card withBorder padding="md" data-testid="queue">
          <Stack gap="xs">
            <Group gap="xs">
              <IconCloudUpload />
              <Text fw={700}>{t('home.queueTitle', { count: queued.length })}</Text>
            </Group>
            <List spacing={4}>
              {queued.map((q) => (
                <List.Item key={q.body.clientId}>
                  {t(q.kind === 'check-in' ? 'home.checkIn' : 'home.checkOut')}{' '}
                  {formatTime(q.body.deviceAt, zone)} — <b>{t('home.pendingSend')}</b>
                </List.Item>
              ))}
            </List>
            <Button variant="light" onClick={handleSendNow}>
              {t('home.sendNow')}
            </Button>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

type OutcomeProps = { outcome: CheckOutcome; zone: string };

function OutcomeAlert({ outcome, zone }: OutcomeProps) {
  const { t } = useTranslation();
  const label = t(outcome.kind === 'check-in' ? 'home.checkIn' : 'home.checkOut');
  switch (outcome.type) {
    case 'accepted': {
      const r = outcome.result;
      return (
        <Alert color="green" title={label} data-testid="check-result">
          <Text size="lg">{r.message}</Text>
          {r.repeated && <Text size="sm">{t('home.repeated')}</Text>}
          {r.offshift && <Text size="sm">{t('home.offshift')}</Text>}
        </Alert>
      );
    }
    case 'queued':
      return (
        <Alert color="yellow" title={t('home.pendingSend')} data-testid="check-result">
          <Text size="lg">
            {t('home.queued', { kind: label, time: formatTime(outcome.at, zone) })}
          </Text>
        </Alert>
      );
    case 'refused': {
      const e = outcome.error;
      const d = (e.details ?? {}) as { distanceM?: number; officeName?: string };
      const text =
        e.code === 'outside_geofence' && d.distanceM != null
          ? t('home.outside', {
              distance: formatNumber(d.distanceM),
              office: d.officeName ?? t('home.theOffice'),
            })
          : e.message;
      return (
        <Alert
          color="red"
          title={t('home.refusedTitle', { kind: label })}
          data-testid="check-result"
        >
          <Text size="lg">{text}</Text>
        </Alert>
      );
    }
    case 'location':
      return (
        <Alert color="red" title={t('home.locationTitle')} data-testid="check-result">
          <Text size="lg">{t(`home.location.${outcome.error.reason}`)}</Text>
        </Alert>
      );
    case 'poor_fix':
      return (
        <Alert color="orange" title={t('home.locationTitle')} data-testid="check-result">
          <Text size="lg">{t('home.poorFix', { accuracy: formatNumber(outcome.accuracyM) })}</Text>
        </Alert>
      );
  }
}
