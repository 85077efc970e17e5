import { employeeOffices, offices } from '../src/db/tables';
import { recordAttendance } from '../src/modules/attendance/check-in.service';
import {
  HOLIDAYS_2026,
  indexHolidays,
  weekdayOf,
  workingDaysOfMonth,
} from '../src/modules/attendance/rules/calendar.rules';
import type { Actor, GrantedRole } from '../src/modules/auth/actor';
import {
  type Harness,
  makeAccount,
  makeAgency,
  makeEmployee,
  makePosition,
} from './support/harness';

/**
 * A small city for the TPP tests: agency A with a head (kepala) and two staff under
 * him, agency B with one employee, one office per agency in WITA, and accounts for
 * every role. Actors are built directly for service calls; `login` gives cookies.
 */
export async function makeTppWorld(h: Harness) {
  const agencyA = await makeAgency(h.db);
  const agencyB = await makeAgency(h.db);
  const [officeA, officeB] = await h.db
    .insert(offices)
    .values([
      {
        code: `KA-${agencyA.code}`,
        agencyId: agencyA.id,
        name: 'Kantor A',
        timezone: 'Asia/Makassar',
        lat: -5.47,
        lon: 122.6,
        radiusM: 100,
      },
      {
        code: `KB-${agencyB.code}`,
        agencyId: agencyB.id,
        name: 'Kantor B',
        timezone: 'Asia/Makassar',
        lat: -5.48,
        lon: 122.61,
        radiusM: 100,
      },
    ])
    .returning();
  const headPos = await makePosition(h.db, agencyA.id, { type: 'pengawas', kelasJabatan: 9 });
  const staffPos = await makePosition(h.db, agencyA.id, { parentId: headPos.id });
  const otherPos = await makePosition(h.db, agencyB.id);
  const head = await makeEmployee(h.db, agencyA.id, {
    positionId: headPos.id,
    tppIndividual: 6_000_000,
  });
  const staff = await makeEmployee(h.db, agencyA.id, {
    positionId: staffPos.id,
    tppIndividual: 3_000_000,
  });
  const staff2 = await makeEmployee(h.db, agencyA.id, {
    positionId: staffPos.id,
    tppIndividual: 2_100_000,
  });
  const other = await makeEmployee(h.db, agencyB.id, {
    positionId: otherPos.id,
    tppIndividual: 4_000_000,
  });
  await h.db.insert(employeeOffices).values([
    { employeeId: head.id, officeId: officeA.id, ordinal: 0 },
    { employeeId: staff.id, officeId: officeA.id, ordinal: 0 },
    { employeeId: staff2.id, officeId: officeA.id, ordinal: 0 },
    { employeeId: other.id, officeId: officeB.id, ordinal: 0 },
  ]);
  const accountOf = async (e: { id: string; nip: string; name: string; agencyId: string }) => {
    const account = await makeAccount(h.db, { username: e.nip, employeeId: e.id, label: e.name });
    return employeeActor(account.id, e);
  };
  const adminAccount = async (username: string, roles: GrantedRole[], agencyId?: string) => {
    const account = await makeAccount(h.db, { username, roles, agencyId, label: username });
    return {
      accountId: account.id,
      username,
      label: username,
      roles,
      adminAgencyId: agencyId ?? null,
      employeeId: null,
      employeeAgencyId: null,
      ip: '127.0.0.1',
    } satisfies Actor;
  };
  const suffix = agencyA.code.toLowerCase();
  return {
    agencyA,
    agencyB,
    officeA,
    officeB,
    head,
    staff,
    staff2,
    other,
    actors: {
      head: await accountOf(head),
      staff: await accountOf(staff),
      staff2: await accountOf(staff2),
      other: await accountOf(other),
      bkpsdm: await adminAccount(`bkpsdm-${suffix}`, ['admin_bkpsdm']),
      opd: await adminAccount(`opd-${suffix}`, ['admin_opd'], agencyA.id),
      keuangan: await adminAccount(`keuangan-${suffix}`, ['keuangan']),
      inspektorat: await adminAccount(`inspektorat-${suffix}`, ['inspektorat']),
    },
  };
}

export type TppWorld = Awaited<ReturnType<typeof makeTppWorld>>;

function employeeActor(
  accountId: string,
  e: { id: string; nip: string; name: string; agencyId: string },
): Actor {
  return {
    accountId,
    username: e.nip,
    label: e.name,
    roles: [],
    adminAgencyId: null,
    employeeId: e.id,
    employeeAgencyId: e.agencyId,
    ip: '127.0.0.1',
  };
}

export const holidays2026 = indexHolidays(HOLIDAYS_2026);
export const wita = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

/** Checks in (and out) through the real check-in service, inside the office fence. */
export async function check(
  h: Harness,
  employeeId: string,
  kind: 'check_in' | 'check_out',
  at: Date,
  office: { lat: number; lon: number },
) {
  return recordAttendance(
    h.db,
    employeeId,
    {
      kind,
      clientId: `${kind}-${at.toISOString()}`,
      lat: office.lat + 0.0001,
      lon: office.lon + 0.0001,
      accuracyM: 10,
    },
    at,
  );
}

/**
 * A usual month: check-in 07:25, check-out 16:05 (Friday 16:35) on every standard
 * working day, except the dates in `changes` ([in, out], null = no event) or `skip`.
 */
export async function usualMonth(
  h: Harness,
  employeeId: string,
  office: { lat: number; lon: number },
  month: string,
  changes: Record<string, [string | null, string | null]> = {},
) {
  for (const date of workingDaysOfMonth(month, holidays2026)) {
    const [checkIn, checkOut] = changes[date] ?? [
      '07:25',
      weekdayOf(date) === 5 ? '16:35' : '16:05',
    ];
    if (checkIn) await check(h, employeeId, 'check_in', wita(date, checkIn), office);
    if (checkOut) await check(h, employeeId, 'check_out', wita(date, checkOut), office);
  }
}
