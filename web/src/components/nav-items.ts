import {
  type Icon,
  IconBuilding,
  IconCalendarEvent,
  IconCalendarMonth,
  IconCash,
  IconChecklist,
  IconFileSpreadsheet,
  IconFingerprint,
  IconHierarchy2,
  IconLock,
  IconMapPin,
  IconNotebook,
  IconPlaneDeparture,
  IconReportMoney,
  IconScale,
  IconSettings,
  IconUpload,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { Capabilities } from '../lib/auth';

export type NavItem = { to: string; label: string; icon: Icon };
export type NavSection = { label: string; items: NavItem[] };

/** The menu for a person: only the sections their roles can use. Labels are i18n keys. */
export function navSections(c: Capabilities): NavSection[] {
  const sections: NavSection[] = [];
  if (c.isEmployee) {
    sections.push({
      label: 'nav.sectionMine',
      items: [
        { to: '/', label: 'nav.home', icon: IconFingerprint },
        { to: '/bulan', label: 'nav.month', icon: IconCalendarMonth },
        { to: '/laporan', label: 'nav.report', icon: IconNotebook },
        { to: '/cuti', label: 'nav.leave', icon: IconPlaneDeparture },
        { to: '/tpp', label: 'nav.tpp', icon: IconCash },
      ],
    });
  }
  if (c.isSupervisor) {
    sections.push({
      label: 'nav.sectionTeam',
      items: [
        { to: '/atasan/verifikasi', label: 'nav.verify', icon: IconChecklist },
        { to: '/atasan/cuti', label: 'nav.leaveApprovals', icon: IconCalendarEvent },
        { to: '/atasan/tim', label: 'nav.team', icon: IconUsersGroup },
      ],
    });
  }
  if (c.seesAdmin) {
    const admin: NavItem[] = [];
    if (c.isAgencyAdmin || c.isCityAdmin || c.isAuditor) {
      admin.push(
        { to: '/admin/instansi', label: 'nav.agencies', icon: IconBuilding },
        { to: '/admin/jabatan', label: 'nav.positions', icon: IconHierarchy2 },
        { to: '/admin/pegawai', label: 'nav.employees', icon: IconUsers },
        { to: '/admin/kantor', label: 'nav.offices', icon: IconMapPin },
      );
    }
    if (c.isAgencyAdmin || c.isCityAdmin) {
      admin.push({ to: '/admin/impor', label: 'nav.import', icon: IconUpload });
    }
    if (c.isCityAdmin || c.isAuditor) {
      admin.push(
        { to: '/admin/libur', label: 'nav.holidays', icon: IconCalendarEvent },
        { to: '/admin/aturan', label: 'nav.ruleSets', icon: IconScale },
      );
    }
    if (c.isCityAdmin) {
      admin.push({ to: '/admin/tutup-bulan', label: 'nav.monthClose', icon: IconReportMoney });
    }
    admin.push({ to: '/admin/rekap', label: 'nav.recap', icon: IconFileSpreadsheet });
    if (c.isCityAdmin || c.isAuditor) {
      admin.push({ to: '/admin/audit', label: 'nav.audit', icon: IconLock });
    }
    sections.push({ label: 'nav.sectionAdmin', items: admin });
  }
  sections.push({
    label: 'nav.sectionAccount',
    items: [{ to: '/pengaturan', label: 'nav.settings', icon: IconSettings }],
  });
  return sections;
}

/** Where a person lands after login: employees on the check-in button, others on their work. */
export function homePathOf(c: Capabilities): string {
  if (c.isEmployee) return '/';
  if (c.isCityAdmin || c.isAgencyAdmin) return '/admin/pegawai';
  if (c.isFinance) return '/admin/rekap';
  if (c.isAuditor) return '/admin/audit';
  return '/pengaturan';
}
