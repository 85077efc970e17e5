import {
  AppShell,
  Badge,
  Burger,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure, useNetwork } from '@mantine/hooks';
import {
  IconCalendarMonth,
  IconFingerprint,
  IconMenu2,
  IconNotebook,
  IconWifiOff,
} from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, NavLink as RouterLink, useLocation } from 'react-router';
import type { Me } from '../api/types';
import { capabilitiesOf } from '../lib/auth';
import { navSections } from './nav-items';
import { PageLoader } from './page-loader';

type Props = { me: Me };

/** Header, menu and, for employees on a phone, the bottom bar with the three daily screens. */
export function AppLayout({ me }: Props) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const network = useNetwork();
  const location = useLocation();
  const caps = capabilitiesOf(me);
  const sections = navSections(caps);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 270, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              aria-label={t('nav.openMenu')}
            />
            <Title order={1} size="h3">
              SIPOLIMA
            </Title>
          </Group>
          {!network.online && (
            // Sentence case and no shrinking: on a 360 px phone the capitals were cut off.
            <Badge
              color="orange"
              size="lg"
              tt="none"
              style={{ flexShrink: 0 }}
              leftSection={<IconWifiOff size={16} />}
            >
              {t('common.offline')}
            </Badge>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <ScrollArea>
          <Stack gap={4}>
            <Text px="sm" pt="xs" fw={700} truncate>
              {me.label}
            </Text>
            {sections.map((section) => (
              <Stack key={section.label} gap={0}>
                <Text size="sm" c="dimmed" px="sm" pt="sm" fw={600}>
                  {t(section.label)}
                </Text>
                {section.items.map((item) => (
                  <NavLink
                    key={item.to}
                    component={RouterLink}
                    to={item.to}
                    end={item.to === '/'}
                    label={t(item.label)}
                    leftSection={<item.icon size={22} />}
                    active={location.pathname === item.to}
                    onClick={close}
                    style={{ minHeight: 48 }}
                  />
                ))}
              </Stack>
            ))}
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main pb={caps.isEmployee ? 90 : undefined}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      {caps.isEmployee && (
        <nav className="bottom-nav" aria-label={t('nav.bottom')}>
          <RouterLink to="/" end onClick={close}>
            <IconFingerprint size={26} />
            {t('nav.homeShort')}
          </RouterLink>
          <RouterLink to="/bulan" onClick={close}>
            <IconCalendarMonth size={26} />
            {t('nav.monthShort')}
          </RouterLink>
          <RouterLink to="/laporan" onClick={close}>
            <IconNotebook size={26} />
            {t('nav.reportShort')}
          </RouterLink>
          <button type="button" onClick={toggle} aria-expanded={opened}>
            <IconMenu2 size={26} />
            {t('nav.more')}
          </button>
        </nav>
      )}
    </AppShell>
  );
}
