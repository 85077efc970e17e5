import { Code, Group, Spoiler, Stack, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditApi } from '../../api/endpoints';
import { PageTitle } from '../../components/page-title';
import { PAGE_SIZE, Pager } from '../../components/pager';
import { QueryState } from '../../components/query-state';
import { DEFAULT_ZONE, formatDateTime } from '../../lib/format';

/** The audit log, newest first, for inspektorat and admin BKPSDM. Read-only. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [action, setAction] = useState('');
  const [entity, setEntity] = useState('');
  const [page, setPage] = useState(1);
  const [filters] = useDebouncedValue({ action: action.trim(), entity: entity.trim() }, 350);
  const query = {
    action: filters.action || undefined,
    entity: filters.entity || undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const list = useQuery({
    queryKey: ['audit', query],
    queryFn: () => auditApi.list(query),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <PageTitle>{t('audit.title')}</PageTitle>
      <Group grow wrap="wrap">
        <TextInput
          label={t('audit.action')}
          placeholder="auth.login"
          value={action}
          onChange={(e) => {
            setAction(e.currentTarget.value);
            setPage(1);
          }}
        />
        <TextInput
          label={t('audit.entity')}
          placeholder="employee"
          value={entity}
          onChange={(e) => {
            setEntity(e.currentTarget.value);
            setPage(1);
          }}
        />
      </Group>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => list.refetch()}>
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="sm" data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.at')}</Table.Th>
                <Table.Th>{t('audit.actor')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.entity')}</Table.Th>
                <Table.Th>{t('audit.ip')}</Table.Th>
                <Table.Th>{t('audit.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(a.at, DEFAULT_ZONE)}
                  </Table.Td>
                  <Table.Td>{a.actorLabel}</Table.Td>
                  <Table.Td>{a.action}</Table.Td>
                  <Table.Td>
                    {a.entity}
                    {a.entityId ? ` · ${a.entityId.slice(0, 8)}` : ''}
                  </Table.Td>
                  <Table.Td>{a.ip ?? '—'}</Table.Td>
                  <Table.Td maw={320}>
                    {a.details != null && (
                      <Spoiler
                        maxHeight={40}
                        showLabel={t('common.more')}
                        hideLabel={t('common.less')}
                      >
                        <Code block>{JSON.stringify(a.details, null, 1)}</Code>
                      </Spoiler>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Pager total={list.data?.total ?? 0} page={page} onChange={setPage} />
      </QueryState>
    </Stack>
  );
}
