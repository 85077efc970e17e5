import { and, eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '../../db/client';
import { employeeOffices, employees, offices, positions } from '../../db/tables';
import { recordAttendance } from '../attendance/check-in.service';
import {
  HOLIDAYS_2026,
  indexHolidays,
  isStandardWorkingDay,
} from '../attendance/rules/calendar.rules';
import type { Actor } from '../auth/actor';
import { actorForEmployee } from '../auth/actor.store';
import { decideLeave, requestLeave } from '../leave/leave.service';
import { directSubordinatesOf } from '../org/supervision.store';
import { listMyActivities } from '../performance/activities.service';
import { createReportItem, verifyReportItem } from '../performance/report.service';
import { createSeededRandom, type SeededRandom } from './seeded-random';

const ZONE = 'Asia/Makassar';
const HISTORY_DAYS = 30;

type Person = { id: string; nip: string; lat: number; lon: number; name: string };

/**
 * Gives the demo unit a believable last month — check-ins and check-outs (a few late or
 * early), an approved annual leave, one unexcused absence, daily report items verified by
 * the head (one rejected) — so that "Bulan saya", the verification history and a month
 * close show real numbers. Everything goes through the same services as the app, with
 * the clock set to each event's time. Covers the HISTORY_DAYS days before `now`.
 */
export async function seedDemoHistory(db: Db, headNip: string, now: Date): Promise<number> {
  const random = createSeededRandom(20261103);
  const holidays = indexHolidays(HOLIDAYS_2026);
  const today = DateTime.fromJSDate(now).setZone(ZONE).startOf('day');
  const head = await personByNip(db, headNip);
  const staffIds = await directSubordinatesOf(db, head.id, today.toISODate()!);
  // By NIP: ids are random per database, and the history must land on the same people.
  const staff = (await Promise.all(staffIds.map((id) => personById(db, id))))
    .filter((p): p is Person => !!p)
    .sort((a, b) => a.nip.localeCompare(b.nip));
  const people = [head, ...staff];
  const headActor = await actorForEmployee(db, head.id);
  const at = (date: string, clock: string) =>
    DateTime.fromISO(`${date}T${clock}`, { zone: ZONE }).toJSDate();

  const dates: string[] = [];
  for (let d = today.minus({ days: HISTORY_DAYS }); d < today; d = d.plus({ days: 1 })) {
    if (isStandardWorkingDay(d.toISODate()!, holidays)) dates.push(d.toISODate()!);
  }
  // One staff member takes two days of annual leave in the middle of the period.
  const onLeave = staff[1] ? { who: staff[1].id, from: dates[10], to: dates[11] } : null;
  if (onLeave && staff[1]) {
    const actor = await actorForEmployee(db, onLeave.who);
    const asked = at(dates[8], '09:00');
    const leave = await requestLeave(
      db,
      actor,
      { kind: 'annual', from: onLeave.from, to: onLeave.to, reason: 'Urusan keluarga' },
      asked,
    );
    await decideLeave(
      db,
      headActor,
      { leaveId: leave.id, decision: 'approve', note: null },
      at(dates[8], '10:00'),
    );
  }
  const absent = staff[2] ? { who: staff[2].id, date: dates[5] } : null;

  let events = 0;
  for (const [dayIndex, date] of dates.entries()) {
    for (const person of people) {
      if (onLeave && person.id === onLeave.who && date >= onLeave.from && date <= onLeave.to)
        continue;
      if (absent && person.id === absent.who && date === absent.date) continue;
      const late = random.chance(0.08);
      const inClock = late
        ? `07:${random.int(31, 59)}`
        : `07:${String(random.int(5, 29)).padStart(2, '0')}`;
      const early = random.chance(0.05);
      const friday = DateTime.fromISO(date).weekday === 5;
      const outClock = early
        ? `15:${random.int(10, 50)}`
        : friday
          ? `16:${random.int(31, 50)}`
          : `16:${String(random.int(1, 30)).padStart(2, '0')}`;
      for (const [kind, clock] of [
        ['check_in', inClock],
        ['check_out', outClock],
      ] as const) {
        await recordAttendance(
          db,
          person.id,
          {
            kind,
            clientId: `demo-${person.id}-${date}-${kind}`,
            lat: person.lat,
            lon: person.lon,
            accuracyM: random.int(5, 30),
          },
          at(date, `${clock}:${String(random.int(0, 59)).padStart(2, '0')}`),
        );
        events += 1;
      }
      if (person.id === head.id) continue;
      // The last two days stay unverified: the head's queue has work waiting.
      const verify = dayIndex < dates.length - 2;
      await reportDay(db, { person, date, verify, headActor, at, random });
    }
  }
  return events;
}

/** One or two duty items for the day, verified by the head the next morning. */
async function reportDay(
  db: Db,
  day: {
    person: Person;
    date: string;
    verify: boolean;
    headActor: Actor;
    at: (date: string, clock: string) => Date;
    random: SeededRandom;
  },
) {
  const { person, date, headActor, at, random } = day;
  const actor = await actorForEmployee(db, person.id);
  const { items: catalogue } = await listMyActivities(db, actor);
  if (catalogue.length === 0) return;
  const activity = random.pick(catalogue);
  const quantity = Math.max(1, Math.round(300 / activity.minutes));
  const item = await createReportItem(
    db,
    actor,
    {
      date,
      activityId: activity.id,
      quantity,
      output: `${activity.name} (${quantity} ${activity.unit})`,
      submit: true,
    },
    at(date, '15:30'),
  );
  if (!day.verify) return;
  const reviewed = DateTime.fromISO(`${date}T09:15`, { zone: ZONE }).plus({ days: 1 }).toJSDate();
  const reject = random.chance(0.04);
  await verifyReportItem(
    db,
    headActor,
    {
      itemId: item.id,
      decision: reject ? 'reject' : 'approve',
      reason: reject ? 'Bukti hasil kerja belum dilampirkan.' : null,
    },
    reviewed,
  );
}

async function personByNip(db: Db, nip: string): Promise<Person> {
  const [row] = await db.select({ id: employees.id }).from(employees).where(eq(employees.nip, nip));
  const person = row ? await personById(db, row.id) : null;
  if (!person) throw new Error(`demo head ${nip} not found`);
  return person;
}

/** An employee with the centre of their first office (null for shift workers). */
async function personById(db: Db, id: string): Promise<Person | null> {
  const [row] = await db
    .select({
      id: employees.id,
      nip: employees.nip,
      name: employees.name,
      lat: offices.lat,
      lon: offices.lon,
      shift: positions.shiftBased,
    })
    .from(employees)
    .innerJoin(
      employeeOffices,
      and(eq(employeeOffices.employeeId, employees.id), eq(employeeOffices.ordinal, 0)),
    )
    .innerJoin(offices, eq(offices.id, employeeOffices.officeId))
    .leftJoin(positions, eq(positions.id, employees.positionId))
    .where(and(eq(employees.id, id), sql`${employees.schedule} = 'standard'`));
  if (!row || row.shift) return null;
  return { id: row.id, nip: row.nip, name: row.name, lat: row.lat, lon: row.lon };
}
