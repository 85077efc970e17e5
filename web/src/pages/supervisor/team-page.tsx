import { Alert, Button, Stack } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/page-title';

/**
 * Today's team board.
 * TODO(#4): no server route gives a supervisor the team's attendance today (nor the live
 * map of DESIGN.md); build the board on it when it exists. Until then this screen says so
 * and leads to the work that can be done.
 */
export default function TeamPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={640} mx="auto">
      <PageTitle>{t('team.title')}</PageTitle>
      <Alert icon={<IconClockHour4 />} color="gray" title={t('common.notAvailableTitle')}>
        {t('team.notYet')}
      </Alert>
      <Button component={Link} to="/atasan/verifikasi" variant="light">
        {t('nav.verify')}
      </Button>
    </Stack>
  );
}
