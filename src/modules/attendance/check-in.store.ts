import { and, asc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { queryRows, type Tx } from '../../db/client';
import { attendanceEvents, offices } from '../../db/tables';
import type { RosterEntry } from './rules/schedule.rules';

/**
 * The check-in path's queries. It is the 07:30 rush endpoint, so everything it needs
 * about the employee comes in one round trip and the event (with its audit row) is
 * written in one statement.
 */

export type AllowedOffice = {
  id: string;
  code: string;
  name: string;
  timezone: string;
  lat: number;
  lon: number;
  radiusM: number | null;
  /** [lon, lat] pairs (GeoJSON order). */
  polygon: Array<[number, number]> | null;
};

export type CheckInContext = {
  active: boolean;
  agencyId: string;
  schedule: string;
  /** The stored answer when this client id was seen before for this employee. */
  existing: Record<string, unknown> | null;
  /** Allowed offices, first (home) office first. */
  offices: AllowedOffice[];
  /** Approved dinas luar periods overlapping the queried dates. */
  duty: Array<{ from: string; to: string }>;
  roster: RosterEntry[];
  /** Closed months from `minMonth` on. */
  closedMonths: string[];
  /**
   * Latest device time of the employee's accepted offline events (the phone's queue);
   * asked only for an offline event. Online events do not count: a check-in queued in the
   * morning and synced after an online check-out is still in order (DOMAIN §3).
   */
  previousDeviceAtMs: number | null;
};

export type ContextQuery = {
  employeeId: string;
  /** Null when no event is being recorded (the home screen). */
  clientId: string | null;
  /** Dates (YYYY-MM-DD) that leave and roster rows must overlap. */
  from: string;
  to: string;
  minMonth: string;
  /** Look for the previous device time among events since then; null skips it. */
  previousSince: Date | null;
};

/**
 * The hot statements run as named prepared statements: PostgreSQL plans them once per
 * connection instead of on every check-in (planning cost more than executing them), and
 * the SQL text is built once per database instead of per request. PGlite runs the same
 * path (it has no statement cache, but the text is still built once).
 */
type Prepared = { execute(values: Record<string, unknown>): Promise<unknown> };
const dialect = new PgDialect({ casing: 'snake_case' });
const preparedByDb = new WeakMap<object, Map<string, Prepared>>();

function prepared(tx: Tx, name: string, build: () => SQL): Prepared {
  let byName = preparedByDb.get(tx);
  if (!byName) {
    byName = new Map();
    preparedByDb.set(tx, byName);
  }
  let statement = byName.get(name);
  if (!statement) {
    statement = tx._.session.prepareQuery(dialect.sqlToQuery(build()), undefined, name, false);
    byName.set(name, statement);
  }
  return statement;
}

async function rowsOf<T>(statement: Prepared, values: Record<string, unknown>): Promise<T[]> {
  return ((await statement.execute(values)) as { rows: T[] }).rows;
}

const p = (name: string) => sql.placeholder(name);

/**
 * Online and offline check-ins use two statements: only an offline one needs the device's
 * previous event, and a CASE around that subquery would make PostgreSQL plan every call
 * anew (the generic plan looks costlier than the pruned custom one), which costs more
 * than running the query.
 */
const contextSql = (offline: boolean) => sql`
  select e.active, e.agency_id as "agencyId", e.schedule,
    (select a.response from attendance_events a
      where a.employee_id = e.id and a.client_id = ${p('clientId')}::text) as existing,
    (select coalesce(json_agg(json_build_object(
              'id', o.id, 'code', o.code, 'name', o.name, 'timezone', o.timezone,
              'lat', o.lat, 'lon', o.lon, 'radiusM', o.radius_m, 'polygon', o.polygon)
            order by eo.ordinal, o.code), '[]'::json)
       from employee_offices eo join offices o on o.id = eo.office_id
      where eo.employee_id = e.id) as offices,
    (select coalesce(json_agg(json_build_object('from', l.from_date, 'to', l.to_date)), '[]'::json)
       from leave_requests l
      where l.employee_id = e.id and l.kind = 'duty' and l.status = 'approved'
        and l.from_date <= ${p('to')}::date and l.to_date >= ${p('from')}::date) as duty,
    (select coalesce(json_agg(json_build_object('date', r.date, 'start', r.start, 'end', r."end")
            order by r.date, r.start), '[]'::json)
       from rosters r
      where r.employee_id = e.id and r.date between ${p('from')}::date and ${p('to')}::date) as roster,
    (select coalesce(json_agg(m.month), '[]'::json) from months m
      where m.status = 'closed' and m.month >= ${p('minMonth')}::text) as "closedMonths",
    ${
      offline
        ? sql`(select (extract(epoch from max(coalesce(q.device_at, q.at))) * 1000)::float8
                 from attendance_events q
                where q.employee_id = e.id and q.status = 'accepted' and q.offline
                  and q.at >= ${p('since')}::timestamptz)`
        : sql`null::float8`
    } as "previousDeviceAtMs"
  from employees e
  where e.id = ${p('employeeId')}::uuid`;

/** Employee, offices, duty leave, roster, closed months and a repeated client id, at once. */
export async function loadCheckInContext(tx: Tx, q: ContextQuery): Promise<CheckInContext | null> {
  const offline = q.previousSince !== null;
  const statement = offline
    ? prepared(tx, 'attendance_context_offline', () => contextSql(true))
    : prepared(tx, 'attendance_context', () => contextSql(false));
  const rows = await rowsOf<CheckInContext>(statement, {
    employeeId: q.employeeId,
    clientId: q.clientId,
    from: q.from,
    to: q.to,
    minMonth: q.minMonth,
    ...(offline ? { since: q.previousSince?.toISOString() } : {}),
  });
  return rows[0] ?? null;
}

export type NewEvent = {
  id: string;
  employeeId: string;
  kind: 'check_in' | 'check_out';
  clientId: string;
  at: Date;
  receivedAt: Date;
  deviceAt: Date | null;
  lat: number;
  lon: number;
  accuracyM: number;
  mocked: boolean;
  offline: boolean;
  status: 'accepted' | 'refused';
  reason: string | null;
  detail: string | null;
  officeId: string | null;
  distanceM: number | null;
  dutyAnywhere: boolean;
  response: unknown;
};

export type EventAudit = {
  accountId: string | null;
  label: string;
  ip: string | null;
  details: unknown;
};

const insertSql = () => sql`
  with ev as (
    insert into attendance_events (id, employee_id, kind, client_id, at, received_at, device_at,
      lat, lon, accuracy_m, mocked, offline, status, reason, detail, office_id, distance_m,
      duty_anywhere, response)
    values (${p('id')}::uuid, ${p('employeeId')}::uuid, ${p('kind')}::text, ${p('clientId')}::text,
      ${p('at')}::timestamptz, ${p('receivedAt')}::timestamptz, ${p('deviceAt')}::timestamptz,
      ${p('lat')}::float8, ${p('lon')}::float8, ${p('accuracyM')}::float8, ${p('mocked')}::boolean,
      ${p('offline')}::boolean, ${p('status')}::text, ${p('reason')}::text, ${p('detail')}::text,
      ${p('officeId')}::uuid, ${p('distanceM')}::int, ${p('dutyAnywhere')}::boolean,
      ${p('response')}::jsonb)
    on conflict (employee_id, client_id) do nothing
    returning id
  ), audit as (
    insert into audit_log (at, actor_account_id, actor_label, ip, action, entity, entity_id, details)
    select ${p('receivedAt')}::timestamptz, ${p('auditAccountId')}::uuid, ${p('auditLabel')}::text,
      ${p('auditIp')}::inet, 'attendance.' || ${p('kind')}::text, 'attendance_event', ev.id::text,
      ${p('auditDetails')}::jsonb
    from ev
  )
  select id from ev`;

/**
 * Inserts the event unless (employee, client id) exists, with its audit row in the same
 * statement (so in the same transaction, without the BEGIN/COMMIT round trips of an
 * explicit one). True when inserted; false when another request with the same client id
 * got there first, and nothing was written.
 */
export async function insertEventOnce(tx: Tx, e: NewEvent, audit: EventAudit): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(prepared(tx, 'attendance_insert', insertSql), {
    ...e,
    at: e.at.toISOString(),
    receivedAt: e.receivedAt.toISOString(),
    deviceAt: e.deviceAt?.toISOString() ?? null,
    response: JSON.stringify(e.response),
    auditAccountId: audit.accountId,
    auditLabel: audit.label,
    auditIp: audit.ip,
    auditDetails: JSON.stringify(audit.details),
  });
  return rows.length > 0;
}

/** The answer stored for (employee, client id), or null. */
export async function findStoredResponse(
  tx: Tx,
  employeeId: string,
  clientId: string,
): Promise<Record<string, unknown> | null> {
  const rows = await queryRows<{ response: Record<string, unknown> }>(
    tx,
    sql`select response from attendance_events
         where employee_id = ${employeeId}::uuid and client_id = ${clientId}`,
  );
  return rows[0]?.response ?? null;
}

export type DayEvent = {
  id: string;
  kind: 'check_in' | 'check_out';
  at: Date;
  status: 'accepted' | 'refused';
  reason: string | null;
  offline: boolean;
  dutyAnywhere: boolean;
  officeCode: string | null;
};

/** The employee's events with `from <= at < to`, oldest first. */
export async function listEventsBetween(
  tx: Tx,
  employeeId: string,
  from: Date,
  to: Date,
): Promise<DayEvent[]> {
  return tx
    .select({
      id: attendanceEvents.id,
      kind: attendanceEvents.kind,
      at: attendanceEvents.at,
      status: attendanceEvents.status,
      reason: attendanceEvents.reason,
      offline: attendanceEvents.offline,
      dutyAnywhere: attendanceEvents.dutyAnywhere,
      officeCode: offices.code,
    })
    .from(attendanceEvents)
    .leftJoin(offices, eq(offices.id, attendanceEvents.officeId))
    .where(
      and(
        eq(attendanceEvents.employeeId, employeeId),
        gte(attendanceEvents.at, from),
        lt(attendanceEvents.at, to),
      ),
    )
    .orderBy(asc(attendanceEvents.at), asc(attendanceEvents.receivedAt)) as Promise<DayEvent[]>;
}
