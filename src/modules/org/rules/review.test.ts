/**
 * Review probes: the NIP layout of DOMAIN.md §1, part by part. Kept as regression tests.
 */
import { describe, expect, it } from 'vitest';
import { type NipStatus, validateNip } from './nip.rules.js';

const part = (nip: string, status: NipStatus = 'PNS') => {
  const result = validateNip(nip, status);
  return result.ok ? 'ok' : result.part;
};

describe('review §1: NIP parts', () => {
  it('a well-formed PNS number is split into its parts', () => {
    expect(validateNip('198703152010011002', 'PNS')).toEqual({
      ok: true,
      birthDate: '1987-03-15',
      serviceStart: { year: 2010, month: 1 },
      gender: 'L',
      sequence: 2,
    });
    expect(validateNip('197501012000032001', 'PNS')).toMatchObject({ ok: true, gender: 'P' });
  });

  it.each([
    ['19870315201001100', 'length'],
    ['1987031520100110021', 'length'],
    ['19870315201001100a', 'digits'],
    ['1987031520100 1002', 'digits'],
    ['19870315201001100٢', 'digits'], // Arabic-Indic digit
    ['198702292010011002', 'birth_date'], // 1987 is not a leap year
    ['198802292010011002', 'ok'], // 1988 is
    ['198713012010011002', 'birth_date'],
    ['198700012010011002', 'birth_date'],
    ['198704312010011002', 'birth_date'],
    ['198704002010011002', 'birth_date'],
    ['198703152010001002', 'service_start'], // month 00
    ['198703152010131002', 'service_start'], // month 13
    ['198703152010121002', 'ok'], // month 12
    ['198703152010211002', 'service_start'], // 21 is for PPPK only
    ['198703151987021002', 'service_start'], // service before the birth month
    ['198703151987031002', 'ok'], // same month: not before birth
    ['198703152010013002', 'gender'],
    ['198703152010010002', 'gender'],
  ])('%s → %s', (nip, expected) => {
    expect(part(nip)).toBe(expected);
  });

  it('PPPK may carry 21 in the month position, or a real month', () => {
    expect(validateNip('199001012022211001', 'PPPK')).toMatchObject({
      ok: true,
      serviceStart: { year: 2022, month: null },
    });
    expect(part('199001012022061001', 'PPPK')).toBe('ok');
    expect(part('199001012022131001', 'PPPK')).toBe('service_start');
    expect(part('199001011989211001', 'PPPK')).toBe('service_start');
  });

  it('the message names the wrong part', () => {
    const result = validateNip('198703152010013002', 'PNS');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/jenis kelamin/);
  });
});
