import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officeCreateBody, officePatchBody } from '../../../../src/modules/org/offices.schema';
import { orgApi } from '../../api/endpoints';
import type { Office } from '../../api/types';
import { PageLoader } from '../../components/page-loader';
import { errorMessage, notifySuccess } from '../../lib/notify';
import { validate } from '../../lib/zod-form';
import type { MapMode } from './office-map';

const OfficeMap = lazy(() => import('./office-map'));

/** Baubau city centre: where a new office starts before anyone clicks. */
const START = { lat: -5.4699, lon: 122.6163 };
const ZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];

type Props = { office: Office | null; onSaved: (o: Office) => void };

/** Edits one office: fields on the left, the geofence drawn on the map. */
export function OfficeEditor({ office, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(office?.code ?? '');
  const [name, setName] = useState(office?.name ?? '');
  const [timezone, setTimezone] = useState<string | null>(office?.timezone ?? 'Asia/Makassar');
  const [lat, setLat] = useState(office?.lat ?? START.lat);
  const [lon, setLon] = useState(office?.lon ?? START.lon);
  const [mode, setMode] = useState<MapMode>(office?.polygon ? 'polygon' : 'circle');
  const [radiusM, setRadius] = useState<number | string>(office?.radiusM ?? 100);
  // The stored ring is closed (first = last); the editor keeps it open.
  const [vertices, setVertices] = useState<Array<[number, number]>>(
    office?.polygon ? office.polygon.slice(0, -1) : [],
  );
  const [tilesFailed, setTilesFailed] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: (body: Omit<Office, 'id' | 'agencyId'>) =>
      office ? orgApi.updateOffice(office.id, body) : orgApi.createOffice(body),
    onSuccess: (saved) => {
      notifySuccess(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: ['org', 'offices'] });
      onSaved(saved);
    },
  });

  function handlePick(pLat: number, pLon: number) {
    const round = (n: number) => Math.round(n * 1e6) / 1e6;
    if (mode === 'circle') {
      setLat(round(pLat));
      setLon(round(pLon));
    } else {
      setVertices((v) => [...v, [round(pLon), round(pLat)]]);
    }
  }

  function handleSave() {
    const polygon = mode === 'polygon' && vertices.length > 0 ? [...vertices, vertices[0]] : null;
    // A polygon office's point is the average of its corners: the map's anchor and label.
    const centre =
      mode === 'polygon' && vertices.length > 0
        ? {
            lat: vertices.reduce((s, v) => s + v[1], 0) / vertices.length,
            lon: vertices.reduce((s, v) => s + v[0], 0) / vertices.length,
          }
        : { lat, lon };
    const body = {
      code,
      name,
      timezone: timezone ?? '',
      ...centre,
      radiusM: mode === 'circle' ? Number(radiusM) : null,
      polygon,
    };
    const result = validate(office ? officePatchBody : officeCreateBody, body);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    save.mutate(body);
  }

  return (
    <Card withBorder>
      <Stack>
        <Text fw={700} size="lg">
          {office ? office.name : t('offices.add')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('offices.code')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={errors.code}
          />
          <TextInput
            label={t('offices.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <Select
            label={t('offices.timezone')}
            data={ZONES}
            value={timezone}
            onChange={setTimezone}
            error={errors.timezone}
            allowDeselect={false}
          />
          <SegmentedControl
            value={mode}
            onChange={(v) => setMode(v as MapMode)}
            data={[
              { value: 'circle', label: t('offices.circle') },
              { value: 'polygon', label: t('offices.polygon') },
            ]}
            style={{ alignSelf: 'end' }}
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {mode === 'circle' ? t('offices.circleHint') : t('offices.polygonHint')}
        </Text>
        {tilesFailed && (
          <Alert color="yellow" icon={<IconMapOff />} data-testid="tiles-failed">
            {t('offices.tilesFailed')}
          </Alert>
        )}
        <Suspense fallback={<PageLoader />}>
          <OfficeMap
            lat={lat}
            lon={lon}
            radiusM={Number(radiusM) || null}
            vertices={vertices}
            mode={mode}
            onPick={handlePick}
            onTileError={() => setTilesFailed(true)}
          />
        </Suspense>
        {mode === 'circle' ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('offices.lat')}
              value={lat}
              onChange={(v) => setLat(Number(v))}
              decimalScale={6}
              error={errors.lat}
            />
            <NumberInput
              label={t('offices.lon')}
              value={lon}
              onChange={(v) => setLon(Number(v))}
              decimalScale={6}
              error={errors.lon}
            />
            <NumberInput
              label={t('offices.radius')}
              value={radiusM}
              onChange={setRadius}
              min={1}
              max={50000}
              suffix=" m"
              error={errors.radiusM}
              data-testid="radius-input"
            />
          </SimpleGrid>
        ) : (
          <Group>
            <Text>{t('offices.vertices', { count: vertices.length })}</Text>
            <Button
              variant="light"
              size="md"
              onClick={() => setVertices((v) => v.slice(0, -1))}
              disabled={!vertices.length}
            >
              {t('offices.undoVertex')}
            </Button>
            <Button
              variant="subtle"
              size="md"
              onClick={() => setVertices([])}
              disabled={!vertices.length}
            >
              {t('offices.clearVertices')}
            </Button>
            {errors.polygon && <Text c="red">{errors.polygon}</Text>}
          </Group>
        )}
        {save.error && <Alert color="red">{errorMessage(save.error)}</Alert>}
        <Button onClick={handleSave} loading={save.isPending} disabled={save.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </Card>
  );
}
