import { z } from 'zod';
import { positionTypeSchema } from '../org/rules/rank.rules';
import { atLeast, atMost, maxChars, NUMBER, REQUIRED, TEXT, UUID, WHOLE } from './zod-messages';

/**
 * The job-analysis activity catalogue (anjab/ABK): each activity has an output unit and
 * standard minutes per unit, and is visible to positions of a type, optionally narrowed
 * by a position-name prefix; no type means every position.
 */

export const activityCodeSchema = z
  .string(TEXT)
  .trim()
  .min(1, REQUIRED)
  .max(60, maxChars(60))
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'hanya huruf, angka, titik, garis bawah, - dan /');

export const activityCreateBody = z
  .object({
    code: activityCodeSchema,
    name: z.string(TEXT).trim().min(1, REQUIRED).max(300, maxChars(300)),
    unit: z.string(TEXT).trim().min(1, REQUIRED).max(60, maxChars(60)),
    /** Standard minutes per unit of output; a unit of work fits in a day. */
    minutes: z.number(NUMBER).int(WHOLE).min(1, atLeast(1)).max(1440, atMost(1440)),
    positionType: positionTypeSchema.nullable().optional(),
    positionNamePrefix: z
      .string(TEXT)
      .trim()
      .min(1, REQUIRED)
      .max(200, maxChars(200))
      .nullable()
      .optional(),
  })
  .strict();
export type ActivityCreateInput = z.infer<typeof activityCreateBody>;

export const activityPatchBody = activityCreateBody.partial().strict();
export type ActivityPatchInput = z.infer<typeof activityPatchBody>;

export const activityIdParams = z.object({ id: z.guid(UUID) }).strict();

export const activityListQuery = z
  .object({
    q: z.string(TEXT).trim().max(100, maxChars(100)).optional(),
    positionType: positionTypeSchema.optional(),
  })
  .strict();

export const activityResponse = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  minutes: z.number().int(),
  positionType: z.string().nullable(),
  positionNamePrefix: z.string().nullable(),
});
export type ActivityDto = z.infer<typeof activityResponse>;

export const activityListResponse = z.object({ items: z.array(activityResponse) });
