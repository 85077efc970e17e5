import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors';
import type { LeaveKind } from '../attendance/rules/attendance-day.rules';
import { checkLeaveLimits, lastDateWithin } from './leave-limits';

const senior = { nip: '198703152010011002', status: 'PNS' };

function fieldOf(kind: LeaveKind, from: string, to: string, employee = senior): string | null {
  try {
    checkLeaveLimits({ kind, from, to }, employee);
    return null;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return (err.details as { fields: Array<{ field: string }> }).fields[0].field;
  }
}

describe('lastDateWithin', () => {
  it.each([
    ['2026-11-02', 1, '2026-12-01'],
    ['2026-11-02', 3, '2027-02-01'],
    ['2026-01-31', 1, '2026-02-27'],
    ['2026-12-01', 36, '2029-11-30'],
  ])('%s + %i months', (from, months, last) => {
    expect(lastDateWithin(from, months)).toBe(last);
  });
});

describe('checkLeaveLimits', () => {
  it.each([
    ['important_reason', '2026-11-02', '2026-12-01', null],
    ['important_reason', '2026-11-02', '2026-12-02', 'to'],
    ['maternity', '2026-11-02', '2027-02-01', null],
    ['maternity', '2026-11-02', '2027-02-02', 'to'],
    ['long_service', '2026-11-02', '2027-02-01', null],
    ['long_service', '2026-11-02', '2027-02-02', 'to'],
    ['unpaid', '2026-11-02', '2029-11-01', null],
    ['unpaid', '2026-11-02', '2029-11-02', 'to'],
    // Kinds without a period limit here (annual is bounded by its balance).
    ['annual', '2026-01-05', '2026-12-31', null],
    ['sick', '2026-01-05', '2026-12-31', null],
    ['duty', '2026-01-05', '2026-12-31', null],
  ] as const)('%s %s – %s', (kind, from, to, field) => {
    expect(fieldOf(kind, from, to)).toBe(field);
  });

  it('needs five years of service for cuti besar and CLTN, counted from the NIP', () => {
    const junior = { nip: '199501012022031001', status: 'PNS' }; // service from March 2022
    expect(fieldOf('long_service', '2027-02-28', '2027-03-01', junior)).toBe('kind');
    expect(fieldOf('long_service', '2027-03-01', '2027-03-02', junior)).toBeNull();
    expect(fieldOf('unpaid', '2026-11-02', '2026-11-30', junior)).toBe('kind');
    expect(fieldOf('annual', '2026-11-02', '2026-11-03', junior)).toBeNull();
  });

  it('does not hold an unparsable NIP against the employee', () => {
    expect(
      fieldOf('long_service', '2026-11-02', '2026-11-03', { nip: 'x', status: 'PNS' }),
    ).toBeNull();
  });
});
