import { Accordion, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemsOf, tppApi } from '../api/endpoints';
import { PageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { TppExplanation } from '../components/tpp-explanation';
import { useMe } from '../lib/auth';
import { formatMonth } from '../lib/format';

/** My TPP: each closed month's amount, with the reasons in words. */
export default function TppPage() {
  const { t } = useTranslation();
  const me = useMe();
  const months = useQuery({ queryKey: ['tpp', 'months'], queryFn: tppApi.months });
  const closed = itemsOf(months.data)
    .filter((m) => m.status === 'closed')
    .sort((a, b) => b.month.localeCompare(a.month));
  const [open, setOpen] = useState<string | null>(null);
  const shown = open ?? closed[0]?.month ?? null;

  return (
    <Stack maw={640} mx="auto">
      <PageTitle>{t('tpp.title')}</PageTitle>
      <Text c="dimmed">{t('tpp.intro')}</Text>
      <QueryState
        isPending={months.isPending}
        error={months.error}
        onRetry={() => months.refetch()}
      >
        {closed.length === 0 ? (
          <Text>{t('tpp.noneClosed')}</Text>
        ) : (
          <Accordion variant="separated" value={shown} onChange={setOpen}>
            {closed.map((m) => (
              <Accordion.Item key={m.month} value={m.month}>
                <Accordion.Control>{formatMonth(m.month)}</Accordion.Control>
                <Accordion.Panel>
                  {shown === m.month && me.data?.employeeId && (
                    <MonthResult month={m.month} employeeId={me.data.employeeId} />
                  )}
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </QueryState>
    </Stack>
  );
}

type Props = { month: string; employeeId: string };

function MonthResult({ month, employeeId }: Props) {
  const result = useQuery({
    queryKey: ['tpp', 'result', month, employeeId],
    queryFn: () => tppApi.result(month, employeeId),
  });
  return (
    <QueryState isPending={result.isPending} error={result.error} onRetry={() => result.refetch()}>
      {result.data && <TppExplanation result={result.data} />}
    </QueryState>
  );
}
