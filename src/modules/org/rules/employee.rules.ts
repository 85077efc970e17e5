import { type NipGender, type NipPart, type NipStatus, validateNip } from './nip.rules';
import { PNS_RANK_CODES, PPPK_GRADES } from './rank.rules';

/**
 * Cross-field rules of an employee record, shared by the admin API and the import so a
 * spreadsheet row and a form are judged the same way. Pure.
 */

export type EmployeeFacts = { nip: string; status: NipStatus; rank: string; gender: NipGender };

export type FactProblem = { field: 'nip' | 'rank' | 'gender'; part?: NipPart; message: string };

const pnsRanks: ReadonlySet<string> = new Set(PNS_RANK_CODES);
const pppkGrades: ReadonlySet<string> = new Set(PPPK_GRADES);

/** True when the rank is one of the status's scale: golongan/ruang for PNS, grade for PPPK. */
export function rankFitsStatus(status: NipStatus, rank: string): boolean {
  return status === 'PNS' ? pnsRanks.has(rank) : pppkGrades.has(rank);
}

/**
 * Every problem with the NIP, the rank for the status and the gender against the NIP's
 * gender digit. The gender is only compared once the NIP itself is valid. `today`
 * (YYYY-MM-DD) refuses a birth date or start of service after it.
 */
export function checkEmployeeFacts(f: EmployeeFacts, today?: string): FactProblem[] {
  const problems: FactProblem[] = [];
  const nip = validateNip(f.nip, f.status, today);
  if (!nip.ok) problems.push({ field: 'nip', part: nip.part, message: nip.message });
  if (!rankFitsStatus(f.status, f.rank)) {
    problems.push({
      field: 'rank',
      message:
        f.status === 'PNS'
          ? `golongan ${f.rank} tidak dikenal untuk PNS (I/a–IV/e)`
          : `golongan ${f.rank} tidak dikenal untuk PPPK (I–XVII)`,
    });
  }
  if (nip.ok && nip.gender !== f.gender) {
    problems.push({
      field: 'gender',
      message: `jenis kelamin ${f.gender} tidak sesuai dengan NIP (kode ${nip.gender})`,
    });
  }
  return problems;
}

/** The name as printed on letters: "Dr. Wa Ode Hasnia, S.Kom., M.T.". */
export function displayName(p: {
  frontTitle?: string | null;
  name: string;
  backTitle?: string | null;
}): string {
  const front = p.frontTitle?.trim();
  const back = p.backTitle?.trim();
  return `${front ? `${front} ` : ''}${p.name}${back ? `, ${back}` : ''}`;
}

/**
 * The UTC calendar date of `now`, the "today" a NIP's birth date and service start may not
 * pass. UTC rather than the office zone: at most a few hours' leniency on one day.
 */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
