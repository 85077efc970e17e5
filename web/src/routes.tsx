import { Button, Center, Stack, Text } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { AppLayout } from './components/app-layout';
import { PageLoader } from './components/page-loader';
import { QueryState } from './components/query-state';
import { useMe } from './lib/auth';
import { HomePage } from './pages/home-page';

// The employee's home is in the main bundle; every other screen is its own chunk, and the
// admin screens (maps, tables) never load on an employee's phone.
const LoginPage = lazy(() => import('./pages/login-page'));
const MonthPage = lazy(() => import('./pages/month-page'));
const ReportPage = lazy(() => import('./pages/report-page'));
const LeavePage = lazy(() => import('./pages/leave-page'));
const TppPage = lazy(() => import('./pages/tpp-page'));
const SettingsPage = lazy(() => import('./pages/settings-page'));
const VerifyPage = lazy(() => import('./pages/supervisor/verify-page'));
const LeaveApprovalsPage = lazy(() => import('./pages/supervisor/leave-approvals-page'));
const TeamPage = lazy(() => import('./pages/supervisor/team-page'));
const AgenciesPage = lazy(() => import('./pages/admin/agencies-page'));
const PositionsPage = lazy(() => import('./pages/admin/positions-page'));
const EmployeesPage = lazy(() => import('./pages/admin/employees-page'));
const ImportPage = lazy(() => import('./pages/admin/import-page'));
const OfficesPage = lazy(() => import('./pages/admin/offices-page'));
const HolidaysPage = lazy(() => import('./pages/admin/holidays-page'));
const RuleSetsPage = lazy(() => import('./pages/admin/rule-sets-page'));
const MonthClosePage = lazy(() => import('./pages/admin/month-close-page'));
const RecapPage = lazy(() => import('./pages/admin/recap-page'));
const AuditPage = lazy(() => import('./pages/admin/audit-page'));

/** Everything behind the login: the layout once we know who it is. */
function AuthGate() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.error || me.data === undefined) {
    return (
      <Center p="md" mih="60vh">
        <QueryState isPending={false} error={me.error} onRetry={() => me.refetch()}>
          {null}
        </QueryState>
      </Center>
    );
  }
  if (me.data === null) {
    const next = location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname)}`;
    return <Navigate to={`/masuk${next}`} replace />;
  }
  return <AppLayout me={me.data} />;
}

function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih="50vh">
      <Stack align="center">
        <Text size="lg">{t('common.notFound')}</Text>
        <Button component="a" href="/">
          {t('common.toHome')}
        </Button>
      </Stack>
    </Center>
  );
}

export const router = createBrowserRouter([
  { path: '/masuk', element: <LoginPage /> },
  {
    path: '/',
    element: <AuthGate />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'bulan', element: <MonthPage /> },
      { path: 'laporan', element: <ReportPage /> },
      { path: 'cuti', element: <LeavePage /> },
      { path: 'tpp', element: <TppPage /> },
      { path: 'pengaturan', element: <SettingsPage /> },
      { path: 'atasan/verifikasi', element: <VerifyPage /> },
      { path: 'atasan/cuti', element: <LeaveApprovalsPage /> },
      { path: 'atasan/tim', element: <TeamPage /> },
      { path: 'admin/instansi', element: <AgenciesPage /> },
      { path: 'admin/jabatan', element: <PositionsPage /> },
      { path: 'admin/pegawai', element: <EmployeesPage /> },
      { path: 'admin/impor', element: <ImportPage /> },
      { path: 'admin/kantor', element: <OfficesPage /> },
      { path: 'admin/libur', element: <HolidaysPage /> },
      { path: 'admin/aturan', element: <RuleSetsPage /> },
      { path: 'admin/tutup-bulan', element: <MonthClosePage /> },
      { path: 'admin/rekap', element: <RecapPage /> },
      { path: 'admin/audit', element: <AuditPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
