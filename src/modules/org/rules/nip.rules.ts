/**
 * NIP (Nomor Induk Pegawai), 18 digits:
 *
 *   19870315 201001 1 002
 *   |        |      | └ sequence (3 digits)
 *   |        |      └ gender: 1 male, 2 female
 *   |        └ start of service YYYYMM (PPPK: YYYY + "21")
 *   └ birth date YYYYMMDD
 *
 * Pure: no clock. A caller that passes its own `today` (YYYY-MM-DD) also has a birth date
 * or a start of service after it refused; without it, future dates pass as before.
 */

export type NipStatus = 'PNS' | 'PPPK';

export type NipPart = 'length' | 'digits' | 'birth_date' | 'service_start' | 'gender' | 'sequence';

export type NipGender = 'L' | 'P';

export type ValidNip = {
  ok: true;
  /** ISO date, YYYY-MM-DD (a calendar date, no time zone). */
  birthDate: string;
  /** `month` is null for a PPPK number that carries the `21` marker instead of a month. */
  serviceStart: { year: number; month: number | null };
  gender: NipGender;
  /** 1–999. */
  sequence: number;
};

export type InvalidNip = { ok: false; part: NipPart; message: string };

export type NipValidation = ValidNip | InvalidNip;

export const NIP_LENGTH = 18;

/** The digit pair PPPK numbers carry in the month position of the service start. */
const PPPK_MONTH_MARKER = '21';

/**
 * Birth years before this are typing errors, not people in service; without the floor a
 * slip such as "0987…" would pass as a real (proleptic) date.
 */
const MIN_BIRTH_YEAR = 1900;

const fail = (part: NipPart, message: string): InvalidNip => ({ ok: false, part, message });

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any zone effect.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Checks a NIP against the layout in DOMAIN.md §1 and says which part is wrong.
 *
 * Parts are checked left to right (length, digits, birth date, service start, gender,
 * sequence) and the first wrong part is reported. Sequence 000 is refused: BKN numbers
 * each group from 001, so 000 only appears through a typing error. With `today`
 * (YYYY-MM-DD) the birth date and the service start month may not lie after it; a PPPK
 * start without a month is compared by year.
 */
export function validateNip(nip: string, status: NipStatus, today?: string): NipValidation {
  if (nip.length !== NIP_LENGTH) {
    return fail('length', `NIP harus ${NIP_LENGTH} digit, bukan ${nip.length} karakter`);
  }
  const nonDigit = nip.search(/\D/);
  if (nonDigit >= 0) {
    return fail(
      'digits',
      `NIP hanya boleh berisi angka: karakter "${nip[nonDigit]}" di posisi ${nonDigit + 1}`,
    );
  }

  const birthText = nip.slice(0, 8);
  const birthYear = Number(birthText.slice(0, 4));
  const birthMonth = Number(birthText.slice(4, 6));
  const birthDay = Number(birthText.slice(6, 8));
  const isRealBirthDate =
    birthYear >= MIN_BIRTH_YEAR &&
    birthMonth >= 1 &&
    birthMonth <= 12 &&
    birthDay >= 1 &&
    birthDay <= daysInMonth(birthYear, birthMonth);
  if (!isRealBirthDate) {
    return fail('birth_date', `NIP: tanggal lahir ${birthText} tidak valid`);
  }
  const birthDate = `${birthText.slice(0, 4)}-${birthText.slice(4, 6)}-${birthText.slice(6, 8)}`;
  if (today && birthDate > today) {
    return fail('birth_date', `NIP: tanggal lahir ${birthText} belum terjadi (setelah ${today})`);
  }

  const serviceText = nip.slice(8, 14);
  const serviceYear = Number(serviceText.slice(0, 4));
  const serviceMonthText = serviceText.slice(4, 6);
  let serviceMonth: number | null;
  if (serviceMonthText === PPPK_MONTH_MARKER) {
    if (status !== 'PPPK') {
      return fail(
        'service_start',
        `NIP: mulai bekerja ${serviceText} tidak valid: kode 21 hanya untuk PPPK`,
      );
    }
    serviceMonth = null;
  } else {
    serviceMonth = Number(serviceMonthText);
    if (serviceMonth < 1 || serviceMonth > 12) {
      return fail(
        'service_start',
        `NIP: mulai bekerja ${serviceText} tidak valid: bulan harus 01–12`,
      );
    }
  }
  // A PPPK number without a month can only be compared by year.
  const startsBeforeBirth =
    serviceMonth === null
      ? serviceYear < birthYear
      : serviceYear * 12 + serviceMonth < birthYear * 12 + birthMonth;
  if (startsBeforeBirth) {
    return fail(
      'service_start',
      `NIP: mulai bekerja ${serviceText} lebih awal dari bulan lahir ${birthText.slice(0, 6)}`,
    );
  }
  if (today) {
    const todayYear = Number(today.slice(0, 4));
    const todayMonth = Number(today.slice(5, 7));
    const startsInFuture =
      serviceMonth === null
        ? serviceYear > todayYear
        : serviceYear * 12 + serviceMonth > todayYear * 12 + todayMonth;
    if (startsInFuture) {
      return fail(
        'service_start',
        `NIP: mulai bekerja ${serviceText} belum terjadi (setelah ${today.slice(0, 7)})`,
      );
    }
  }

  const genderDigit = nip[14];
  if (genderDigit !== '1' && genderDigit !== '2') {
    return fail(
      'gender',
      `NIP: kode jenis kelamin ${genderDigit} tidak valid (1 laki-laki, 2 perempuan)`,
    );
  }

  const sequenceText = nip.slice(15);
  const sequence = Number(sequenceText);
  if (sequence === 0) {
    return fail('sequence', `NIP: nomor urut ${sequenceText} tidak valid (mulai dari 001)`);
  }

  return {
    ok: true,
    birthDate,
    serviceStart: { year: serviceYear, month: serviceMonth },
    gender: genderDigit === '1' ? 'L' : 'P',
    sequence,
  };
}

/**
 * Groups a NIP for display: "198703152010011002" -> "19870315 201001 1 002".
 * Anything that is not 18 digits is returned unchanged, so a display never hides what
 * was actually stored.
 */
export function formatNip(nip: string): string {
  if (!/^\d{18}$/.test(nip)) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}
