import { Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemsOf, orgApi, tppApi } from '../../api/endpoints';
import type { TppSummary } from '../../api/types';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { TppExplanation } from '../../components/tpp-explanation';
import { useMe } from '../../lib/auth';
import { formatMonth, formatRupiah } from '../../lib/format';

/** The recap of a closed month, per agency, with its XLSX for finance. */
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
  const results = useQuery({
    queryKey: ['tpp', 'results', month, agencyId],
    queryFn: () => tppApi.results({ month: month!, agencyId: agencyId ?? undefined }),
    enabled: !!month,
  });
  const rows = results.data?.items ?? [];
  const sum = rows.reduce((s, r) => s + r.total, 0);
  const [shown, setShown] = useState<TppSummary | null>(null);

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
                onChange={setMonth}
                allowDeselect={false}
              />
              <Select
                label={t('recap.agency')}
                placeholder={t('recap.allAgencies')}
                data={(agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
                value={agencyId}
                onChange={setAgencyId}
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
                  <Table.Tfoot>
                    <Table.Tr>
                      <Table.Th colSpan={4}>{t('recap.sum', { count: rows.length })}</Table.Th>
                      <Table.Th ta="right">{formatRupiah(sum)}</Table.Th>
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
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
