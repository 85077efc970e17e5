import { z } from 'zod';

/**
 * Schemas of the check-in endpoints and the home screen, shared with the web client.
 * Requests are strict: an unknown field is refused and named.
 */

export const checkInBody = z
  .object({
    /** Generated on the phone, the same on every retry of one tap. */
    clientId: z.string().min(1, 'wajib diisi').max(100, 'maksimal 100 karakter'),
    lat: z.number().min(-90, 'lintang −90…90').max(90, 'lintang −90…90'),
    lon: z.number().min(-180, 'bujur −180…180').max(180, 'bujur −180…180'),
    accuracyM: z.number().min(0, 'tidak boleh negatif'),
    /** The phone's clock at the tap (ISO 8601 with offset). */
    deviceAt: z.iso.datetime({ offset: true, message: 'waktu ISO 8601' }).optional(),
    /** Queued without network and sent later: the event takes deviceAt. */
    offline: z.boolean().optional(),
    /** The phone reported the position as coming from a mock provider. */
    mocked: z.boolean().optional(),
  })
  .strict()
  .refine((b) => !b.offline || b.deviceAt !== undefined, {
    message: 'wajib diisi untuk absen luring',
    path: ['deviceAt'],
  });
export type CheckInBody = z.infer<typeof checkInBody>;

export const checkInAccepted = z
  .object({
    status: z.literal('accepted'),
    eventId: z.string(),
    at: z.string(),
    attendanceDate: z.string().nullable(),
    officeCode: z.string().nullable(),
    officeName: z.string().nullable(),
    timezone: z.string(),
    zoneLabel: z.string(),
    offline: z.boolean(),
    dutyAnywhere: z.boolean(),
    offshift: z.boolean(),
    message: z.string(),
    repeated: z.boolean(),
  })
  .describe('Recorded. A refusal answers 422 with the reason as the error code.');

/** `details` of a refused check-in's error body. */
export const refusalDetails = z.object({
  distanceM: z.number().optional(),
  officeCode: z.string().optional(),
  officeName: z.string().optional(),
  repeated: z.boolean(),
});

const officeView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  timezone: z.string(),
  zoneLabel: z.string(),
  lat: z.number(),
  lon: z.number(),
  radiusM: z.number().nullable(),
  polygon: z.array(z.tuple([z.number(), z.number()])).nullable(),
});

const eventView = z.object({
  id: z.string(),
  kind: z.enum(['check_in', 'check_out']),
  at: z.string(),
  status: z.enum(['accepted', 'refused']),
  reason: z.string().nullable(),
  offline: z.boolean(),
  dutyAnywhere: z.boolean(),
  officeCode: z.string().nullable(),
  /** Accepted, but outside every schedule window: counts for no day. False when refused. */
  offshift: z.boolean(),
  /** The attendance day whose window holds the event; null when offshift or refused. */
  attendanceDate: z.string().nullable(),
});

export const todayResponse = z.object({
  /** Today in the employee's zone (that of the first allowed office). */
  date: z.string(),
  timezone: z.string(),
  zoneLabel: z.string(),
  schedule: z.object({ code: z.string(), name: z.string(), kind: z.enum(['weekly', 'shift']) }),
  /** Shifts whose attendance day is today (none on a day off or holiday). */
  shifts: z.array(
    z.object({ start: z.string(), end: z.string(), startLocal: z.string(), endLocal: z.string() }),
  ),
  holiday: z.object({ name: z.string(), kind: z.string() }).nullable(),
  onDuty: z.boolean(),
  /** Today's events (local calendar day), oldest first, refused and offshift included. */
  events: z.array(eventView),
  /** The check-in that counts for today: the first accepted one of today's attendance day. */
  checkIn: eventView.nullable(),
  /** The check-out that counts for today: the last accepted one of today's attendance day. */
  checkOut: eventView.nullable(),
  offices: z.array(officeView),
});
export type TodayView = z.infer<typeof todayResponse>;
