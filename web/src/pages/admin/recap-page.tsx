import { Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemsOf, orgApi, tppApi } from '../../api/endpoints';
import type { TppSummary } from '../../api/types';
import { PageTitle } from '../../components/page-title';
import { PAGE_SIZE, Pager } from '../../components/pager';
import { QueryState } from '../../components/query-state';
import { TppExplanation } from '../../components/tpp-explanation';
import { useMe } from '../../lib/auth';
import { formatMonth, formatNumber, formatRupiah } from '../../lib/format';

/**
 * The recap of a closed month for the whole city or one agency, with its XLSX for finance.
 * The table pages through the selection; its totals row is the total of the selection.
 */
export default function RecapPage() {
  const { t } = useTranslation();
  const me = useMe();
  const months = useQuery({ queryKey: ['tpp', 'months'], queryFn: tppApi.months });
  const closed = itemsOf(months.data)
    .filter((m) => m.status === 'closed')
    .sort((a, b) => b.month.localeCompare(a.month));
  const [picked, setMonth] = useState<string | null>(null);
  const month = picked ?? closed[0]?.month ?? null;
  const [agencyId, setAgencyId] = useState<string | null>(me.data?.adminAgencyId ?? null);
  const agencies = useQuery({
    queryKey: ['org', 'agencies', 'all'],
    queryFn: () => orgApi.agencies({ limit: 200 }),
  });
  // The whole selection, so that the totals row is its total; the table shows it by pages.
  const results = useQuery({
    queryKey: ['tpp', 'results', 'all', month, agencyId],
    queryFn: () => tppApi.allResults({ month: month!, agencyId: agencyId ?? undefined }),
    enabled: !!month,
  });
  const all = results.data?.items ?? [];
  const count = results.data?.total ?? 0;
  const sums = sumColumns(all);
  const [page, setPage] = useState(1);
  const rows = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const [shown, setShown] = useState<TppSummary | null>(null);

  function handleMonth(m: string | null) {
    setMonth(m);
    setPage(1);
  }

  function handleAgency(a: string | null) {
    setAgencyId(a);
    setPage(1);
  }

  return (
    <Stack>
      <PageTitle>{t('recap.title')}</PageTitle>
      <QueryState
        isPending={months.isPending}
        error={months.error}
        onRetry={() => months.refetch()}
      >
        {closed.length === 0 ? (
          <Text>{t('recap.noneClosed')}</Text>
        ) : (
          <>
            <Group align="flex-end" wrap="wrap">
              <Select
                label={t('recap.month')}
                data={closed.map((m) => ({ value: m.month, label: formatMonth(m.month) }))}
                value={month}
                onChange={handleMonth}
                allowDeselect={false}
              />
              <Select
                label={t('recap.agency')}
                placeholder={t('recap.allAgencies')}
                w={{ base: '100%', sm: 360 }}
                data={(agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
                value={agencyId}
                onChange={handleAgency}
                searchable
                clearable={!me.data?.adminAgencyId}
                disabled={!!me.data?.adminAgencyId}
              />
              {month && (
                <Button
                  component="a"
                  href={tppApi.recapUrl(month, agencyId ?? undefined)}
                  download
                  leftSection={<IconDownload />}
                  variant="light"
                >
                  {t('recap.download')}
                </Button>
              )}
            </Group>
            <QueryState
              isPending={results.isPending}
              error={results.error}
              onRetry={() => results.refetch()}
            >
              <Table.ScrollContainer minWidth={760}>
                <Table striped highlightOnHover verticalSpacing="sm" data-testid="recap-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('employees.name')}</Table.Th>
                      <Table.Th ta="right">{t('tpp.base')}</Table.Th>
                      <Table.Th ta="right">{t('tpp.discipline')}</Table.Th>
                      <Table.Th ta="right">{t('tpp.performance')}</Table.Th>
                      <Table.Th ta="right">{t('tpp.total')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((r) => (
                      <Table.Tr
                        key={r.employeeId}
                        onClick={() => setShown(r)}
                        style={{ cursor: 'pointer' }}
                      >
                        <Table.Td>
                          <Text fw={600}>{r.name}</Text>
                          {r.nip && (
                            <Text size="xs" c="dimmed" ff="monospace">
                              {r.nip}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{formatRupiah(r.base)}</Table.Td>
                        <Table.Td ta="right">{formatRupiah(r.disciplinePaid)}</Table.Td>
                        <Table.Td ta="right">{formatRupiah(r.performancePaid)}</Table.Td>
                        <Table.Td ta="right" fw={700}>
                          {formatRupiah(r.total)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot data-testid="recap-sum">
                    <Table.Tr>
                      <Table.Th>{t('recap.sum', { count, n: formatNumber(count) })}</Table.Th>
                      <Table.Th ta="right">{formatRupiah(sums.base)}</Table.Th>
                      <Table.Th ta="right">{formatRupiah(sums.disciplinePaid)}</Table.Th>
                      <Table.Th ta="right">{formatRupiah(sums.performancePaid)}</Table.Th>
                      <Table.Th ta="right" data-testid="recap-sum-total">
                        {formatRupiah(sums.total)}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
              <Pager total={count} page={page} onChange={setPage} />
            </QueryState>
          </>
        )}
      </QueryState>
      <Modal opened={!!shown} onClose={() => setShown(null)} title={shown?.name} size="lg">
        {shown && month && <RecapDetail result={shown} month={month} />}
      </Modal>
    </Stack>
  );
}

type Sums = Pick<TppSummary, 'base' | 'disciplinePaid' | 'performancePaid' | 'total'>;

/** Column totals of the whole selection (whole rupiah: integer sums stay exact). */
function sumColumns(rows: TppSummary[]): Sums {
  const sums: Sums = { base: 0, disciplinePaid: 0, performancePaid: 0, total: 0 };
  for (const r of rows) {
    sums.base += r.base;
    sums.disciplinePaid += r.disciplinePaid;
    sums.performancePaid += r.performancePaid;
    sums.total += r.total;
  }
  return sums;
}

/** The full result with its explanation lines, which the list answer may leave out. */
function RecapDetail({ result, month }: { result: TppSummary; month: string }) {
  const detail = useQuery({
    queryKey: ['tpp', 'result', month, result.employeeId],
    queryFn: () => tppApi.result(month, result.employeeId),
  });
  return (
    <QueryState isPending={detail.isPending} error={detail.error} onRetry={() => detail.refetch()}>
      <TppExplanation result={detail.data ?? result} />
    </QueryState>
  );
}
