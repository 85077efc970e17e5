import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../api/endpoints';
import { PageTitle } from '../../components/page-title';
import { PagedTable } from '../../components/paged-table';

/** Employees: search by name or NIP, page through the list. */
export default function EmployeesPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('employees.title')}</PageTitle>
      <PagedTable
        queryKey={['org', 'employees']}
        fetch={orgApi.employees}
        searchLabel={t('employees.search')}
        minWidth={720}
        testId="employees-table"
        columns={[
          { header: t('employees.nip'), cell: (e) => <Text ff="monospace">{e.nip}</Text> },
          { header: t('employees.name'), cell: (e) => e.displayName },
          { header: t('employees.status'), cell: (e) => e.status },
          { header: t('employees.rank'), cell: (e) => e.rank },
          {
            header: t('employees.active'),
            cell: (e) => (
              <Badge color={e.active ? 'green' : 'gray'} variant="light">
                {t(e.active ? 'common.active' : 'common.inactive')}
              </Badge>
            ),
          },
        ]}
      />
    </Stack>
  );
}
