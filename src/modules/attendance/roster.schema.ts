import { z } from 'zod';
import { isoDate } from './calendar.schema';

/** Schemas of roster administration (rostered shifts of 24-hour services). */

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'jam HH:MM (00:00–23:59)');

export const rosterListQuery = z
  .object({
    agencyId: z.guid('harus berupa UUID'),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'bulan YYYY-MM'),
  })
  .strict();

/**
 * One shift on the date it starts. An end at or before the start ends the next day
 * (22:00–06:00); an end equal to the start is a 24-hour shift.
 */
const rosterEntryInput = z
  .object({ employeeId: z.guid('harus berupa UUID'), date: isoDate, start: clock, end: clock })
  .strict();

/** Sets the shift of each (employee, date), replacing what that date had. */
export const rosterUpsertBody = z
  .object({
    agencyId: z.guid('harus berupa UUID'),
    entries: z
      .array(rosterEntryInput)
      .min(1, 'minimal satu baris')
      .max(1000, 'maksimal 1000 baris'),
  })
  .strict()
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.entries.forEach((e, i) => {
      const key = `${e.employeeId}|${e.date}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'date'],
          message: 'satu pegawai hanya satu shift per tanggal',
        });
      }
      seen.add(key);
    });
  });
export type RosterUpsert = z.infer<typeof rosterUpsertBody>;

export const rosterEntryView = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
});
export const rosterList = z.object({ items: z.array(rosterEntryView) });
