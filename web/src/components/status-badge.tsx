import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  draft: 'gray',
  submitted: 'blue',
  pending: 'blue',
  approved: 'green',
  rejected: 'red',
  refused: 'red',
  returned: 'orange',
  cancelled: 'gray',
  open: 'blue',
  closing: 'yellow',
  closed: 'green',
};

type Props = { status: string };

/** A report item's, leave request's or month's state, in words and colour. */
export function StatusBadge({ status }: Props) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" size="lg">
      {t(`itemStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}
