import { z } from 'zod';
import { LEAVE_KINDS } from '../attendance/rules/attendance-day.rules';

const DAY_STATUSES = [
  'present',
  'late',
  'early_leave',
  'late_and_early',
  'absent',
  'leave',
  'duty',
  'holiday',
  'off',
] as const;

/** Request and response schemas of the TPP routes (shared with the web client). */

export const monthParam = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'harus berbentuk YYYY-MM')
  .describe('Month, YYYY-MM');

export const monthParams = z.object({ month: monthParam });

export const resultsQuery = z
  .object({
    month: monthParam,
    agencyId: z.uuid().optional(),
    employeeId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const resultParams = z.object({ month: monthParam, employeeId: z.uuid() });

export const recapQuery = z.object({ month: monthParam, agencyId: z.uuid().optional() }).strict();

export const yearQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100),
    agencyId: z.uuid().optional(),
  })
  .strict();

export const agencyQuery = z.object({ agencyId: z.uuid().optional() }).strict();

export const attendanceDaysQuery = z
  .object({ month: monthParam, employeeId: z.uuid().optional() })
  .strict();

export const recomputeBody = z
  .object({
    employeeIds: z.array(z.uuid()).min(1).max(1000),
    reason: z.string().trim().min(3).max(300).optional(),
  })
  .strict();

export const dayOut = z.object({
  date: z.string(),
  status: z.enum(DAY_STATUSES),
  kind: z.enum(LEAVE_KINDS).optional(),
  holiday: z.string().optional(),
  codes: z.array(z.string()),
  late_minutes: z.number().int().nullable(),
  early_leave_minutes: z.number().int().nullable(),
  deduction_pct: z.string(),
  check_in: z.string().optional(),
  check_out: z.string().optional(),
  /**
   * Live view of an open month only: the day is not over yet (after today, or its
   * check-out window still open). It shows only the codes its events so far give, costs
   * nothing yet and counts in no month total; a working day without events is `absent`
   * with no code. Absent from closed (stored) results.
   */
  pending: z.literal(true).optional(),
});

export const resultSummary = z.object({
  employeeId: z.string(),
  nip: z.string(),
  name: z.string(),
  rank: z.string(),
  positionName: z.string().nullable(),
  agencyId: z.string(),
  base: z.number().int(),
  disciplinePaid: z.number().int(),
  performancePaid: z.number().int(),
  adjustments: z.number().int(),
  total: z.number().int(),
  deductionPct: z.string(),
  productivityPct: z.string(),
  verifiedMinutes: z.number().int(),
  targetMinutes: z.number().int(),
  workingDays: z.number().int(),
  absentDays: z.number().int(),
});

export const resultDetail = resultSummary.extend({
  month: z.string(),
  closed: z.boolean(),
  ruleSetId: z.string().nullable(),
  days: z.array(dayOut),
  explanation: z.array(z.string()),
});

export const resultsPage = z.object({
  month: z.string(),
  closed: z.boolean(),
  ruleSetId: z.string().nullable(),
  items: z.array(resultSummary),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const monthOut = z.object({
  month: z.string(),
  status: z.string(),
  ruleSetId: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  employeeCount: z.number().int().nullable(),
});

export const lateVerifierOut = z.object({
  supervisorId: z.string().nullable(),
  nip: z.string().nullable(),
  name: z.string().nullable(),
  agencyId: z.string().nullable(),
  pendingItems: z.number().int(),
  employees: z.number().int(),
});

export const closeSummaryOut = z.object({
  month: z.string(),
  status: z.literal('closed'),
  ruleSetId: z.string(),
  employeeCount: z.number().int(),
  totalPaid: z.number().int(),
  lateVerifiers: z.array(lateVerifierOut),
});

export const recomputeOut = z.object({
  month: z.string(),
  paidIn: z.string(),
  lines: z.array(
    z.object({
      employeeId: z.string(),
      nip: z.string(),
      before: z.number().int(),
      after: z.number().int(),
      amount: z.number().int(),
    }),
  ),
});

export const disciplineWarningOut = z.object({
  employeeId: z.string(),
  nip: z.string(),
  name: z.string(),
  agencyId: z.string(),
  absentDays: z.number().int(),
  longestRun: z.number().int(),
  level: z.string(),
  label: z.string(),
  crossed: z.array(z.object({ month: z.string(), level: z.string(), label: z.string() })),
});
