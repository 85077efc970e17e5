import type { DayStatus, LeaveKind } from '../attendance/rules/attendance-day.rules';
import type { IsoDate } from '../attendance/rules/calendar.rules';
import type { DayOut, ExplanationFacts } from './month-compute';
import { codesDeductionPct } from './rules/deductions.rules';
import type { AttendanceCode, RuleSet } from './rules/rule-set';
import { Dec, toDecimal } from './rules/rule-set';
import { formatDecimal, type MinutesRefusal } from './rules/tpp.rules';

/**
 * The explanation an employee reads beside their TPP: plain Indonesian sentences, one
 * fact each, in the order the money is computed (DOMAIN §4: days and codes, minutes
 * counted and refused with reasons, the rule-set version, adjustments).
 */

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

export const LEAVE_NAMES: Readonly<Record<LeaveKind, string>> = {
  annual: 'cuti tahunan',
  long_service: 'cuti besar',
  sick: 'cuti sakit',
  maternity: 'cuti melahirkan',
  important_reason: 'cuti karena alasan penting',
  unpaid: 'cuti di luar tanggungan negara (CLTN)',
  study: 'tugas belajar',
  duty: 'dinas luar',
  permission: 'izin',
};

const STATUS_NAMES: Readonly<Record<DayStatus, string>> = {
  present: 'hadir',
  late: 'terlambat',
  early_leave: 'pulang cepat',
  late_and_early: 'terlambat dan pulang cepat',
  absent: 'tidak hadir tanpa keterangan',
  leave: 'cuti/izin',
  duty: 'dinas luar',
  holiday: 'hari libur',
  off: 'bukan hari kerja',
};

const rupiahFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** "Rp1.250.571"; a negative amount "−Rp12.000". */
export function rupiah(value: number): string {
  const text = `Rp${rupiahFormat.format(Math.abs(value))}`;
  return value < 0 ? `−${text}` : text;
}

/** "1,5" from "1.5": Indonesian decimal comma. */
export function percent(value: string): string {
  return value.replace('.', ',');
}

/** "Senin, 2 November 2026". */
export function dateLabel(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${d} ${MONTHS[m - 1]} ${y}`;
}

/** "November 2026" from "2026-11". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${MONTHS[m - 1]} ${y}`;
}

function amountText(value: InstanceType<typeof Dec>): string {
  return `Rp${numberFormat.format(value.toNumber())}`;
}

const REFUSAL_TEXT: Readonly<Record<Exclude<MinutesRefusal, 'day_status'>, string>> = {
  unverified: 'belum diverifikasi atasan',
  not_submitted: 'belum dikirim (masih draf atau dikembalikan untuk perbaikan)',
  rejected: 'ditolak atasan',
  daily_cap: 'melebihi menit kerja terjadwal hari itu',
  outside_month: 'di luar bulan ini',
};

const SPECIAL_LEAVE: ReadonlySet<string> = new Set(['long_service', 'important_reason']);

/** The stored pieces an explanation is rendered from. */
export type ExplainInput = {
  month: string;
  mode: 'live' | 'close';
  rules: RuleSet;
  days: readonly DayOut[];
  facts: ExplanationFacts;
  figures: {
    base: number;
    workingDays: number;
    disciplinePaid: number;
    performancePaid: number;
    total: number;
    verifiedMinutes: number;
    targetMinutes: number;
    productivityPct: string;
  };
};

const minutes = (value: number) => numberFormat.format(value);

function leaveSentence(day: DayOut, rules: RuleSet, cost: string): string {
  const kind = day.kind ?? 'annual';
  if (rules.prorated_leave_kinds.includes(kind)) {
    return 'hari ini tidak dibayar: dasar TPP dihitung sebanding dengan hari kerja yang dibayar';
  }
  if (SPECIAL_LEAVE.has(kind)) {
    return day.deduction_pct === '0'
      ? `termasuk ${rules.free_special_leave_days} hari pertama cuti besar/alasan penting bulan ini yang tidak dipotong`
      : `melewati ${rules.free_special_leave_days} hari bebas potongan cuti besar/alasan penting; ${cost}`;
  }
  return cost;
}

// A day not over yet (live view) is described, not judged: nothing is deducted for it yet.
function pendingSentence(day: DayOut, label: string): string {
  if (day.status === 'holiday') return `${label}: libur — ${day.holiday ?? 'hari libur'}.`;
  if (day.status === 'duty') return `${label}: dinas luar; belum berlangsung.`;
  if (day.status === 'leave')
    return `${label}: ${LEAVE_NAMES[day.kind ?? 'annual']}; belum berlangsung.`;
  const times = [
    day.check_in ? `masuk ${day.check_in}` : null,
    day.check_out ? `pulang ${day.check_out}` : null,
  ].filter(Boolean);
  return `${label}: hari belum berakhir${times.length ? ` — ${times.join(', ')}` : ''}; belum dinilai.`;
}

function daySentence(day: DayOut, rules: RuleSet): string {
  const label = dateLabel(day.date);
  if (day.pending) return pendingSentence(day, label);
  const pct = percent(day.deduction_pct);
  const cost = pct === '0' ? 'tanpa potongan' : `potongan ${pct}% dari bagian disiplin`;
  switch (day.status) {
    case 'holiday':
      return `${label}: libur — ${day.holiday ?? 'hari libur'}.`;
    case 'absent':
      return `${label}: tidak hadir tanpa keterangan (TK); ${cost}.`;
    case 'duty':
      return `${label}: dinas luar; ${cost}.`;
    case 'leave':
      return `${label}: ${LEAVE_NAMES[day.kind ?? 'annual']}; ${leaveSentence(day, rules, cost)}.`;
    default: {
      const parts: string[] = [];
      const tl = day.codes.find((c) => c.startsWith('TL'));
      const psw = day.codes.find((c) => c.startsWith('PSW'));
      if (tl) {
        parts.push(
          day.check_in
            ? `terlambat ${day.late_minutes} menit (${tl})`
            : `tidak absen masuk (${tl})`,
        );
      }
      if (psw) {
        parts.push(
          day.check_out
            ? `pulang ${day.early_leave_minutes} menit lebih awal (${psw})`
            : `tidak absen pulang (${psw})`,
        );
      }
      const times = [
        day.check_in ? `masuk ${day.check_in}` : null,
        day.check_out ? `pulang ${day.check_out}` : null,
      ].filter(Boolean);
      const what = parts.length ? parts.join(' dan ') : 'hadir tepat waktu';
      const capped =
        day.codes.length > 1 &&
        codesDeductionPct(day.codes as AttendanceCode[], rules).uncapped.gt(rules.daily_cap_pct)
          ? ` (jumlahnya dibatasi ${percent(formatDecimal(toDecimal(rules.daily_cap_pct)))}% per hari)`
          : '';
      return `${label}: ${what}${times.length ? ` — ${times.join(', ')}` : ''}; ${cost}${capped}.`;
    }
  }
}

/** The explanation lines of one employee's month (DOMAIN §4). */
export function explainMonth(input: ExplainInput): string[] {
  const { rules, facts, figures } = input;
  const lines: string[] = [];
  if (input.mode === 'live') {
    lines.push(
      `Bulan ${monthLabel(input.month)} belum ditutup: angka di bawah masih dapat berubah.`,
    );
  }
  lines.push(
    `Aturan TPP yang dipakai: versi ${rules.id}, berlaku sejak ${dateLabel(rules.valid_from)}.`,
  );
  const source =
    facts.baseSource === 'individual'
      ? 'nilai individual'
      : facts.baseSource === 'class'
        ? `kelas jabatan ${facts.kelasJabatan}`
        : 'belum ditetapkan, dihitung Rp0';
  lines.push(`Dasar TPP: ${rupiah(figures.base)} (${source}).`);
  const workingDays = figures.workingDays || 1;
  const paidBase = new Dec(figures.base)
    .times(workingDays - facts.proratedDays)
    .dividedBy(workingDays);
  if (facts.proratedDays > 0) {
    lines.push(
      `Ada ${facts.proratedDays} hari kerja CLTN/tugas belajar dari ${figures.workingDays} hari kerja: ` +
        `dasar TPP menjadi ${rupiah(figures.base)} × ${figures.workingDays - facts.proratedDays}/${figures.workingDays} = ${amountText(paidBase)}.`,
    );
  }
  const discipline = paidBase.times(toDecimal(rules.discipline_share));
  const performance = paidBase.times(toDecimal(rules.performance_share));
  const share = (v: string) => percent(formatDecimal(toDecimal(v).times(100)));
  lines.push(
    `Bagian disiplin ${share(rules.discipline_share)}% = ${amountText(discipline)}; ` +
      `bagian kinerja ${share(rules.performance_share)}% = ${amountText(performance)}.`,
  );

  let offDays = 0;
  for (const day of input.days) {
    if (day.status === 'off') offDays += 1;
    else lines.push(daySentence(day, rules));
  }
  lines.push(
    `Hari kerja Anda bulan ini: ${figures.workingDays}; hari bukan hari kerja: ${offDays}.`,
  );
  const { totalPct, cappedPct } = facts.deduction;
  const capped = totalPct !== cappedPct ? `, dibatasi ${percent(cappedPct)}% per bulan` : '';
  lines.push(
    `Jumlah potongan disiplin: ${percent(totalPct)}%${capped}. Bagian disiplin dibayar: ` +
      `${amountText(discipline)} × (100% − ${percent(cappedPct)}%) = ${rupiah(figures.disciplinePaid)} (dibulatkan ke rupiah terdekat).`,
  );

  for (const [date, counted, items] of facts.counted) {
    lines.push(
      `${dateLabel(date)}: ${minutes(counted)} menit dari ${items} kegiatan yang disetujui diakui.`,
    );
  }
  const statusOf = new Map(input.days.map((d) => [d.date, d.status]));
  for (const [date, refused, items, reason] of facts.refused) {
    const why =
      reason === 'day_status'
        ? `hari itu berstatus ${STATUS_NAMES[statusOf.get(date) ?? 'off']}`
        : reason === 'unverified' && input.mode === 'close'
          ? 'belum diverifikasi atasan saat bulan ditutup'
          : REFUSAL_TEXT[reason];
    lines.push(
      `${dateLabel(date)}: ${minutes(refused)} menit (${items} kegiatan) tidak dihitung — ${why}.`,
    );
  }
  const perDay = rules.target_minutes_per_day;
  if (figures.targetMinutes === 0) {
    lines.push('Tidak ada hari kerja yang diharapkan bulan ini: produktivitas dianggap 100%.');
  } else {
    lines.push(
      `Target menit: ${figures.targetMinutes / (perDay || 1)} hari kerja yang bukan cuti × ${perDay} menit = ${minutes(figures.targetMinutes)} menit.`,
    );
  }
  // The exact fraction, not the rounded percentage: the amount is computed from it.
  const productivity =
    figures.targetMinutes === 0
      ? '100%'
      : `${minutes(Math.min(figures.verifiedMinutes, figures.targetMinutes))}/${minutes(figures.targetMinutes)}`;
  lines.push(
    `Menit diakui ${minutes(figures.verifiedMinutes)} dari target ${minutes(figures.targetMinutes)}: produktivitas ${percent(figures.productivityPct)}% (paling tinggi 100%). ` +
      `Bagian kinerja dibayar: ${amountText(performance)} × ${productivity} = ${rupiah(figures.performancePaid)} (dibulatkan ke rupiah terdekat).`,
  );
  for (const a of facts.adjustments) {
    lines.push(
      `Penyesuaian atas bulan ${monthLabel(a.sourceMonth)}: ${a.amount >= 0 ? '+' : ''}${rupiah(a.amount)} — ${a.description}.`,
    );
  }
  const adjustments = facts.adjustments.reduce((sum, a) => sum + a.amount, 0);
  lines.push(
    `TPP bulan ini: ${rupiah(figures.disciplinePaid)} + ${rupiah(figures.performancePaid)}` +
      (facts.adjustments.length ? ` + penyesuaian ${rupiah(adjustments)}` : '') +
      ` = ${rupiah(figures.total)} (bruto, sebelum pajak${facts.adjustments.length ? ', termasuk penyesuaian' : ''}).`,
  );
  return lines;
}
