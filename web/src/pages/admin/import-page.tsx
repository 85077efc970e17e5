import {
  Alert,
  Button,
  Card,
  Checkbox,
  FileInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYEE_COLUMNS, POSITION_COLUMNS } from '../../../../src/modules/org/import.schema';
import { orgApi } from '../../api/endpoints';
import { ApiError } from '../../api/http';
import type { ImportReport } from '../../api/types';
import { PageTitle } from '../../components/page-title';
import { errorMessage } from '../../lib/notify';

type Kind = 'employees' | 'positions';

/** The file as base64, which is what the import route takes (no multipart yet). */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Import of employees or positions from CSV/XLSX, with the per-row error report. */
export default function ImportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('employees');
  const [file, setFile] = useState<File | null>(null);
  const [partial, setPartial] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);

  const upload = useMutation({
    mutationFn: async () => {
      if (!file) throw new Error('no file');
      return orgApi.importFile(kind, {
        filename: file.name,
        contentBase64: await toBase64(file),
        partial,
      });
    },
    onSuccess: (r) => {
      setReport(r);
      void queryClient.invalidateQueries({ queryKey: ['org'] });
    },
    onError: (err) => {
      // import_invalid carries the report: nothing was written, here is why.
      if (err instanceof ApiError && err.code === 'import_invalid') {
        setReport(err.details as ImportReport);
      } else {
        setReport(null);
      }
    },
  });

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    setReport(null);
    upload.mutate();
  }

  const columns = kind === 'employees' ? EMPLOYEE_COLUMNS : POSITION_COLUMNS;
  const refused = upload.error instanceof ApiError && upload.error.code === 'import_invalid';

  return (
    <Stack maw={960}>
      <PageTitle>{t('import.title')}</PageTitle>
      <Card withBorder>
        <form onSubmit={handleSubmit} noValidate>
          <Stack>
            <SegmentedControl
              value={kind}
              onChange={(v) => setKind(v as Kind)}
              data={[
                { value: 'employees', label: t('import.employees') },
                { value: 'positions', label: t('import.positions') },
              ]}
            />
            <Text size="sm" c="dimmed">
              {t('import.columns')}:{' '}
              {columns.map((c) => (c.required ? `${c.name}*` : c.name)).join(', ')}
            </Text>
            <FileInput
              label={t('import.file')}
              accept=".csv,.xlsx"
              leftSection={<IconFileSpreadsheet size={18} />}
              value={file}
              onChange={setFile}
              clearable
              data-testid="import-file"
            />
            <Checkbox
              label={t('import.partial')}
              description={t('import.partialHint')}
              checked={partial}
              onChange={(e) => setPartial(e.currentTarget.checked)}
            />
            <Button type="submit" disabled={!file || upload.isPending} loading={upload.isPending}>
              {t('import.upload')}
            </Button>
          </Stack>
        </form>
      </Card>
      {upload.error && !refused && <Alert color="red">{errorMessage(upload.error)}</Alert>}
      {report && <ReportView report={report} refused={refused} />}
    </Stack>
  );
}

type ReportProps = { report: ImportReport; refused: boolean };

function ReportView({ report, refused }: ReportProps) {
  const { t } = useTranslation();
  return (
    <Stack data-testid="import-report">
      <Alert color={refused ? 'red' : report.errors.length ? 'yellow' : 'green'}>
        {refused
          ? t('import.refused', { count: report.errors.length })
          : t('import.summary', { created: report.created, updated: report.updated })}
      </Alert>
      {report.errors.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.row')}</Table.Th>
                <Table.Th>{t('import.column')}</Table.Th>
                <Table.Th>{t('import.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((e) => (
                <Table.Tr key={`${e.row}-${e.column}-${e.reason}`}>
                  <Table.Td>{e.row}</Table.Td>
                  <Table.Td>{e.column}</Table.Td>
                  <Table.Td>{e.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
