import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { employees } from '../../db/tables';
import { fail } from '../../http/errors';
import type { DayStatus } from '../attendance/rules/attendance-day.rules';
import { datesOfMonth } from '../attendance/rules/calendar.rules';
import type { Actor } from '../auth/actor';
import { type Action, can } from '../auth/permissions';
import { supervisorsOf } from '../org/supervision.store';
import {
  type AbsenceTally,
  assessYearlyAbsence,
  crossedLevels,
  DISCIPLINE_LABELS_ID,
  type DisciplineLevel,
} from './rules/discipline-levels.rules';
import { absenceDaysOfYear, submittedItemsByEmployee } from './tpp-results.store';

/** A supervisor with items of their team still awaiting verification. */
export type LateVerifier = {
  /** Null for items whose owner has no supervisor (the head of the tree). */
  supervisorId: string | null;
  nip: string | null;
  name: string | null;
  agencyId: string | null;
  pendingItems: number;
  employees: number;
};

async function employeeNames(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { nip: string; name: string; agencyId: string }>();
  const rows = await tx
    .select({
      id: employees.id,
      nip: employees.nip,
      name: employees.name,
      agencyId: employees.agencyId,
    })
    .from(employees)
    .where(inArray(employees.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Supervisors who had not verified their team's items of `month` (items still
 * `submitted`). At close these items do not count (DOMAIN §4) and the supervisor is
 * listed; afterwards a closed month's items cannot change, so the list stays as it was.
 */
export async function findLateVerifiers(
  tx: Tx,
  month: string,
  agencyId?: string,
): Promise<LateVerifier[]> {
  const owners = (await submittedItemsByEmployee(tx, month)).filter(
    (o) => !agencyId || o.agencyId === agencyId,
  );
  if (owners.length === 0) return [];
  const dates = datesOfMonth(month);
  const supervisors = await supervisorsOf(
    tx,
    owners.map((o) => o.employeeId),
    dates[dates.length - 1],
  );
  const bySupervisor = new Map<string | null, { items: number; employees: number }>();
  for (const owner of owners) {
    const list = supervisors.get(owner.employeeId) ?? [];
    for (const id of list.length ? list : [null]) {
      const entry = bySupervisor.get(id) ?? { items: 0, employees: 0 };
      entry.items += owner.items;
      entry.employees += 1;
      bySupervisor.set(id, entry);
    }
  }
  const names = await employeeNames(
    tx,
    [...bySupervisor.keys()].filter((id): id is string => id !== null),
  );
  return [...bySupervisor.entries()]
    .map(([id, v]) => {
      const who = id ? names.get(id) : undefined;
      return {
        supervisorId: id,
        nip: who?.nip ?? null,
        name: who?.name ?? null,
        agencyId: who?.agencyId ?? null,
        pendingItems: v.items,
        employees: v.employees,
      };
    })
    .sort((a, b) => b.pendingItems - a.pendingItems || (a.nip ?? '').localeCompare(b.nip ?? ''));
}

export type DisciplineWarning = {
  employeeId: string;
  nip: string;
  name: string;
  agencyId: string;
  /** Unexcused absent days in the year's closed months. */
  absentDays: number;
  longestRun: number;
  level: DisciplineLevel;
  label: string;
  /** Each threshold crossed, with the closed month in which it was crossed. */
  crossed: Array<{ month: string; level: DisciplineLevel; label: string }>;
};

/**
 * Employees whose unexcused absence in a calendar year's closed months reaches a PP
 * 94/2021 level (warnings for admins; imposing a penalty is a human decision).
 */
export async function disciplineWarnings(
  tx: Tx,
  year: number,
  agencyId?: string,
): Promise<DisciplineWarning[]> {
  const rows = await absenceDaysOfYear(tx, year, agencyId);
  const byEmployee = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = byEmployee.get(r.employeeId) ?? [];
    list.push(r);
    byEmployee.set(r.employeeId, list);
  }
  const names = await employeeNames(tx, [...byEmployee.keys()]);
  const warnings: DisciplineWarning[] = [];
  for (const [employeeId, monthsOf] of byEmployee) {
    const soFar: Array<{ date: string; status: DayStatus }> = [];
    let before: AbsenceTally = { absentDays: 0, longestRun: 0 };
    const crossed: DisciplineWarning['crossed'] = [];
    for (const m of monthsOf) {
      soFar.push(...m.days.map((d) => ({ date: d.date, status: d.status as DayStatus })));
      const after = assessYearlyAbsence(soFar);
      for (const level of crossedLevels(before, after)) {
        crossed.push({ month: m.month, level, label: DISCIPLINE_LABELS_ID[level] });
      }
      before = after;
    }
    const year = assessYearlyAbsence(soFar);
    if (year.level === 'none') continue;
    const who = names.get(employeeId);
    warnings.push({
      employeeId,
      nip: who?.nip ?? '',
      name: who?.name ?? '',
      agencyId: who?.agencyId ?? '',
      absentDays: year.absentDays,
      longestRun: year.longestRun,
      level: year.level,
      label: DISCIPLINE_LABELS_ID[year.level],
      crossed,
    });
  }
  return warnings.sort((a, b) => b.absentDays - a.absentDays || a.nip.localeCompare(b.nip));
}

/**
 * The agency a city-wide report may cover for the actor: undefined = all (admin BKPSDM,
 * inspektorat), an admin OPD's own agency, else forbidden.
 */
export function reportScope(actor: Actor, action: Action, requested?: string): string | undefined {
  if (requested) {
    if (!can(actor, action, { agencyId: requested })) throw fail('forbidden');
    return requested;
  }
  if (can(actor, action, {})) return undefined;
  if (actor.adminAgencyId && can(actor, action, { agencyId: actor.adminAgencyId })) {
    return actor.adminAgencyId;
  }
  throw fail('forbidden');
}

/** PP 94/2021 warnings for admins: never shown to keuangan or to colleagues. */
export async function listDisciplineWarnings(
  db: Db,
  actor: Actor,
  query: { year: number; agencyId?: string },
): Promise<DisciplineWarning[]> {
  return disciplineWarnings(db, query.year, reportScope(actor, 'attendance.read', query.agencyId));
}

export async function listLateVerifiers(
  db: Db,
  actor: Actor,
  month: string,
  agencyId?: string,
): Promise<LateVerifier[]> {
  return findLateVerifiers(db, month, reportScope(actor, 'report.read', agencyId));
}
