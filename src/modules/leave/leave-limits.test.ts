import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors';
import type { LeaveKind } from '../attendance/rules/attendance-day.rules';
import { checkAnnualLeaveYear, checkLeaveLimits, lastDateWithin } from './leave-limits';

const senior = { nip: '198703152010011002', status: 'PNS' };

function fieldOf(
  kind: LeaveKind,
  from: string,
  to: string,
  employee: Parameters<typeof checkLeaveLimits>[1] = senior,
): string | null {
  return fieldOfCall(() => checkLeaveLimits({ kind, from, to }, employee));
}

function fieldOfCall(call: () => void): string | null {
  try {
    call();
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

describe('maternity leave', () => {
  it('is for women only', () => {
    const maternity = ['maternity', '2026-11-02', '2027-02-01'] as const;
    expect(fieldOf(...maternity, { ...senior, gender: 'L' })).toBe('kind');
    expect(fieldOf(...maternity, { ...senior, gender: 'P' })).toBeNull();
    expect(fieldOf('sick', '2026-11-02', '2026-11-03', { ...senior, gender: 'L' })).toBeNull();
  });
});

describe('checkAnnualLeaveYear', () => {
  it.each([
    ['annual', '2025-06-01', '2025-06-05', 'from'],
    ['annual', '2025-12-29', '2026-01-05', 'from'],
    ['annual', '2026-01-05', '2026-01-06', null],
    ['annual', '2027-12-27', '2027-12-31', null],
    ['annual', '2027-12-27', '2028-01-04', 'to'],
    ['annual', '2028-01-03', '2028-01-04', 'from'],
    // Other kinds may be asked after the fact (closed months are refused elsewhere).
    ['sick', '2025-06-01', '2025-06-05', null],
  ] as const)('in 2026: %s %s – %s', (kind, from, to, field) => {
    expect(fieldOfCall(() => checkAnnualLeaveYear({ kind, from, to }, 2026))).toBe(field);
  });
});
