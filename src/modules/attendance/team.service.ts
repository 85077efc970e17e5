import { DateTime } from 'luxon';
import type { Db } from '../../db/client';
import { fail } from '../../http/errors';
import type { Actor } from '../auth/actor';
import { directSubordinatesOf } from '../org/supervision.store';
import { computeLive } from '../tpp/month-compute.service';

export const TEAM_STATUSES = [
  'present',
  'late',
  'not_yet',
  'leave',
  'duty',
  'off',
  'holiday',
] as const;
export type TeamStatus = (typeof TEAM_STATUSES)[number];

export type TeamMemberToday = {
  employeeId: string;
  nip: string;
  name: string;
  positionName: string | null;
  status: TeamStatus;
  kind: string | null;
  checkIn: string | null;
  checkOut: string | null;
  lateMinutes: number | null;
};

/**
 * Today's board for a supervisor: who checked in, who is late, who has not checked in
 * yet, who is on leave or duty. Computed with the same day rules as the month, then read
 * as "so far": a day still in progress has no TK and no missing check-out yet.
 */
export async function teamToday(
  db: Db,
  actor: Actor,
  now: Date,
  zone: string,
): Promise<{ date: string; members: TeamMemberToday[] }> {
  if (!actor.employeeId) throw fail('not_supervisor');
  const date = DateTime.fromJSDate(now).setZone(zone).toISODate()!;
  const team = await directSubordinatesOf(db, actor.employeeId, date);
  if (team.length === 0) return { date, members: [] };
  const { results } = await computeLive(db, date.slice(0, 7), team, now);
  const members = results.map((r) => {
    const day = r.days.find((d) => d.date === date);
    const base = {
      employeeId: r.employeeId,
      nip: r.nip,
      name: r.name,
      positionName: r.positionName,
      kind: day?.kind ?? null,
      checkIn: day?.check_in ?? null,
      checkOut: day?.check_out ?? null,
      lateMinutes: day?.late_minutes ?? null,
    };
    return { ...base, status: statusSoFar(day?.status, base.checkIn, base.lateMinutes) };
  });
  members.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return { date, members };
}

function statusSoFar(
  status: string | undefined,
  checkIn: string | null,
  late: number | null,
): TeamStatus {
  if (!status) return 'off';
  if (status === 'leave' || status === 'duty' || status === 'off' || status === 'holiday') {
    return status;
  }
  if (!checkIn) return 'not_yet';
  return late && late > 0 ? 'late' : 'present';
}
