import { eq } from 'drizzle-orm';
import { attendanceEvents, months } from '../../src/db/tables';
import type { Actor } from '../../src/modules/auth/actor';
import {
  allowOffices,
  type Harness,
  makeAccount,
  makeActing,
  makeAgency,
  makeEmployee,
  makeOffice,
  makePosition,
} from './harness';

type Employee = Awaited<ReturnType<typeof makeEmployee>>;
type Account = Awaited<ReturnType<typeof makeAccount>>;

/** The actor an employee's own session would resolve to. */
export function actorOf(employee: Employee, account: Account): Actor {
  return {
    accountId: account.id,
    username: account.username,
    label: employee.name,
    roles: [],
    adminAgencyId: null,
    employeeId: employee.id,
    employeeAgencyId: employee.agencyId,
    ip: '127.0.0.1',
  };
}

/**
 * A small team for leave and report tests, in WITA:
 *
 *   Dinas Alfa: head ── kabid ─┬─ staff, staff2           (pelaksana)
 *                              ├─ kasi (vacant; Plt: plt) ── kasiStaff
 *                              └─ (plt holds a pelaksana post under head)
 *   Dinas Beta: otherHead ── otherStaff
 *
 * Everyone has an account (username = NIP) and the office of their agency.
 */
export async function makeTeam(h: Harness) {
  const db = h.db;
  const alfa = await makeAgency(db, { name: 'Dinas Alfa' });
  const beta = await makeAgency(db, { name: 'Dinas Beta' });
  const officeA = await makeOffice(db, { agencyId: alfa.id });
  const officeB = await makeOffice(db, { agencyId: beta.id });
  const headPos = await makePosition(db, alfa.id, { type: 'jpt', name: 'Kepala Dinas Alfa' });
  const kabidPos = await makePosition(db, alfa.id, {
    type: 'administrator',
    name: 'Kepala Bidang Data',
    parentId: headPos.id,
  });
  const staffPos = await makePosition(db, alfa.id, {
    name: 'Pengolah Data',
    parentId: kabidPos.id,
  });
  const kasiPos = await makePosition(db, alfa.id, {
    type: 'pengawas',
    name: 'Kepala Seksi Statistik',
    parentId: kabidPos.id,
  });
  const kasiStaffPos = await makePosition(db, alfa.id, {
    name: 'Pengolah Statistik',
    parentId: kasiPos.id,
  });
  const pltPos = await makePosition(db, alfa.id, { name: 'Analis Program', parentId: headPos.id });
  const otherHeadPos = await makePosition(db, beta.id, { type: 'jpt', name: 'Kepala Dinas Beta' });
  const otherStaffPos = await makePosition(db, beta.id, {
    name: 'Pengadministrasi Umum',
    parentId: otherHeadPos.id,
  });

  const people = {
    head: await makeEmployee(db, alfa.id, { positionId: headPos.id, name: 'Kepala Alfa' }),
    kabid: await makeEmployee(db, alfa.id, { positionId: kabidPos.id, name: 'Kabid Data' }),
    staff: await makeEmployee(db, alfa.id, { positionId: staffPos.id, name: 'Staf Satu' }),
    staff2: await makeEmployee(db, alfa.id, { positionId: staffPos.id, name: 'Staf Dua' }),
    plt: await makeEmployee(db, alfa.id, { positionId: pltPos.id, name: 'Plt Kasi' }),
    kasiStaff: await makeEmployee(db, alfa.id, {
      positionId: kasiStaffPos.id,
      name: 'Staf Statistik',
    }),
    otherHead: await makeEmployee(db, beta.id, {
      positionId: otherHeadPos.id,
      name: 'Kepala Beta',
    }),
    otherStaff: await makeEmployee(db, beta.id, {
      positionId: otherStaffPos.id,
      name: 'Staf Beta',
    }),
  };
  await makeActing(db, { positionId: kasiPos.id, employeeId: people.plt.id, kind: 'plt' });

  type Key = keyof typeof people;
  const accounts = {} as Record<Key, Account>;
  const actors = {} as Record<Key, Actor>;
  for (const key of Object.keys(people) as Key[]) {
    const e = people[key];
    await allowOffices(db, e.id, [e.agencyId === alfa.id ? officeA.id : officeB.id]);
    accounts[key] = await makeAccount(db, { username: e.nip, employeeId: e.id, label: e.name });
    actors[key] = actorOf(e, accounts[key]);
  }
  await makeAccount(db, { username: 'bkpsdm', roles: ['admin_bkpsdm'] });
  await makeAccount(db, { username: 'opd.alfa', roles: ['admin_opd'], agencyId: alfa.id });
  await makeAccount(db, { username: 'opd.beta', roles: ['admin_opd'], agencyId: beta.id });
  await makeAccount(db, { username: 'inspektorat', roles: ['inspektorat'] });

  const sessions = new Map<string, string>();
  /** A session cookie for a person (by key) or an admin username, logged in once. */
  const as = async (who: Key | 'bkpsdm' | 'opd.alfa' | 'opd.beta' | 'inspektorat') => {
    const username = who in people ? people[who as Key].nip : who;
    if (!sessions.has(username)) sessions.set(username, await h.login(username));
    return sessions.get(username)!;
  };

  return {
    alfa,
    beta,
    offices: { officeA, officeB },
    positions: { headPos, kabidPos, staffPos, kasiPos, kasiStaffPos, pltPos },
    people,
    accounts,
    actors,
    as,
  };
}

export type Team = Awaited<ReturnType<typeof makeTeam>>;

/** Marks a month closed (what the TPP close would leave behind). */
export async function closeMonth(h: Harness, month: string) {
  await h.db
    .insert(months)
    .values({ month, status: 'closed', closedAt: new Date('2026-12-10T00:00:00Z') })
    .onConflictDoUpdate({ target: months.month, set: { status: 'closed' } });
}

export async function reopenMonth(h: Harness, month: string) {
  await h.db.delete(months).where(eq(months.month, month));
}

/** An accepted check-in as the attendance module would store it. */
export async function recordCheckIn(h: Harness, employeeId: string, at: string) {
  await h.db.insert(attendanceEvents).values({
    employeeId,
    kind: 'check_in',
    clientId: `test-${employeeId}-${at}`,
    at: new Date(at),
    receivedAt: new Date(at),
    lat: -5.4667,
    lon: 122.6333,
    accuracyM: 10,
    status: 'accepted',
    response: {},
  });
}

/** WITA wall-clock time as an instant: `wita('2026-11-05 23:59')`. */
export function wita(local: string): string {
  return new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
}
