import { Group, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';

type Props = { children: string; right?: ReactNode };

/** The screen's heading, also set as the document title for screen readers and tabs. */
export function PageTitle({ children, right }: Props) {
  useEffect(() => {
    document.title = `${children} · SIPOLIMA`;
  }, [children]);
  return (
    <Group justify="space-between" mb="md" wrap="wrap" gap="sm">
      <Title order={2}>{children}</Title>
      {right}
    </Group>
  );
}
