import { Button, Card, Grid, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../api/endpoints';
import type { Office } from '../../api/types';
import { PageTitle } from '../../components/page-title';
import { Pager, SearchBox, usePaging } from '../../components/pager';
import { QueryState } from '../../components/query-state';
import { OfficeEditor } from './office-editor';

/** Offices and their geofences, on a map. */
export default function OfficesPage() {
  const { t } = useTranslation();
  const paging = usePaging();
  const [editing, setEditing] = useState<Office | 'new' | null>(null);
  const list = useQuery({
    queryKey: ['org', 'offices', paging.query],
    queryFn: () => orgApi.offices(paging.query),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <PageTitle
        right={
          <Button leftSection={<IconPlus />} onClick={() => setEditing('new')}>
            {t('offices.add')}
          </Button>
        }
      >
        {t('offices.title')}
      </PageTitle>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <SearchBox
              value={paging.search}
              onChange={paging.setSearch}
              label={t('offices.search')}
            />
            <QueryState
              isPending={list.isPending}
              error={list.error}
              onRetry={() => list.refetch()}
            >
              <Table highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('offices.name')}</Table.Th>
                    <Table.Th>{t('offices.geofence')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data?.items.map((o) => (
                    <Table.Tr
                      key={o.id}
                      onClick={() => setEditing(o)}
                      style={{ cursor: 'pointer' }}
                      bg={
                        editing !== 'new' && editing?.id === o.id
                          ? 'var(--mantine-primary-color-light)'
                          : undefined
                      }
                    >
                      <Table.Td>
                        <Text fw={600}>{o.name}</Text>
                        <Text size="xs" c="dimmed">
                          {o.code}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {o.polygon
                          ? t('offices.polygonOf', { count: o.polygon.length - 1 })
                          : t('offices.circleOf', { radius: o.radiusM })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Pager total={list.data?.total ?? 0} page={paging.page} onChange={paging.setPage} />
            </QueryState>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          {editing ? (
            <OfficeEditor
              key={editing === 'new' ? 'new' : editing.id}
              office={editing === 'new' ? null : editing}
              onSaved={(o) => setEditing(o)}
            />
          ) : (
            <Card withBorder>
              <Text c="dimmed">{t('offices.pick')}</Text>
            </Card>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
