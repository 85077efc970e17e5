import { DateTime } from 'luxon';
import type { LeaveKind } from '../attendance/rules/attendance-day.rules';
import type { IsoDate } from '../attendance/rules/calendar.rules';
import { validateNip } from '../org/rules/nip.rules';
import { invalidField } from '../performance/parse-input';

/**
 * The main limits of each leave kind on the calendar period (PP 11/2017 on PNS
 * management, art. 309–333): cuti besar up to 3 months after 5 years of service, maternity
 * 3 months, important reasons up to 1 month, CLTN up to 3 years after 5 years of service.
 * Annual leave is bounded by its balance, checked elsewhere. Pure.
 */
const MAX_MONTHS: Partial<Record<LeaveKind, number>> = {
  long_service: 3,
  maternity: 3,
  important_reason: 1,
  unpaid: 36,
};

/** Kinds that need at least this many years of continuous service. */
const MIN_SERVICE_YEARS: Partial<Record<LeaveKind, number>> = { long_service: 5, unpaid: 5 };

const KIND_NAMES: Record<LeaveKind, string> = {
  annual: 'cuti tahunan',
  long_service: 'cuti besar',
  sick: 'cuti sakit',
  maternity: 'cuti melahirkan',
  important_reason: 'cuti karena alasan penting',
  unpaid: 'cuti di luar tanggungan negara',
  study: 'tugas belajar',
  duty: 'dinas luar',
  permission: 'izin',
};

/**
 * Annual leave belongs to a year's balance: it may be asked for the current year (in the
 * employee's zone) or the next one, not for a year whose balance is gone. Other kinds may
 * be asked after the fact (a sick leave reported on return) as long as their months are
 * still open, which the service checks.
 */
export function checkAnnualLeaveYear(
  req: { kind: LeaveKind; from: IsoDate; to: IsoDate },
  currentYear: number,
): void {
  if (req.kind !== 'annual') return;
  const reason = `cuti tahunan hanya dapat diajukan untuk tahun ${currentYear} atau ${currentYear + 1}`;
  const fromYear = Number(req.from.slice(0, 4));
  if (fromYear < currentYear || fromYear > currentYear + 1) throw invalidField('from', reason);
  if (Number(req.to.slice(0, 4)) > currentYear + 1) throw invalidField('to', reason);
}

/** The last date a period of `months` calendar months starting on `from` may reach. */
export function lastDateWithin(from: IsoDate, months: number): IsoDate {
  return DateTime.fromISO(from, { zone: 'utc' })
    .plus({ months })
    .minus({ days: 1 })
    .toFormat('yyyy-MM-dd');
}

/**
 * Refuses a request beyond its kind's limits with a validation error naming the field.
 * Maternity leave is for women only (employees.gender 'P'; a record without a gender is
 * not held against the employee). The years of service come from the NIP (start of
 * service YYYYMM); a number that does not parse, or a PPPK number without a month, is
 * not held against the employee.
 */
export function checkLeaveLimits(
  req: { kind: LeaveKind; from: IsoDate; to: IsoDate },
  employee: { nip: string; status: string; gender?: string | null },
): void {
  if (req.kind === 'maternity' && employee.gender === 'L') {
    throw invalidField('kind', 'cuti melahirkan hanya untuk pegawai perempuan');
  }
  const months = MAX_MONTHS[req.kind];
  if (months !== undefined && req.to > lastDateWithin(req.from, months)) {
    const span = months % 12 === 0 ? `${months / 12} tahun` : `${months} bulan`;
    throw invalidField('to', `${KIND_NAMES[req.kind]} paling lama ${span}`);
  }
  const years = MIN_SERVICE_YEARS[req.kind];
  if (years === undefined) return;
  const nip = validateNip(employee.nip, employee.status === 'PPPK' ? 'PPPK' : 'PNS');
  if (!nip.ok) return;
  const start = DateTime.fromObject(
    { year: nip.serviceStart.year, month: nip.serviceStart.month ?? 1, day: 1 },
    { zone: 'utc' },
  );
  const eligible = start.plus({ years }).toFormat('yyyy-MM-dd');
  if (req.from < eligible) {
    throw invalidField(
      'kind',
      `${KIND_NAMES[req.kind]} baru dapat diambil setelah ${years} tahun masa kerja (mulai ${eligible})`,
    );
  }
}
