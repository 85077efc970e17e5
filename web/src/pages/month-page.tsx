import { ActionIcon, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attendanceApi } from '../api/endpoints';
import type { AttendanceDay } from '../api/types';
import { useEmployeeZone } from '../attendance/use-zone';
import { PageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { useMe } from '../lib/auth';
import {
  formatDate,
  formatMonth,
  formatPercent,
  formatTime,
  monthOf,
  shiftMonth,
  todayIn,
} from '../lib/format';

/** Background colour of a day status in the calendar (Mantine colour names). */
const STATUS_COLOR: Record<string, string> = {
  present: 'var(--mantine-color-green-1)',
  late: 'var(--mantine-color-orange-1)',
  early_leave: 'var(--mantine-color-orange-1)',
  late_and_early: 'var(--mantine-color-orange-2)',
  absent: 'var(--mantine-color-red-2)',
  leave: 'var(--mantine-color-blue-1)',
  duty: 'var(--mantine-color-cyan-1)',
  holiday: 'var(--mantine-color-gray-2)',
  off: 'var(--mantine-color-gray-0)',
  pending: 'var(--mantine-color-gray-0)',
};

/** A working day not over yet, with nothing recorded, is "not judged yet", not TK. */
function shownStatus(day: AttendanceDay): string {
  return day.pending && day.status === 'absent' && day.codes.length === 0 ? 'pending' : day.status;
}

/** My month: a calendar of day statuses with their codes and deductions. */
export default function MonthPage() {
  const { t } = useTranslation();
  const me = useMe();
  const zone = useEmployeeZone();
  const [month, setMonth] = useState(() => monthOf(todayIn(zone)));
  const [selected, setSelected] = useState<string | null>(null);
  const days = useQuery({
    queryKey: ['attendance', 'days', month],
    queryFn: () => attendanceApi.days({ employeeId: me.data?.employeeId ?? undefined, month }),
    enabled: !!me.data?.employeeId,
  });
  const list: AttendanceDay[] = days.data?.days ?? [];
  const byDate = new Map(list.map((d) => [d.date, d]));
  const chosen = selected ? byDate.get(selected) : undefined;

  // Monday-first grid: blanks before the 1st.
  const [y, m] = month.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const dates = Array.from(
    { length: count },
    (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`,
  );
  const weekdays = t('month.weekdays').split(',');

  return (
    <Stack maw={640} mx="auto">
      <PageTitle>{t('month.title')}</PageTitle>
      <Group justify="space-between">
        <ActionIcon
          variant="light"
          aria-label={t('month.previous')}
          onClick={() => setMonth(shiftMonth(month, -1))}
        >
          <IconChevronLeft />
        </ActionIcon>
        <Text fw={700} size="lg">
          {formatMonth(month)}
        </Text>
        <ActionIcon
          variant="light"
          aria-label={t('month.next')}
          onClick={() => setMonth(shiftMonth(month, 1))}
        >
          <IconChevronRight />
        </ActionIcon>
      </Group>
      <QueryState isPending={days.isPending} error={days.error} onRetry={() => days.refetch()}>
        <div className="month-grid">
          {weekdays.map((w) => (
            <Text key={w} size="xs" ta="center" fw={700}>
              {w}
            </Text>
          ))}
          {Array.from({ length: lead }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blank cells before the 1st, never reordered
            <span key={`blank-${i}`} />
          ))}
          {dates.map((date) => {
            const day = byDate.get(date);
            return (
              <button
                type="button"
                key={date}
                className="month-cell"
                style={{ background: day ? STATUS_COLOR[shownStatus(day)] : undefined }}
                aria-pressed={selected === date}
                aria-label={`${formatDate(date)}: ${day ? t(`status.${shownStatus(day)}`) : '—'}`}
                onClick={() => setSelected(date)}
              >
                <b>{Number(date.slice(8))}</b>
                <span>
                  {day ? day.codes?.join(' ') || t(`statusShort.${shownStatus(day)}`) : ''}
                </span>
              </button>
            );
          })}
        </div>
        <Card withBorder>
          <Text>
            {t('month.totalDeduction')}: <b>{formatPercent(days.data?.deductionPct ?? '0')}</b>
          </Text>
          <Text size="sm" c="dimmed">
            {t('month.deductionHint')}
          </Text>
        </Card>
        {chosen ? (
          <Card withBorder data-testid="day-detail">
            <Stack gap={4}>
              <Text fw={700}>{formatDate(chosen.date)}</Text>
              <Text>{t(`status.${shownStatus(chosen)}`)}</Text>
              {chosen.codes && chosen.codes.length > 0 && (
                <Text>
                  {t('month.codes')}:{' '}
                  {chosen.codes
                    .map((c) => t(`codes.${c.replace(/\d$/, '')}`, { code: c }))
                    .join(', ')}
                </Text>
              )}
              {chosen.kind && <Text>{t(`leaveKind.${chosen.kind}`)}</Text>}
              <SimpleGrid cols={2}>
                <Text>
                  {t('home.in')}: {chosen.check_in ? formatTime(chosen.check_in, zone) : '—'}
                </Text>
                <Text>
                  {t('home.out')}: {chosen.check_out ? formatTime(chosen.check_out, zone) : '—'}
                </Text>
              </SimpleGrid>
              {!!chosen.late_minutes && (
                <Text>{t('month.lateMinutes', { count: chosen.late_minutes })}</Text>
              )}
              {!!chosen.early_leave_minutes && (
                <Text>{t('month.earlyMinutes', { count: chosen.early_leave_minutes })}</Text>
              )}
              <Text>
                {t('month.deduction')}: {formatPercent(chosen.deduction_pct)}
              </Text>
            </Stack>
          </Card>
        ) : (
          <Text c="dimmed" ta="center">
            {t('month.tapADay')}
          </Text>
        )}
      </QueryState>
    </Stack>
  );
}
