import { z } from 'zod';

/** Schemas of the calendar administration: holidays, schedules, special periods. */

export const isoDate = z.iso.date('tanggal YYYY-MM-DD');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'jam HH:MM (00:00–23:59)');
const name = z.string().trim().min(1, 'wajib diisi').max(200, 'maksimal 200 karakter');
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * One day of a weekly plan, office time. An end at or before the start means the day's
 * work ends after midnight (a night schedule); the break must lie inside the day.
 */
const dayPlan = z
  .object({
    start: clock,
    end: clock,
    breakStart: clock.optional(),
    breakEnd: clock.optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if ((d.breakStart === undefined) !== (d.breakEnd === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['breakEnd'],
        message: 'isi jam mulai dan selesai istirahat',
      });
      return;
    }
    if (d.breakStart === undefined || d.breakEnd === undefined) return;
    const [s, e, bs, be] = [d.start, d.end, d.breakStart, d.breakEnd].map(minutes);
    const span = (x: number) => (x - s + 1440) % 1440;
    const length = span(e) === 0 ? 1440 : span(e);
    if (!(span(bs) < span(be) && span(be) <= length && bs !== be)) {
      ctx.addIssue({
        code: 'custom',
        path: ['breakStart'],
        message: 'istirahat harus di dalam jam kerja',
      });
    }
  });

/** A week: "1" (Monday) … "7" (Sunday), each a day plan or null for a day off. */
export const weekSchema = z
  .object({
    1: dayPlan.nullable(),
    2: dayPlan.nullable(),
    3: dayPlan.nullable(),
    4: dayPlan.nullable(),
    5: dayPlan.nullable(),
    6: dayPlan.nullable(),
    7: dayPlan.nullable(),
  })
  .strict()
  .refine((w) => Object.values(w).some((d) => d !== null), 'minimal satu hari kerja');

const storedWeekView = z.record(
  z.string(),
  z
    .object({
      start: z.string(),
      end: z.string(),
      breakStart: z.string().optional(),
      breakEnd: z.string().optional(),
    })
    .nullable(),
);

export const uuidParams = z.object({ id: z.guid('harus berupa UUID') }).strict();
export const codeParams = z.object({ code: z.string().min(1).max(40) }).strict();
export const okResponse = z.object({ ok: z.literal(true) });

// ── holidays ──────────────────────────────────────────────────────────────────────

export const holidayListQuery = z
  .object({
    year: z.coerce.number().int().min(2000, 'tahun 2000–2100').max(2100, 'tahun 2000–2100'),
  })
  .strict();

export const holidayCreateBody = z.object({ date: isoDate, name }).strict();
export type HolidayCreate = z.infer<typeof holidayCreateBody>;

export const holidayView = z.object({
  id: z.string(),
  date: z.string(),
  name: z.string(),
  kind: z.enum(['national', 'cuti_bersama', 'local']),
});
export const holidayList = z.object({ items: z.array(holidayView) });

// ── schedules ─────────────────────────────────────────────────────────────────────

export const scheduleCreateBody = z
  .object({
    /** The code employees refer to (`employees.schedule`). */
    code: z
      .string()
      .trim()
      .regex(/^[a-z0-9_-]{1,40}$/, 'kode jadwal: huruf kecil, angka, - atau _ (maks. 40)'),
    name,
    week: weekSchema,
  })
  .strict();
export type ScheduleCreate = z.infer<typeof scheduleCreateBody>;

export const scheduleUpdateBody = z.object({ name, week: weekSchema }).strict();
export type ScheduleUpdate = z.infer<typeof scheduleUpdateBody>;

export const scheduleView = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['weekly', 'shift']),
  week: storedWeekView.nullable(),
  /** `standard` and `shift` come with the product and cannot be edited. */
  builtIn: z.boolean(),
});
export const scheduleList = z.object({ items: z.array(scheduleView) });

// ── special periods (Ramadan) ─────────────────────────────────────────────────────

export const specialPeriodListQuery = z
  .object({ year: z.coerce.number().int().min(2000).max(2100).optional() })
  .strict();

export const specialPeriodCreateBody = z
  .object({
    name,
    fromDate: isoDate,
    toDate: isoDate,
    /** Omitted: the Ramadan week of DOMAIN §2 (Mon–Thu 08:00–15:00, Fri 08:00–15:30). */
    week: weekSchema.optional(),
  })
  .strict()
  .refine((p) => p.fromDate <= p.toDate, {
    message: 'tanggal selesai sebelum tanggal mulai',
    path: ['toDate'],
  })
  .refine((p) => Date.parse(p.toDate) - Date.parse(p.fromDate) <= 62 * 86_400_000, {
    message: 'paling lama 62 hari',
    path: ['toDate'],
  });
export type SpecialPeriodCreate = z.infer<typeof specialPeriodCreateBody>;

export const specialPeriodView = z.object({
  id: z.string(),
  name: z.string(),
  fromDate: z.string(),
  toDate: z.string(),
  week: storedWeekView,
});
export const specialPeriodList = z.object({ items: z.array(specialPeriodView) });
