import { describe, expect, it } from 'vitest';
import { checkEmployeeFacts, displayName, rankFitsStatus } from './employee.rules';

const NIP_MALE = '198703152010011002';

describe('rankFitsStatus', () => {
  it.each([
    ['PNS', 'I/a', true],
    ['PNS', 'IV/e', true],
    ['PNS', 'IV/f', false],
    ['PNS', 'IX', false],
    ['PPPK', 'I', true],
    ['PPPK', 'XVII', true],
    ['PPPK', 'XVIII', false],
    ['PPPK', 'III/a', false],
  ] as const)('%s %s → %s', (status, rank, ok) => {
    expect(rankFitsStatus(status, rank)).toBe(ok);
  });
});

describe('checkEmployeeFacts', () => {
  it('accepts a consistent record', () => {
    expect(
      checkEmployeeFacts({ nip: NIP_MALE, status: 'PNS', rank: 'III/a', gender: 'L' }),
    ).toEqual([]);
  });

  it('names the NIP part and still checks the rank', () => {
    const problems = checkEmployeeFacts({
      nip: '198713152010011002',
      status: 'PNS',
      rank: 'V/a',
      gender: 'L',
    });
    expect(problems.map((p) => [p.field, p.part])).toEqual([
      ['nip', 'birth_date'],
      ['rank', undefined],
    ]);
  });

  it('refuses a gender that contradicts the NIP digit, only once the NIP is valid', () => {
    const [p] = checkEmployeeFacts({ nip: NIP_MALE, status: 'PNS', rank: 'III/a', gender: 'P' });
    expect(p.field).toBe('gender');
    const bad = checkEmployeeFacts({ nip: '123', status: 'PNS', rank: 'III/a', gender: 'P' });
    expect(bad.map((x) => x.field)).toEqual(['nip']);
  });

  it('accepts the PPPK month marker 21 for PPPK only', () => {
    const nip = '199001012021211001';
    expect(checkEmployeeFacts({ nip, status: 'PPPK', rank: 'IX', gender: 'L' })).toEqual([]);
    expect(checkEmployeeFacts({ nip, status: 'PNS', rank: 'III/a', gender: 'L' })[0]).toMatchObject(
      { field: 'nip', part: 'service_start' },
    );
  });
});

describe('displayName', () => {
  it.each([
    [{ frontTitle: 'Dr.', name: 'Wa Ode', backTitle: 'S.Kom., M.T.' }, 'Dr. Wa Ode, S.Kom., M.T.'],
    [{ frontTitle: null, name: 'La Ode', backTitle: 'S.E.' }, 'La Ode, S.E.'],
    [{ frontTitle: ' Ir. ', name: 'Hasan', backTitle: ' ' }, 'Ir. Hasan'],
    [{ name: 'Tanpa Gelar' }, 'Tanpa Gelar'],
  ])('%o → %s', (p, expected) => {
    expect(displayName(p)).toBe(expected);
  });
});
