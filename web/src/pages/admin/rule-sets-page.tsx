import { Accordion, Code, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { itemsOf, tppApi } from '../../api/endpoints';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { formatDate } from '../../lib/format';

/**
 * The versioned TPP rule sets, newest first, with their values.
 * TODO(#4): adding a version (POST /api/tpp/rule-sets) has no form yet; admins use the API.
 */
export default function RuleSetsPage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['tpp', 'rule-sets'], queryFn: tppApi.ruleSets });
  const sets = itemsOf(list.data).sort((a, b) => b.valid_from.localeCompare(a.valid_from));
  return (
    <Stack maw={900}>
      <PageTitle>{t('ruleSets.title')}</PageTitle>
      <Text c="dimmed">{t('ruleSets.intro')}</Text>
      <QueryState
        isPending={list.isPending}
        error={list.error}
        onRetry={() => list.refetch()}
        missingLabel={t('ruleSets.notYet')}
      >
        <Accordion variant="separated">
          {sets.map((s) => (
            <Accordion.Item key={s.id} value={s.id}>
              <Accordion.Control>
                {s.id} · {t('ruleSets.validFrom', { date: formatDate(s.valid_from) })}
              </Accordion.Control>
              <Accordion.Panel>
                <Table>
                  <Table.Tbody>
                    {Object.entries(s)
                      .filter(([k]) => k !== 'id' && k !== 'valid_from')
                      .map(([k, v]) => (
                        <Table.Tr key={k}>
                          <Table.Td>{k}</Table.Td>
                          <Table.Td>
                            <Code>{JSON.stringify(v)}</Code>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                  </Table.Tbody>
                </Table>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </QueryState>
    </Stack>
  );
}
