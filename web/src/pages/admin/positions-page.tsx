import { Stack, Table } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../api/endpoints';
import { PageTitle } from '../../components/page-title';
import { Pager, SearchBox, usePaging } from '../../components/pager';
import { QueryState } from '../../components/query-state';

/** Positions with search and paging; new positions come through the import. */
export default function PositionsPage() {
  const { t } = useTranslation();
  const paging = usePaging();
  const list = useQuery({
    queryKey: ['org', 'positions', paging.query],
    queryFn: () => orgApi.positions(paging.query),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <PageTitle>{t('positions.title')}</PageTitle>
      <SearchBox value={paging.search} onChange={paging.setSearch} label={t('positions.search')} />
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => list.refetch()}>
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('positions.code')}</Table.Th>
                <Table.Th>{t('positions.name')}</Table.Th>
                <Table.Th>{t('positions.type')}</Table.Th>
                <Table.Th>{t('positions.kelas')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.code}</Table.Td>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{t(`positionType.${p.type}`, { defaultValue: p.type })}</Table.Td>
                  <Table.Td>{p.kelasJabatan}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Pager total={list.data?.total ?? 0} page={paging.page} onChange={paging.setPage} />
      </QueryState>
    </Stack>
  );
}
