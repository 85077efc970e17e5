import { Table } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Pager, SearchBox, usePaging } from './pager';
import { QueryState } from './query-state';

export type Column<T> = { header: string; cell: (row: T) => ReactNode };

type PageQuery = ReturnType<typeof usePaging>['query'];

type Props<T extends { id: string }> = {
  /** Query-cache key of the list; the page and search are appended. */
  queryKey: readonly string[];
  fetch: (query: PageQuery) => Promise<{ items: T[]; total: number }>;
  searchLabel: string;
  columns: ReadonlyArray<Column<T>>;
  minWidth: number;
  testId?: string;
};

/** A server-paged list with a search box: the shape every admin list page shares. */
export function PagedTable<T extends { id: string }>(props: Props<T>) {
  const paging = usePaging();
  const list = useQuery({
    queryKey: [...props.queryKey, paging.query],
    queryFn: () => props.fetch(paging.query),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <SearchBox value={paging.search} onChange={paging.setSearch} label={props.searchLabel} />
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => list.refetch()}>
        <Table.ScrollContainer minWidth={props.minWidth}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid={props.testId}>
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((c) => (
                  <Table.Th key={c.header}>{c.header}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((row) => (
                <Table.Tr key={row.id}>
                  {props.columns.map((c) => (
                    <Table.Td key={c.header}>{c.cell(row)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Pager total={list.data?.total ?? 0} page={paging.page} onChange={paging.setPage} />
      </QueryState>
    </>
  );
}
