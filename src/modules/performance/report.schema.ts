import { z } from 'zod';
import {
  atMost,
  BOOL,
  DATE,
  LIST,
  maxChars,
  NUMBER,
  oneOf,
  REQUIRED,
  TEXT,
  UUID,
  WHOLE,
} from './zod-messages';

/**
 * Daily report items and their verification (DOMAIN §5), shared with the web client.
 * An item is a duty from the position's catalogue (activity + quantity) or an additional
 * task (task + start + end, office time).
 */

const isoDate = z.iso.date(DATE);
const clockTime = z.string(TEXT).regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'harus jam HH:MM');

const itemFields = {
  date: isoDate,
  activityId: z.guid(UUID).optional(),
  activityCode: z.string(TEXT).trim().min(1, REQUIRED).max(60, maxChars(60)).optional(),
  /** Units of the activity's output. */
  quantity: z.number(NUMBER).int(WHOLE).min(1, 'minimal 1').max(1000, atMost(1000)).optional(),
  task: z.string(TEXT).trim().min(1, REQUIRED).max(300, maxChars(300)).optional(),
  start: clockTime.optional(),
  end: clockTime.optional(),
  output: z.string(TEXT).trim().min(1, REQUIRED).max(1000, maxChars(1000)),
  /** Default true: the item goes to the supervisor. false keeps a draft. */
  submit: z.boolean(BOOL).optional(),
};

export type ReportItemInput = {
  date: string;
  activityId?: string;
  activityCode?: string;
  quantity?: number;
  task?: string;
  start?: string;
  end?: string;
  output: string;
};

/** Services accept extra keys (the scenario runner passes its own); routes are strict. */
export const reportItemInput = z.object(itemFields);
export const reportItemCreateBody = reportItemInput.strict();

/** A correction: fields left out keep their value; an activity or a task switches the kind. */
export const reportItemPatchInput = z.object({
  ...itemFields,
  date: isoDate.optional(),
  output: itemFields.output.optional(),
});
export const reportItemPatchBody = reportItemPatchInput.strict();
export type ReportItemPatch = z.infer<typeof reportItemPatchBody>;

export const itemIdParams = z.object({ id: z.guid(UUID) }).strict();

export const itemListQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    /** Someone else's items: their supervisor, agency admins and inspektorat only. */
    employeeId: z.guid(UUID).optional(),
  })
  .strict();

export const verifyBody = z
  .object({
    decision: z.enum(['approve', 'reject', 'revise'], oneOf(['approve', 'reject', 'revise'])),
    reason: z.string(TEXT).trim().max(1000, maxChars(1000)).nullable().optional(),
  })
  .strict();

export const verifyInput = z.object({ ...verifyBody.shape, itemId: z.guid(UUID) });
export type VerifyInput = z.infer<typeof verifyInput>;

export const bulkApproveBody = z
  .object({
    itemIds: z.array(z.guid(UUID), LIST).min(1, REQUIRED).max(500, 'paling banyak 500 kegiatan'),
  })
  .strict();

export const queueQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict();

export const itemStatusSchema = z.enum(['draft', 'submitted', 'approved', 'rejected', 'returned']);

export const evidenceResponse = z.object({
  id: z.string(),
  itemId: z.string(),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type EvidenceDto = z.infer<typeof evidenceResponse>;

export const reportItemResponse = z.object({
  id: z.string(),
  employeeId: z.string(),
  date: z.string(),
  kind: z.enum(['duty', 'task']),
  activity: z
    .object({ id: z.string(), code: z.string(), name: z.string(), unit: z.string() })
    .nullable(),
  quantity: z.number().nullable(),
  task: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  minutes: z.number().int(),
  output: z.string(),
  status: itemStatusSchema,
  /** The supervisor's reason (rejection) or note (return for revision). */
  reason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  verifiedBy: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  createdAt: z.string(),
  evidence: z.array(evidenceResponse),
});
export type ReportItemDto = z.infer<typeof reportItemResponse>;

export const itemListResponse = z.object({ items: z.array(reportItemResponse) });

export const bulkApproveResponse = z.object({
  approved: z.array(z.string()),
  refused: z.array(z.object({ itemId: z.string(), code: z.string() })),
});

/** Why a supervisor should look twice at a day (DOMAIN §4: such minutes do not count). */
export const anomalyFlagSchema = z.enum([
  'over_scheduled_minutes',
  'not_working_day',
  'on_leave',
  'no_check_in',
]);
export type AnomalyFlag = z.infer<typeof anomalyFlagSchema>;

export const queueResponse = z.object({
  groups: z.array(
    z.object({
      employee: z.object({ id: z.string(), nip: z.string(), name: z.string() }),
      days: z.array(
        z.object({
          date: z.string(),
          /** The day's scheduled working minutes (0 when not a working day). */
          scheduledMinutes: z.number().int(),
          /** Minutes of the day's submitted and approved items. */
          reportedMinutes: z.number().int(),
          leaveKind: z.string().nullable(),
          flags: z.array(anomalyFlagSchema),
          items: z.array(reportItemResponse.extend({ flags: z.array(anomalyFlagSchema) })),
        }),
      ),
    }),
  ),
});
export type QueueDto = z.infer<typeof queueResponse>;
