import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { holidayCreateBody } from '../../../../src/modules/attendance/calendar.schema';
import { attendanceApi, itemsOf } from '../../api/endpoints';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { formatDate } from '../../lib/format';
import { errorMessage, notifySuccess } from '../../lib/notify';
import { validate } from '../../lib/zod-form';

/** Holidays and cuti bersama of a year; admin BKPSDM adds local ones (kind `local`). */
export default function HolidaysPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const list = useQuery({
    queryKey: ['holidays', year],
    queryFn: () => attendanceApi.holidays(year),
  });
  const rows = itemsOf(list.data).sort((a, b) => a.date.localeCompare(b.date));

  return (
    <Stack maw={900}>
      <PageTitle>{t('holidays.title')}</PageTitle>
      <Group>
        <ActionIcon
          variant="light"
          aria-label={t('month.previous')}
          onClick={() => setYear(year - 1)}
        >
          <IconChevronLeft />
        </ActionIcon>
        <Text fw={700} size="lg">
          {year}
        </Text>
        <ActionIcon variant="light" aria-label={t('month.next')} onClick={() => setYear(year + 1)}>
          <IconChevronRight />
        </ActionIcon>
      </Group>
      <QueryState
        isPending={list.isPending}
        error={list.error}
        onRetry={() => list.refetch()}
        missingLabel={t('holidays.notYet')}
      >
        <HolidayForm year={year} />
        <Table.ScrollContainer minWidth={520}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('holidays.date')}</Table.Th>
                <Table.Th>{t('holidays.name')}</Table.Th>
                <Table.Th>{t('holidays.kind')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((h) => (
                <Table.Tr key={`${h.date}-${h.kind}-${h.name}`}>
                  <Table.Td>{formatDate(h.date)}</Table.Td>
                  <Table.Td>{h.name}</Table.Td>
                  <Table.Td>{t(`holidayKind.${h.kind}`, { defaultValue: h.kind })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </QueryState>
    </Stack>
  );
}

function HolidayForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(`${year}-01-01`);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useMutation({
    mutationFn: attendanceApi.addHoliday,
    onSuccess: () => {
      notifySuccess(t('common.saved'));
      setName('');
      void queryClient.invalidateQueries({ queryKey: ['holidays'] });
    },
  });

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const result = validate(holidayCreateBody, { date, name });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    add.mutate(result.data);
  }

  return (
    <Card withBorder>
      <form onSubmit={handleSubmit} noValidate>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            type="date"
            label={t('holidays.date')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors.date}
          />
          <TextInput
            label={t('holidays.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button type="submit" loading={add.isPending} disabled={add.isPending}>
            {t('holidays.addLocal')}
          </Button>
        </Group>
        {add.error && (
          <Alert color="red" mt="sm">
            {errorMessage(add.error)}
          </Alert>
        )}
      </form>
    </Card>
  );
}
