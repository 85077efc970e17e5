import { z } from 'zod';
import { LEAVE_KINDS } from '../attendance/rules/attendance-day.rules';
import {
  atLeast,
  atMost,
  BOOL,
  DATE,
  maxChars,
  NUMBER,
  oneOf,
  TEXT,
  UUID,
  WHOLE,
} from '../performance/zod-messages';

/**
 * Request and response schemas of leave (cuti, dinas luar, izin, tugas belajar), shared
 * with the web client. Request objects are strict: an unknown field is refused by name.
 */

export const leaveKindSchema = z.enum(LEAVE_KINDS, oneOf(LEAVE_KINDS));
export type { LeaveKind } from '../attendance/rules/attendance-day.rules';

const isoDate = z.iso.date(DATE);

/** Services accept extra keys (the scenario runner passes its own); routes are strict. */
export const leaveRequestInput = z.object({
  kind: leaveKindSchema,
  from: isoDate,
  to: isoDate,
  reason: z.string(TEXT).trim().max(500, maxChars(500)).nullable().optional(),
  /**
   * Sick leave beyond one working day needs a doctor's letter (PP 11/2017 art. 320).
   * false refuses such a request; omitted is accepted and the request shows that a
   * letter is needed, for the supervisor to check.
   * TODO(#3): keep the letter itself (a scan attached to the request) so the supervisor
   * can see it online; leave_requests has no place for it yet, so only the flag exists.
   */
  hasDoctorLetter: z.boolean(BOOL).optional(),
});
export const leaveRequestBody = leaveRequestInput.strict();
export type LeaveRequestInput = z.infer<typeof leaveRequestInput>;

export const leaveDecisionBody = z
  .object({
    decision: z.enum(['approve', 'refuse'], oneOf(['approve', 'refuse'])),
    note: z.string(TEXT).trim().max(500, maxChars(500)).nullable().optional(),
    /**
     * Approving sick leave beyond one working day: the supervisor confirms having seen
     * the doctor's letter. TODO(#3): replace with the letter stored on the request.
     */
    hasDoctorLetter: z.boolean(BOOL).optional(),
  })
  .strict();

export const leaveDecisionInput = z.object({ ...leaveDecisionBody.shape, leaveId: z.guid(UUID) });
export type LeaveDecisionInput = z.infer<typeof leaveDecisionInput>;

export const leaveIdParams = z.object({ id: z.guid(UUID) }).strict();

const yearParam = z.coerce
  .number(NUMBER)
  .int(WHOLE)
  .min(2000, atLeast(2000))
  .max(2100, atMost(2100))
  .optional();

export const leaveListQuery = z.object({ year: yearParam }).strict();

export const leaveBalanceQuery = z.object({ year: yearParam }).strict();

export const leaveStatusSchema = z.enum(['pending', 'approved', 'refused', 'cancelled']);

export const leaveResponse = z.object({
  id: z.string(),
  employeeId: z.string(),
  kind: leaveKindSchema,
  from: z.string(),
  to: z.string(),
  /** Working days inside the period, counted when requested. */
  workingDays: z.number().int(),
  reason: z.string().nullable(),
  status: leaveStatusSchema,
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  createdAt: z.string(),
  /** Sick leave beyond one working day: the supervisor checks the doctor's letter. */
  needsDoctorLetter: z.boolean(),
});
export type LeaveDto = z.infer<typeof leaveResponse>;

export const pendingLeaveResponse = leaveResponse.extend({
  employee: z.object({ id: z.string(), nip: z.string(), name: z.string() }),
});
export type PendingLeaveDto = z.infer<typeof pendingLeaveResponse>;

export const leaveBalanceResponse = z.object({
  year: z.number().int(),
  /** 12 days a year (PP 11/2017). */
  entitlement: z.number().int(),
  carryOver: z.number().int(),
  /** Cuti bersama days of the year, all of them taken from annual leave. */
  cutiBersama: z.number().int(),
  approved: z.number().int(),
  pending: z.number().int(),
  /** What a new request may still take; never below 0. */
  remaining: z.number().int(),
});
export type LeaveBalanceDto = z.infer<typeof leaveBalanceResponse>;
