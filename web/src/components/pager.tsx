import { Group, Pagination, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';

export const PAGE_SIZE = 25;

/** Search text (debounced) and page number for a server-paged list. */
export function usePaging() {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 350);
  const [page, setPage] = useState(1);
  return {
    search,
    setSearch: (s: string) => {
      setSearch(s);
      setPage(1);
    },
    q,
    page,
    setPage,
    query: { q: q || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  };
}

type SearchProps = { value: string; onChange: (s: string) => void; label: string };

export function SearchBox({ value, onChange, label }: SearchProps) {
  return (
    <TextInput
      leftSection={<IconSearch size={18} />}
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      type="search"
    />
  );
}

type PagerProps = { total: number; page: number; onChange: (p: number) => void };

export function Pager({ total, page, onChange }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" c="dimmed">
        {t('common.total', { count: total, n: formatNumber(total) })}
      </Text>
      {pages > 1 && <Pagination total={pages} value={page} onChange={onChange} size="lg" />}
    </Group>
  );
}
