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
    // No shrinking: beside a long title the state must stay readable, not "MENUN…".
    <Badge color={COLORS[status] ?? 'gray'} variant="light" size="lg" style={{ flexShrink: 0 }}>
      {t(`itemStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}
