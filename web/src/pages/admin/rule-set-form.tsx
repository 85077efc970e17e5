import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tppApi } from '../../api/endpoints';
import { ApiError } from '../../api/http';
import type { RuleSet } from '../../api/types';
import { formatDate } from '../../lib/format';
import { errorMessage, fieldErrors, notifySuccess } from '../../lib/notify';
import { validate } from '../../lib/zod-form';
import { ruleSetCreateForm } from '../../schemas/rule-set.schema';
import {
  changedValues,
  type Edits,
  FIELD_GROUPS,
  type FieldValue,
  fieldOfPath,
  kindOf,
  LEAVE_KIND_CHOICES,
  valueIn,
  versionInForce,
} from './rule-set-fields';

type Props = {
  sets: RuleSet[];
  /** Suggested first day: the first of next month. */
  defaultValidFrom: string;
  onDone: () => void;
};

/**
 * A new rule-set version (admin BKPSDM). The form starts from the version in force on the
 * chosen first day and sends only the fields changed from it, as the API expects.
 */
export function RuleSetForm({ sets, defaultValidFrom, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [validFrom, setValidFrom] = useState(defaultValidFrom);
  const [id, setId] = useState<string | null>(null);
  const [edits, setEdits] = useState<Edits>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const base = versionInForce(sets, validFrom);
  const shownId = id ?? `tpp-${validFrom}`;
  const value = (name: string): FieldValue => edits[name] ?? valueIn(base, name);

  const create = useMutation({
    mutationFn: tppApi.createRuleSet,
    onSuccess: (created) => {
      notifySuccess(t('ruleSets.created', { id: created.id }));
      void queryClient.invalidateQueries({ queryKey: ['tpp', 'rule-sets'] });
      onDone();
    },
    onError: (err) => setErrors(serverFieldErrors(err)),
  });

  function handleChange(name: string, next: FieldValue) {
    setEdits((prev) => ({ ...prev, [name]: next }));
  }

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const body = { id: shownId, valid_from: validFrom, values: changedValues(base, edits) };
    const result = validate(ruleSetCreateForm, body);
    if (!result.ok) {
      const named: Record<string, string> = {};
      for (const path of Object.keys(result.errors)) {
        const field = fieldOfPath(path);
        named[field] ??= t(`ruleSets.invalid.${invalidKey(field)}`);
      }
      return setErrors(named);
    }
    setErrors({});
    // The validated body has decimals normalised ("0.40" → "0.4"): the server stores the same.
    create.mutate(result.data);
  }

  function labelOf(name: string): string {
    const [head, sub] = name.split('.');
    if (head === 'deduction_pct') return t(`codes.${sub.replace(/\d+$/, '')}`, { code: sub });
    if (head === 'band_upper_minutes') return t('ruleSets.field.band', { n: Number(sub) + 1 });
    return t(`ruleSets.field.${name}`);
  }

  const input = (name: string) => {
    const kind = kindOf(name);
    return (
      <TextInput
        key={name}
        label={labelOf(name)}
        inputMode={kind === 'share' || kind === 'percent' ? 'decimal' : 'numeric'}
        value={String(value(name))}
        onChange={(e) => handleChange(name, e.currentTarget.value)}
        error={errors[name]}
        size="md"
      />
    );
  };

  return (
    <Card withBorder data-testid="rule-set-form">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Text fw={700} size="lg">
            {t('ruleSets.add')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('ruleSets.id')}
              description={t('ruleSets.idHint')}
              value={shownId}
              onChange={(e) => setId(e.currentTarget.value)}
              error={errors.id}
              size="md"
            />
            <TextInput
              type="date"
              label={t('ruleSets.validFromLabel')}
              description={t('ruleSets.validFromHint')}
              value={validFrom}
              onChange={(e) => setValidFrom(e.currentTarget.value)}
              error={errors.valid_from}
              size="md"
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed" data-testid="rule-set-base">
            {t('ruleSets.basedOn', { id: base.id, date: formatDate(base.valid_from) })}
          </Text>
          {FIELD_GROUPS.map((group) => (
            <Stack key={group.key} gap="xs">
              <div>
                <Text fw={700}>{t(`ruleSets.group.${group.key}`)}</Text>
                <Text size="sm" c="dimmed">
                  {t(`ruleSets.groupHint.${group.key}`)}
                </Text>
              </div>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
                {group.fields.map((f) => input(f.name))}
              </SimpleGrid>
              {group.key === 'limits' && errors.band_upper_minutes && (
                <Text c="red" size="sm">
                  {errors.band_upper_minutes}
                </Text>
              )}
              {group.key === 'performance' && (
                <Switch
                  size="md"
                  label={t('ruleSets.field.auto_approve_unverified')}
                  checked={value('auto_approve_unverified') === true}
                  onChange={(e) => handleChange('auto_approve_unverified', e.currentTarget.checked)}
                />
              )}
              {group.key === 'leave' && (
                <MultiSelect
                  size="md"
                  label={t('ruleSets.field.prorated_leave_kinds')}
                  data={LEAVE_KIND_CHOICES.map((k) => ({ value: k, label: t(`leaveKind.${k}`) }))}
                  value={value('prorated_leave_kinds') as string[]}
                  onChange={(v) => handleChange('prorated_leave_kinds', v)}
                  error={errors.prorated_leave_kinds}
                />
              )}
            </Stack>
          ))}
          {create.error && (
            <Alert color="red" title={t('ruleSets.refused')} data-testid="rule-set-error">
              {errorMessage(create.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={onDone} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              size="md"
              loading={create.isPending}
              disabled={create.isPending}
              data-testid="rule-set-save"
            >
              {t('ruleSets.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The message key of an invalid field: by its kind, or the field itself for id/date. */
function invalidKey(field: string): string {
  if (field === 'id') return 'id';
  if (field === 'valid_from') return 'date';
  if (field === 'band_upper_minutes') return 'bands';
  return kindOf(field) ?? 'other';
}

/** A refusal names its field in `details.field` (one) or `details.fields[]` (validation). */
function serverFieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const one = (err.details as { field?: unknown } | undefined)?.field;
  const named = typeof one === 'string' ? { [one]: err.message } : {};
  const many = Object.entries(fieldErrors(err)).map(([path, message]) => [
    fieldOfPath(path),
    message || err.message,
  ]);
  return { ...named, ...Object.fromEntries(many) };
}
