import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../api/endpoints';
import { PageTitle } from '../../components/page-title';
import { PagedTable } from '../../components/paged-table';

/** Positions with search and paging; new positions come through the import. */
export default function PositionsPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('positions.title')}</PageTitle>
      <PagedTable
        queryKey={['org', 'positions']}
        fetch={orgApi.positions}
        searchLabel={t('positions.search')}
        minWidth={640}
        columns={[
          { header: t('positions.code'), cell: (p) => p.code },
          { header: t('positions.name'), cell: (p) => p.name },
          {
            header: t('positions.type'),
            cell: (p) => t(`positionType.${p.type}`, { defaultValue: p.type }),
          },
          { header: t('positions.kelas'), cell: (p) => p.kelasJabatan },
        ]}
      />
    </Stack>
  );
}
