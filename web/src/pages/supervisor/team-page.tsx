import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconRefresh, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attendanceApi } from '../../api/endpoints';
import type { TeamMember, TeamStatus } from '../../api/types';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { useClientConfig } from '../../lib/client-config';
import { DEFAULT_ZONE, formatDate, formatTime, zoneLabel } from '../../lib/format';

/** Badge colour per status (Mantine colour names), the same in the counts and the list. */
const STATUS_COLOR: Record<TeamStatus, string> = {
  present: 'green',
  late: 'orange',
  not_yet: 'yellow',
  leave: 'blue',
  duty: 'cyan',
  off: 'gray',
  holiday: 'grape',
};

const STATUSES = Object.keys(STATUS_COLOR) as TeamStatus[];
/** Always counted, even at zero: the three a supervisor looks for in the morning. */
const ALWAYS_SHOWN: ReadonlySet<TeamStatus> = new Set(['present', 'late', 'not_yet']);

/** Today's board of my direct subordinates: counts per status, then everyone with a badge. */
export default function TeamPage() {
  const { t } = useTranslation();
  const config = useClientConfig();
  const zone = config.data?.timezone ?? DEFAULT_ZONE;
  const board = useQuery({
    queryKey: ['attendance', 'team-today'],
    queryFn: attendanceApi.teamToday,
    // People keep checking in during the morning: follow along while the screen is open.
    refetchInterval: 60_000,
  });
  const [filter, setFilter] = useState<TeamStatus | null>(null);
  const members = board.data?.members ?? [];
  const counts = new Map<TeamStatus, number>();
  for (const m of members) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  const tiles = STATUSES.filter((s) => ALWAYS_SHOWN.has(s) || counts.has(s));
  const shown = filter ? members.filter((m) => m.status === filter) : members;

  function handleTile(status: TeamStatus) {
    setFilter((current) => (current === status ? null : status));
  }

  return (
    <Stack maw={720} mx="auto" gap="md">
      <PageTitle
        right={
          <Button
            variant="light"
            size="md"
            leftSection={<IconRefresh />}
            onClick={() => board.refetch()}
            loading={board.isFetching}
            disabled={board.isFetching}
          >
            {t('team.refresh')}
          </Button>
        }
      >
        {t('team.title')}
      </PageTitle>
      <QueryState isPending={board.isPending} error={board.error} onRetry={() => board.refetch()}>
        {board.data && (
          <Text c="dimmed" mt={-12}>
            {formatDate(board.data.date)} ·{' '}
            {t('team.updated', { time: formatTime(new Date(board.dataUpdatedAt), zone) })}
          </Text>
        )}
        {members.length === 0 ? (
          <Alert color="gray" icon={<IconUsersGroup />}>
            {t('team.empty')}
          </Alert>
        ) : (
          <>
            <SimpleGrid cols={{ base: 3, sm: Math.min(tiles.length, 5) }} spacing="xs">
              {tiles.map((s) => (
                <CountTile
                  key={s}
                  status={s}
                  count={counts.get(s) ?? 0}
                  pressed={filter === s}
                  onPress={() => handleTile(s)}
                />
              ))}
            </SimpleGrid>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={700}>
                {filter
                  ? t('team.showing', { status: t(`team.status.${filter}`), count: shown.length })
                  : t('team.everyone', { count: members.length })}
              </Text>
              {filter && (
                <Button variant="subtle" size="md" onClick={() => setFilter(null)}>
                  {t('team.showAll')}
                </Button>
              )}
            </Group>
            <Stack gap="xs" data-testid="team-list">
              {shown.map((m) => (
                <MemberRow key={m.employeeId} member={m} zone={zone} />
              ))}
            </Stack>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

type TileProps = { status: TeamStatus; count: number; pressed: boolean; onPress: () => void };

/** A count that is also a filter: tap to list only those people, tap again for everyone. */
function CountTile({ status, count, pressed, onPress }: TileProps) {
  const { t } = useTranslation();
  const color = STATUS_COLOR[status];
  return (
    <Paper
      component="button"
      type="button"
      withBorder
      p="xs"
      onClick={onPress}
      aria-pressed={pressed}
      data-testid={`team-count-${status}`}
      className="team-tile"
      style={{
        borderColor: pressed ? `var(--mantine-color-${color}-6)` : undefined,
        borderLeft: `6px solid var(--mantine-color-${color}-6)`,
        background: pressed ? `var(--mantine-color-${color}-light)` : undefined,
      }}
    >
      <Text fz={28} fw={800} lh={1.1}>
        {count}
      </Text>
      <Text size="sm" lh={1.2}>
        {t(`team.status.${status}`)}
      </Text>
    </Paper>
  );
}

type RowProps = { member: TeamMember; zone: string };

function MemberRow({ member: m, zone }: RowProps) {
  const { t } = useTranslation();
  const label = zoneLabel(zone);
  // 'HH:MM' from the server is already in the office's zone: only the separator changes.
  const time = (hhmm: string) => `${hhmm.replace(':', '.')} ${label}`;
  const details = [
    m.checkIn ? t('team.in', { time: time(m.checkIn) }) : null,
    m.checkOut ? t('team.out', { time: time(m.checkOut) }) : null,
    m.lateMinutes ? t('team.lateBy', { count: m.lateMinutes }) : null,
    m.kind ? t(`leaveKind.${m.kind}`, { defaultValue: m.kind }) : null,
  ].filter(Boolean);
  return (
    <Paper
      withBorder
      p="sm"
      mih={64}
      data-testid="team-member"
      data-status={m.status}
      data-nip={m.nip}
    >
      <Group justify="space-between" wrap="nowrap" align="center" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={700} lh={1.3}>
            {m.name}
          </Text>
          {m.positionName && (
            <Text size="sm" c="dimmed" lh={1.3}>
              {m.positionName}
            </Text>
          )}
          {details.length > 0 && <Text size="sm">{details.join(' · ')}</Text>}
        </Stack>
        <Badge
          color={STATUS_COLOR[m.status]}
          variant="filled"
          autoContrast
          size="lg"
          style={{ flexShrink: 0 }}
          data-testid="team-status"
        >
          {t(`team.status.${m.status}`)}
        </Badge>
      </Group>
    </Paper>
  );
}
