import { Alert, Badge, Button, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENCY_KINDS, agencyCreateBody } from '../../../../src/modules/org/org.schema';
import { orgApi } from '../../api/endpoints';
import { PageTitle } from '../../components/page-title';
import { PagedTable } from '../../components/paged-table';
import { errorMessage, notifySuccess } from '../../lib/notify';
import { validate } from '../../lib/zod-form';

/** Agencies (OPD) with search and paging; admin BKPSDM adds new ones. */
export default function AgenciesPage() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);

  return (
    <Stack>
      <PageTitle
        right={
          <Button leftSection={<IconPlus />} onClick={open}>
            {t('agencies.add')}
          </Button>
        }
      >
        {t('agencies.title')}
      </PageTitle>
      <PagedTable
        queryKey={['org', 'agencies']}
        fetch={orgApi.agencies}
        searchLabel={t('agencies.search')}
        minWidth={560}
        columns={[
          { header: t('agencies.code'), cell: (a) => a.code },
          { header: t('agencies.name'), cell: (a) => a.name },
          {
            header: t('agencies.kind'),
            cell: (a) => t(`agencyKind.${a.kind}`, { defaultValue: a.kind }),
          },
          {
            header: t('agencies.status'),
            cell: (a) => (
              <Badge color={a.active ? 'green' : 'gray'} variant="light">
                {t(a.active ? 'common.active' : 'common.inactive')}
              </Badge>
            ),
          },
        ]}
      />
      <Modal opened={opened} onClose={close} title={t('agencies.add')}>
        <AgencyForm onDone={close} />
      </Modal>
    </Stack>
  );
}

type FormProps = { onDone: () => void };

function AgencyForm({ onDone }: FormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string | null>('dinas');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: orgApi.createAgency,
    onSuccess: () => {
      notifySuccess(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: ['org', 'agencies'] });
      onDone();
    },
  });

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const result = validate(agencyCreateBody, { code, name, kind });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    create.mutate(result.data);
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <TextInput
          label={t('agencies.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={errors.code}
        />
        <TextInput
          label={t('agencies.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
        />
        <Select
          label={t('agencies.kind')}
          data={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))}
          value={kind}
          onChange={setKind}
          error={errors.kind}
          allowDeselect={false}
        />
        {create.error && <Alert color="red">{errorMessage(create.error)}</Alert>}
        <Button type="submit" loading={create.isPending} disabled={create.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
