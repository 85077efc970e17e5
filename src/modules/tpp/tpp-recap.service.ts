import type { Db } from '../../db/client';
import { fail } from '../../http/errors';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { monthLabel } from './month-explain';
import { findMonth, findResults } from './tpp-results.store';

const COLUMNS = [
  { header: 'No', key: 'no', width: 6 },
  { header: 'NIP', key: 'nip', width: 21 },
  { header: 'Nama', key: 'name', width: 34 },
  { header: 'Pangkat/Gol.', key: 'rank', width: 12 },
  { header: 'Jabatan', key: 'position', width: 34 },
  { header: 'Dasar TPP', key: 'base', width: 15 },
  { header: 'Disiplin dibayar', key: 'discipline', width: 17 },
  { header: 'Kinerja dibayar', key: 'performance', width: 17 },
  { header: 'Penyesuaian', key: 'adjustments', width: 15 },
  { header: 'Total', key: 'total', width: 16 },
] as const;

const MONEY_KEYS = ['base', 'discipline', 'performance', 'adjustments', 'total'] as const;

/**
 * The payment recap of a closed month as XLSX, for keuangan and admins: one row per
 * employee and a total row. Open months have no recap: their numbers still move.
 */
export async function buildRecap(
  db: Db,
  actor: Actor,
  query: { month: string; agencyId?: string },
): Promise<{ filename: string; content: Buffer }> {
  const month = await findMonth(db, query.month);
  const closed = month?.status === 'closed';
  const allowed = query.agencyId
    ? can(actor, 'tpp.read', { agencyId: query.agencyId, monthClosed: true })
    : can(actor, 'tpp.read', { monthClosed: true });
  let agencyId = query.agencyId;
  if (!allowed) {
    // An admin OPD without a filter gets its own agency's recap.
    if (
      !query.agencyId &&
      actor.adminAgencyId &&
      can(actor, 'tpp.read', { agencyId: actor.adminAgencyId })
    ) {
      agencyId = actor.adminAgencyId;
    } else {
      throw fail('forbidden');
    }
  }
  if (!closed) {
    throw fail(
      'month_open',
      { month: query.month },
      `Rekap hanya tersedia untuk bulan yang sudah ditutup (${monthLabel(query.month)} belum).`,
    );
  }
  const { items } = await findResults(db, query.month, { agencyId });
  // Loaded here, not at start-up: exceljs is large and only this route needs it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SIPOLIMA';
  const sheet = workbook.addWorksheet(`TPP ${query.month}`);
  sheet.columns = COLUMNS.map((c) => ({ ...c }));
  sheet.getRow(1).font = { bold: true };
  items.forEach((r, i) => {
    sheet.addRow({
      no: i + 1,
      nip: r.nip,
      name: r.name,
      rank: r.rank,
      position: r.positionName ?? '',
      base: r.base,
      discipline: r.disciplinePaid,
      performance: r.performancePaid,
      adjustments: r.adjustments,
      total: r.total,
    });
  });
  const sum = (pick: (r: (typeof items)[number]) => number) =>
    items.reduce((acc, r) => acc + pick(r), 0);
  const totalRow = sheet.addRow({
    name: `Jumlah (${items.length} pegawai)`,
    base: sum((r) => r.base),
    discipline: sum((r) => r.disciplinePaid),
    performance: sum((r) => r.performancePaid),
    adjustments: sum((r) => r.adjustments),
    total: sum((r) => r.total),
  });
  totalRow.font = { bold: true };
  for (const key of MONEY_KEYS) sheet.getColumn(key).numFmt = '#,##0';
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  const suffix = agencyId ? `-${agencyId.slice(0, 8)}` : '';
  return { filename: `rekap-tpp-${query.month}${suffix}.xlsx`, content };
}
