import { Accordion, Button, Code, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemsOf, tppApi } from '../../api/endpoints';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { capabilitiesOf, useMe } from '../../lib/auth';
import { useClientConfig } from '../../lib/client-config';
import { DEFAULT_ZONE, formatDate, monthOf, shiftMonth, todayIn } from '../../lib/format';
import { RuleSetForm } from './rule-set-form';

/** The versioned TPP rule sets, newest first, with their values; admin BKPSDM adds one. */
export default function RuleSetsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const config = useClientConfig();
  const list = useQuery({ queryKey: ['tpp', 'rule-sets'], queryFn: tppApi.ruleSets });
  const [adding, setAdding] = useState(false);
  const sets = itemsOf(list.data).sort((a, b) => b.valid_from.localeCompare(a.valid_from));
  const canAdd = !!me.data && capabilitiesOf(me.data).isCityAdmin;
  const nextMonth = `${shiftMonth(monthOf(todayIn(config.data?.timezone ?? DEFAULT_ZONE)), 1)}-01`;

  return (
    <Stack maw={900}>
      <PageTitle
        right={
          canAdd &&
          !adding && (
            <Button
              size="md"
              leftSection={<IconPlus />}
              onClick={() => setAdding(true)}
              disabled={list.isPending}
            >
              {t('ruleSets.add')}
            </Button>
          )
        }
      >
        {t('ruleSets.title')}
      </PageTitle>
      <Text c="dimmed">{t('ruleSets.intro')}</Text>
      <QueryState
        isPending={list.isPending}
        error={list.error}
        onRetry={() => list.refetch()}
        missingLabel={t('ruleSets.notYet')}
      >
        {adding && (
          <RuleSetForm sets={sets} defaultValidFrom={nextMonth} onDone={() => setAdding(false)} />
        )}
        <Accordion variant="separated" data-testid="rule-set-list">
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
                          <Table.Td>{t(`ruleSets.field.${k}`, { defaultValue: k })}</Table.Td>
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
