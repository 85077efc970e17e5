import { describe, expect, it } from 'vitest';
import { formatNip, type NipPart, type NipStatus, validateNip } from './nip.rules';

describe('validateNip — accepted', () => {
  it.each([
    {
      case: 'typical PNS',
      nip: '198703152010011002',
      status: 'PNS',
      birthDate: '1987-03-15',
      serviceStart: { year: 2010, month: 1 },
      gender: 'L',
      sequence: 2,
    },
    {
      case: 'female PNS, December start',
      nip: '199012312015122001',
      status: 'PNS',
      birthDate: '1990-12-31',
      serviceStart: { year: 2015, month: 12 },
      gender: 'P',
      sequence: 1,
    },
    {
      case: '29 February of a leap year',
      nip: '198802292012031999',
      status: 'PNS',
      birthDate: '1988-02-29',
      serviceStart: { year: 2012, month: 3 },
      gender: 'L',
      sequence: 999,
    },
    {
      case: '29 February 2000 (divisible by 400)',
      nip: '200002292022011001',
      status: 'PNS',
      birthDate: '2000-02-29',
      serviceStart: { year: 2022, month: 1 },
      gender: 'L',
      sequence: 1,
    },
    {
      case: 'service start in the birth month itself',
      nip: '198703151987031002',
      status: 'PNS',
      birthDate: '1987-03-15',
      serviceStart: { year: 1987, month: 3 },
      gender: 'L',
      sequence: 2,
    },
    {
      case: 'PPPK with the 21 marker',
      nip: '198501012021212001',
      status: 'PPPK',
      birthDate: '1985-01-01',
      serviceStart: { year: 2021, month: null },
      gender: 'P',
      sequence: 1,
    },
    {
      case: 'PPPK with an ordinary month',
      nip: '199205172023041005',
      status: 'PPPK',
      birthDate: '1992-05-17',
      serviceStart: { year: 2023, month: 4 },
      gender: 'L',
      sequence: 5,
    },
    {
      case: 'PPPK marker in the birth year itself',
      nip: '202106012021211001',
      status: 'PPPK',
      birthDate: '2021-06-01',
      serviceStart: { year: 2021, month: null },
      gender: 'L',
      sequence: 1,
    },
  ] as const)('$case', ({ nip, status, birthDate, serviceStart, gender, sequence }) => {
    expect(validateNip(nip, status)).toEqual({
      ok: true,
      birthDate,
      serviceStart,
      gender,
      sequence,
    });
  });
});

describe('validateNip — refused, naming the wrong part', () => {
  const cases: Array<{
    case: string;
    nip: string;
    status?: NipStatus;
    part: NipPart;
    message: RegExp;
  }> = [
    { case: '17 characters', nip: '19870315201001100', part: 'length', message: /18 digit.*17/ },
    { case: '19 characters', nip: '1987031520100110020', part: 'length', message: /19/ },
    { case: 'empty', nip: '', part: 'length', message: /bukan 0/ },
    {
      case: 'formatted with spaces',
      nip: '19870315 201001102',
      part: 'digits',
      message: /" " di posisi 9/,
    },
    { case: 'a letter', nip: '19870315201001100A', part: 'digits', message: /"A" di posisi 18/ },
    { case: 'letter O for zero', nip: '1987O3152010011002', part: 'digits', message: /posisi 5/ },
    {
      case: '29 February of a non-leap year',
      nip: '198702292010011002',
      part: 'birth_date',
      message: /^NIP: tanggal lahir 19870229 tidak valid$/,
    },
    {
      case: '29 February 1900 (century, not a leap year)',
      nip: '190002292010011002',
      part: 'birth_date',
      message: /19000229/,
    },
    {
      case: 'birth month 13',
      nip: '198713152010011002',
      part: 'birth_date',
      message: /^NIP: tanggal lahir 19871315 tidak valid$/,
    },
    { case: 'birth month 00', nip: '198700152010011002', part: 'birth_date', message: /19870015/ },
    { case: 'birth day 32', nip: '198701322010011002', part: 'birth_date', message: /19870132/ },
    { case: '31 April', nip: '198704312010011002', part: 'birth_date', message: /19870431/ },
    { case: 'birth day 00', nip: '198703002010011002', part: 'birth_date', message: /19870300/ },
    { case: 'birth year 0987', nip: '098703152010011002', part: 'birth_date', message: /0987/ },
    {
      case: 'service month 00',
      nip: '198703152010001002',
      part: 'service_start',
      message: /201000.*01–12/,
    },
    {
      case: 'service month 13',
      nip: '198703152010131002',
      part: 'service_start',
      message: /201013.*01–12/,
    },
    {
      case: 'PNS with the PPPK marker 21',
      nip: '198501012021212001',
      status: 'PNS',
      part: 'service_start',
      message: /202121.*hanya untuk PPPK/,
    },
    {
      case: 'PPPK month 22 is not a marker',
      nip: '198501012021222001',
      status: 'PPPK',
      part: 'service_start',
      message: /202122.*01–12/,
    },
    {
      case: 'service a year before birth',
      nip: '198703151986011002',
      part: 'service_start',
      message: /198601 lebih awal dari bulan lahir 198703/,
    },
    {
      case: 'service one month before the birth month',
      nip: '198703151987021002',
      part: 'service_start',
      message: /198702.*198703/,
    },
    {
      case: 'PPPK marker in a year before birth',
      nip: '198501011984212001',
      status: 'PPPK',
      part: 'service_start',
      message: /198421 lebih awal/,
    },
    { case: 'gender 0', nip: '198703152010010002', part: 'gender', message: /jenis kelamin 0/ },
    { case: 'gender 3', nip: '198703152010013002', part: 'gender', message: /jenis kelamin 3/ },
    { case: 'gender 9', nip: '198703152010019002', part: 'gender', message: /jenis kelamin 9/ },
    { case: 'sequence 000', nip: '198703152010011000', part: 'sequence', message: /urut 000/ },
  ];

  it.each(cases)('$case', ({ nip, status = 'PNS', part, message }) => {
    const result = validateNip(nip, status);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.part).toBe(part);
    expect(result.message).toMatch(message);
    expect(result.message).toMatch(/NIP/);
  });

  it('reports the leftmost wrong part first', () => {
    // Bad birth date, bad month, bad gender and sequence 000 all at once.
    const result = validateNip('198713322010130000', 'PNS');
    expect(result).toMatchObject({ ok: false, part: 'birth_date' });
  });
});

describe('validateNip — with today', () => {
  const today = '2026-11-02';

  it('refuses a birth date after today, naming the birth date', () => {
    const result = validateNip('209901012117121005', 'PNS', today);
    expect(result).toMatchObject({ ok: false, part: 'birth_date' });
    expect(!result.ok && result.message).toMatch(/tanggal lahir 20990101 belum terjadi/);
    expect(validateNip('202611032026111001', 'PNS', today)).toMatchObject({ part: 'birth_date' });
  });

  it('refuses a service start month after today, naming the service start', () => {
    const result = validateNip('198703152026121002', 'PNS', today);
    expect(result).toMatchObject({ ok: false, part: 'service_start' });
    expect(!result.ok && result.message).toMatch(/mulai bekerja 202612 belum terjadi/);
    expect(validateNip('198703152027212001', 'PPPK', today)).toMatchObject({
      part: 'service_start',
    });
  });

  it('accepts today itself and this month, and keeps the two-argument behaviour', () => {
    expect(validateNip('198703152026111002', 'PNS', today).ok).toBe(true);
    expect(validateNip('198703152026212002', 'PPPK', today).ok).toBe(true);
    expect(validateNip('209901012117121005', 'PNS').ok).toBe(true);
  });
});

describe('formatNip', () => {
  it.each([
    ['198703152010011002', '19870315 201001 1 002'],
    ['198501012021212001', '19850101 202121 2 001'],
    ['12345', '12345'],
    ['19870315201001100A', '19870315201001100A'],
  ])('%s -> %s', (nip, formatted) => {
    expect(formatNip(nip)).toBe(formatted);
  });
});
