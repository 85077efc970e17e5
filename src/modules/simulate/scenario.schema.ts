import { z } from 'zod';
import { LEAVE_KINDS } from '../attendance/rules/attendance-day.rules';
import { ruleSetOverridesSchema } from '../tpp/rules/rule-set';

/**
 * The scenario file (SCENARIOS.md), strict at every level: an unknown key anywhere is an
 * error, because a typo must never fall back to a default silently. Messages are short
 * English reasons; the runner prefixes each with its path in the file.
 */

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A type error's message: "is required" when the key is missing, else `message`. */
function typeError(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);
}

const zone = z
  .string({ error: typeError('must be an IANA time zone') })
  .refine(isZone, 'must be an IANA time zone such as Asia/Makassar');
const nip = z
  .string({ error: typeError('must be an 18-digit NIP in quotes') })
  .regex(/^\d{18}$/, 'must be an 18-digit NIP in quotes');
const date = z.iso.date({ error: typeError('must be a date YYYY-MM-DD') });
const month = z
  .string({ error: typeError('must be a month YYYY-MM') })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');
const clock = z
  .string({ error: typeError('must be a time of day HH:MM') })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day HH:MM');
const instant = z.iso.datetime({
  offset: true,
  error: typeError('must be an ISO 8601 time with an offset, e.g. 2026-11-02T07:41:10+08:00'),
});
const lat = z
  .number({ error: typeError('must be a number') })
  .min(-90, 'must be between -90 and 90')
  .max(90, 'must be between -90 and 90');
const lon = z
  .number({ error: typeError('must be a number') })
  .min(-180, 'must be between -180 and 180')
  .max(180, 'must be between -180 and 180');
const id = z
  .string({ error: typeError('must be a text id') })
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters');

const point = z.object({ lat, lon }).strict();

const office = z
  .object({
    id,
    name: z.string().min(1).optional(),
    lat: lat.optional(),
    lon: lon.optional(),
    radius_m: z.number().positive('must be more than 0').optional(),
    polygon: z.array(point).min(3, 'needs at least three corners').optional(),
    timezone: zone.optional(),
  })
  .strict()
  .refine((o) => o.radius_m !== undefined || o.polygon !== undefined, {
    message: 'needs radius_m (a circle) or polygon',
  })
  .refine((o) => o.polygon !== undefined || (o.lat !== undefined && o.lon !== undefined), {
    message: 'a circle needs lat and lon',
  });

const schedule = z
  .object({ id, name: z.string().min(1).optional(), shifts: z.boolean().optional() })
  .strict();

const roster = z.object({ nip, date, start: clock, end: clock }).strict();

const holiday = z
  .object({
    date,
    name: z.string().min(1, 'must not be empty'),
    kind: z.enum(['local', 'national', 'cuti_bersama']).optional(),
  })
  .strict();

const activity = z
  .object({
    id,
    name: z.string().min(1, 'must not be empty'),
    unit: z.string().min(1, 'must not be empty'),
    minutes: z.number().int('must be whole minutes').positive('must be more than 0').max(1440),
  })
  .strict();

const employee = z
  .object({
    nip,
    name: z.string().min(1, 'must not be empty'),
    status: z.enum(['PNS', 'PPPK'], { error: typeError('must be PNS or PPPK') }),
    kelas_jabatan: z.number().int().min(1, 'must be 1–17').max(17, 'must be 1–17').optional(),
    tpp_base: z.number().int('must be whole rupiah').nonnegative('must not be negative').optional(),
    office: z.union([id, z.array(id).min(1, 'needs at least one office')]),
    schedule: id.optional(),
    supervisor: nip.optional(),
    annual_leave_carry: z.number().int().min(0, 'must be 0–6').max(6, 'must be 0–6').optional(),
    rank: z.string().min(1).optional(),
    position: z.string().min(1).optional(),
    active: z.boolean().optional(),
  })
  .strict();

const check = z
  .object({
    lat,
    lon,
    accuracy_m: z
      .number({ error: typeError('must be a number') })
      .nonnegative('must not be negative'),
    id: id.optional(),
    offline: z.boolean().optional(),
    device_at: instant.optional(),
    mocked: z.boolean().optional(),
  })
  .strict();

const leave = z
  .object({
    kind: z.enum(LEAVE_KINDS, { error: typeError(`must be one of ${LEAVE_KINDS.join(', ')}`) }),
    from: date,
    to: date,
    reason: z.string().optional(),
  })
  .strict();

const leaveDecision = z.object({ nip, from: date, note: z.string().optional() }).strict();

const report = z
  .object({
    ref: id,
    date,
    activity: id.optional(),
    quantity: z.number().positive('must be more than 0').optional(),
    task: z.string().min(1).optional(),
    start: clock.optional(),
    end: clock.optional(),
    output: z.string().min(1, 'must not be empty'),
    submit: z.boolean().optional(),
  })
  .strict()
  .refine(
    (r) =>
      (r.activity !== undefined && r.task === undefined) ||
      (r.task !== undefined && r.activity === undefined),
    { message: 'needs either activity (with quantity) or task (with start and end)' },
  )
  .refine((r) => r.task === undefined || (r.start !== undefined && r.end !== undefined), {
    message: 'a task needs start and end',
  });

const verify = z
  .object({
    ref: id,
    decision: z.enum(['approve', 'reject', 'revise'], {
      error: typeError('must be approve, reject or revise'),
    }),
    reason: z.string().optional(),
  })
  .strict();

/** The actions an event may carry: exactly one per event. */
export const EVENT_ACTIONS = [
  'check_in',
  'check_out',
  'leave',
  'approve_leave',
  'refuse_leave',
  'report',
  'verify',
  'close_month',
  'recompute_month',
] as const;

/** Actions taken by the system (admin BKPSDM) rather than a person with a NIP. */
export const ADMIN_ACTIONS: ReadonlySet<string> = new Set(['close_month', 'recompute_month']);

const event = z
  .object({
    at: instant,
    nip: nip.optional(),
    id: id.optional(),
    offline: z.boolean().optional(),
    device_at: instant.optional(),
    mocked: z.boolean().optional(),
    check_in: check.optional(),
    check_out: check.optional(),
    leave: leave.optional(),
    approve_leave: leaveDecision.optional(),
    refuse_leave: leaveDecision.optional(),
    report: report.optional(),
    verify: verify.optional(),
    // Extensions for admins' what-ifs and for tests of closed months.
    close_month: z.object({ month }).strict().optional(),
    recompute_month: z
      .object({ month, nips: z.array(nip).min(1).optional(), reason: z.string().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const actions = EVENT_ACTIONS.filter((a) => e[a] !== undefined);
    if (actions.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `needs exactly one of ${EVENT_ACTIONS.join(', ')}`,
      });
      return;
    }
    if (!ADMIN_ACTIONS.has(actions[0]) && e.nip === undefined) {
      ctx.addIssue({ code: 'custom', path: ['nip'], message: 'is required' });
    }
  });

export const scenarioSchema = z
  .object({
    timezone: zone,
    months: z.array(month).min(1, 'needs at least one month'),
    rules: ruleSetOverridesSchema.optional(),
    holidays: z.array(holiday).default([]),
    offices: z.array(office).min(1, 'needs at least one office'),
    schedules: z.array(schedule).default([]),
    rosters: z.array(roster).default([]),
    activities: z.array(activity).default([]),
    /** Extension: the kelas jabatan table (class -> monthly rupiah) for staff without tpp_base. */
    tpp_classes: z
      .record(
        z.string().regex(/^([1-9]|1[0-7])$/, 'must be a class 1–17'),
        z.number().int().nonnegative(),
      )
      .optional(),
    employees: z.array(employee).min(1, 'needs at least one employee'),
    events: z.array(event).default([]),
  })
  .strict();

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioEvent = Scenario['events'][number];
export type ScenarioEmployee = Scenario['employees'][number];

/** `events[4].check_in.lat` from a zod path. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Every problem of a parse as `path: reason` lines, the first ones first. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    const at = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) lines.push(`${at ? `${at}.` : ''}${key}: unknown key`);
      continue;
    }
    let reason = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(reason)) reason = 'is required';
    else if (issue.code === 'invalid_type') reason = reason.replace(/^Invalid input: /, '');
    lines.push(`${at || '(file)'}: ${reason}`);
  }
  return lines;
}
