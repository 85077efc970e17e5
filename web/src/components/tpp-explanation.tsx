import { List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TppResult, TppSummary } from '../api/types';
import { formatNumber, formatPercent, formatRupiah } from '../lib/format';

type Props = { result: TppSummary & Partial<Pick<TppResult, 'explanation'>> };

/** One month's TPP: the amounts, then the explanation lines in words. */
export function TppExplanation({ result }: Props) {
  const { t } = useTranslation();
  const lines = result.explanation ?? [];
  return (
    <Stack gap="xs">
      <Text size="xl" fw={800} data-testid="tpp-total">
        {formatRupiah(result.total)}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={4}>
        <Text data-testid="tpp-base">
          {t('tpp.base')}: {formatRupiah(result.base)}
        </Text>
        <Text data-testid="tpp-discipline">
          {t('tpp.discipline')}: {formatRupiah(result.disciplinePaid)}
        </Text>
        <Text data-testid="tpp-performance">
          {t('tpp.performance')}: {formatRupiah(result.performancePaid)}
        </Text>
        <Text data-testid="tpp-deduction">
          {t('tpp.deduction')}: {formatPercent(result.deductionPct)}
        </Text>
        <Text data-testid="tpp-productivity">
          {t('tpp.productivity')}: {formatPercent(result.productivityPct)}
        </Text>
        <Text data-testid="tpp-minutes">
          {t('tpp.minutes', {
            verified: formatNumber(result.verifiedMinutes),
            target: formatNumber(result.targetMinutes),
          })}
        </Text>
        {!!result.adjustments && (
          <Text>
            {t('tpp.adjustments')}: {formatRupiah(result.adjustments)}
          </Text>
        )}
      </SimpleGrid>
      {lines.length > 0 && (
        <>
          <Text fw={700}>{t('tpp.why')}</Text>
          <List spacing={4} data-testid="tpp-explanation">
            {lines.map((line, i) => (
              // Lines have no id; their order is the explanation's order.
              // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
              <List.Item key={i}>{line}</List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
