import { Badge, Stack, Table } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../api/endpoints';
import { PageTitle } from '../../components/page-title';
import { Pager, SearchBox, usePaging } from '../../components/pager';
import { QueryState } from '../../components/query-state';

/** Employees: search by name or NIP, page through the list. */
export default function EmployeesPage() {
  const { t } = useTranslation();
  const paging = usePaging();
  const list = useQuery({
    queryKey: ['org', 'employees', paging.query],
    queryFn: () => orgApi.employees(paging.query),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <PageTitle>{t('employees.title')}</PageTitle>
      <SearchBox value={paging.search} onChange={paging.setSearch} label={t('employees.search')} />
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => list.refetch()}>
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="employees-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('employees.nip')}</Table.Th>
                <Table.Th>{t('employees.name')}</Table.Th>
                <Table.Th>{t('employees.status')}</Table.Th>
                <Table.Th>{t('employees.rank')}</Table.Th>
                <Table.Th>{t('employees.active')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td ff="monospace">{e.nip}</Table.Td>
                  <Table.Td>{e.displayName}</Table.Td>
                  <Table.Td>{e.status}</Table.Td>
                  <Table.Td>{e.rank}</Table.Td>
                  <Table.Td>
                    <Badge color={e.active ? 'green' : 'gray'} variant="light">
                      {t(e.active ? 'common.active' : 'common.inactive')}
                    </Badge>
                  </Table.Td>
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
