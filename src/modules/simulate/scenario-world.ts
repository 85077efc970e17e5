import type { Db } from '../../db/client';
import {
  accounts,
  activities,
  agencies,
  employeeOffices,
  employees,
  holidays,
  offices,
  positions,
  rosters,
  schedules,
  tenant,
  tppClassAmounts,
} from '../../db/tables';
import { STANDARD_WEEK } from '../attendance/rules/schedule.rules';
import { toStoredWeek } from '../attendance/week';
import type { Actor } from '../auth/actor';
import { insertRuleSet, seedRuleSets } from '../tpp/rule-set.store';
import { applyRuleSetOverrides, DEFAULT_RULE_SET } from '../tpp/rules/rule-set';
import type { Scenario, ScenarioEmployee } from './scenario.schema';

/** A person of the scenario as the runner acts for them. */
export type WorldEmployee = { id: string; nip: string; actor: Actor };

export type World = {
  employeesByNip: ReadonlyMap<string, WorldEmployee>;
  /** Employee ids in the file's order (the order of the printed result). */
  order: readonly string[];
};

/** Problems of the file that the schema cannot see (unknown references, cycles). */
export class ScenarioInvalid extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ScenarioInvalid';
  }
}

/**
 * Cross-references of a parsed file: offices, schedules, supervisors, rosters and
 * activities must name something the file defines. Collected together, like the schema's.
 */
export function checkReferences(s: Scenario): string[] {
  const problems: string[] = [];
  const officeIds = new Set(s.offices.map((o) => o.id));
  const scheduleIds = new Set(['standard', 'shift', ...s.schedules.map((x) => x.id)]);
  const nips = new Map<string, number>();
  s.employees.forEach((e, i) => {
    if (nips.has(e.nip)) problems.push(`employees[${i}].nip: duplicate NIP ${e.nip}`);
    nips.set(e.nip, i);
  });
  s.employees.forEach((e, i) => {
    for (const office of typeof e.office === 'string' ? [e.office] : e.office) {
      if (!officeIds.has(office))
        problems.push(`employees[${i}].office: unknown office "${office}"`);
    }
    if (e.schedule && !scheduleIds.has(e.schedule)) {
      problems.push(`employees[${i}].schedule: unknown schedule "${e.schedule}"`);
    }
    if (e.supervisor && !nips.has(e.supervisor)) {
      problems.push(`employees[${i}].supervisor: no employee has NIP ${e.supervisor}`);
    }
    if (e.supervisor === e.nip) problems.push(`employees[${i}].supervisor: cannot be themselves`);
  });
  if (problems.length === 0 && supervisionCycle(s.employees)) {
    problems.push('employees: the supervisor fields form a cycle');
  }
  s.rosters.forEach((r, i) => {
    if (!nips.has(r.nip)) problems.push(`rosters[${i}].nip: no employee has NIP ${r.nip}`);
  });
  const activityIds = new Set(s.activities.map((a) => a.id));
  s.events.forEach((e, i) => {
    if (e.report?.activity && !activityIds.has(e.report.activity)) {
      problems.push(`events[${i}].report.activity: unknown activity "${e.report.activity}"`);
    }
    if (e.report?.activity && e.report.quantity === undefined) {
      problems.push(`events[${i}].report.quantity: is required with an activity`);
    }
  });
  return problems;
}

function supervisionCycle(list: readonly ScenarioEmployee[]): boolean {
  const up = new Map(list.map((e) => [e.nip, e.supervisor]));
  for (const start of up.keys()) {
    const seen = new Set<string>();
    for (let at: string | undefined = start; at; at = up.get(at)) {
      if (seen.has(at)) return true;
      seen.add(at);
    }
  }
  return false;
}

/** Supervisors before their subordinates, so each position's parent exists first. */
function topDown(list: readonly ScenarioEmployee[]): ScenarioEmployee[] {
  const byNip = new Map(list.map((e) => [e.nip, e]));
  const done = new Set<string>();
  const out: ScenarioEmployee[] = [];
  const visit = (e: ScenarioEmployee) => {
    if (done.has(e.nip)) return;
    const boss = e.supervisor ? byNip.get(e.supervisor) : undefined;
    if (boss) visit(boss);
    done.add(e.nip);
    out.push(e);
  };
  for (const e of list) visit(e);
  return out;
}

/** Gender from the NIP's 15th digit (1 male, 2 female). */
const genderOf = (nip: string) => (nip[14] === '2' ? 'P' : 'L');

/**
 * Builds the world the file describes in an empty, migrated database: tenant, rule
 * set, holidays, one agency, offices, schedules, the activity catalogue (open to every
 * position), a position tree mirroring the `supervisor` fields (so the org module's
 * supervisor derivation finds the right atasan), employees with accounts, and rosters.
 */
export async function buildWorld(db: Db, s: Scenario): Promise<World> {
  const epoch = new Date(0);
  await db.insert(tenant).values({ name: 'Simulasi', timezone: s.timezone });
  const firstMonth = [...s.months].sort()[0];
  if (s.rules) {
    const validFrom = s.rules.valid_from ?? `${firstMonth}-01`;
    // The shipped default stays for months before the override, unless they collide.
    if (validFrom !== DEFAULT_RULE_SET.valid_from) await seedRuleSets(db, epoch);
    const rules = applyRuleSetOverrides(DEFAULT_RULE_SET, {
      ...s.rules,
      id: s.rules.id ?? 'simulasi',
      valid_from: validFrom,
    });
    await insertRuleSet(db, rules, { createdAt: epoch, createdBy: 'simulasi' });
  } else {
    await seedRuleSets(db, epoch);
  }
  if (s.holidays.length) {
    await db
      .insert(holidays)
      .values(s.holidays.map((h) => ({ date: h.date, name: h.name, kind: h.kind ?? 'local' })))
      .onConflictDoNothing();
  }
  if (s.tpp_classes) {
    const rows = Object.entries(s.tpp_classes).map(([k, amount]) => ({ kelas: Number(k), amount }));
    if (rows.length) await db.insert(tppClassAmounts).values(rows);
  }
  const [agency] = await db
    .insert(agencies)
    .values({ code: 'SIMULASI', name: 'OPD Simulasi', kind: 'dinas' })
    .returning();
  const officeRows = await db
    .insert(offices)
    .values(
      s.offices.map((o) => {
        const centre = o.polygon ? centroid(o.polygon) : null;
        return {
          code: o.id,
          agencyId: agency.id,
          name: o.name ?? o.id,
          timezone: o.timezone ?? s.timezone,
          lat: o.lat ?? centre!.lat,
          lon: o.lon ?? centre!.lon,
          radiusM: o.radius_m ?? null,
          polygon: o.polygon ? o.polygon.map((p): [number, number] => [p.lon, p.lat]) : null,
        };
      }),
    )
    .returning();
  const officeId = new Map(officeRows.map((o) => [o.code, o.id]));
  const custom = s.schedules.filter((x) => x.id !== 'standard' && x.id !== 'shift');
  if (custom.length) {
    await db.insert(schedules).values(
      custom.map((x) => ({
        code: x.id,
        name: x.name ?? x.id,
        kind: x.shifts ? 'shift' : 'weekly',
        week: x.shifts ? null : toStoredWeek(STANDARD_WEEK),
      })),
    );
  }
  if (s.activities.length) {
    await db
      .insert(activities)
      .values(
        s.activities.map((a) => ({ code: a.id, name: a.name, unit: a.unit, minutes: a.minutes })),
      );
  }

  const bosses = new Set(s.employees.map((e) => e.supervisor).filter(Boolean));
  const positionOf = new Map<string, string>();
  const employeesByNip = new Map<string, WorldEmployee>();
  for (const e of topDown(s.employees)) {
    const [position] = await db
      .insert(positions)
      .values({
        agencyId: agency.id,
        code: `SIM-${e.nip}`,
        name: e.position ?? `Jabatan ${e.name}`,
        type: bosses.has(e.nip) ? 'pengawas' : 'pelaksana',
        kelasJabatan: e.kelas_jabatan ?? 1,
        parentId: e.supervisor ? positionOf.get(e.supervisor) : null,
      })
      .returning();
    positionOf.set(e.nip, position.id);
    const [row] = await db
      .insert(employees)
      .values({
        nip: e.nip,
        name: e.name,
        status: e.status,
        rank: e.rank ?? (e.status === 'PNS' ? 'III/a' : 'IX'),
        gender: genderOf(e.nip),
        agencyId: agency.id,
        positionId: position.id,
        schedule: e.schedule ?? 'standard',
        tppIndividual: e.tpp_base ?? null,
        annualLeaveCarry: e.annual_leave_carry ?? 0,
        active: e.active ?? true,
      })
      .returning();
    const officeCodes = typeof e.office === 'string' ? [e.office] : e.office;
    await db.insert(employeeOffices).values(
      officeCodes.map((code, ordinal) => ({
        employeeId: row.id,
        officeId: officeId.get(code)!,
        ordinal,
      })),
    );
    // A login that cannot be used (no password matches "!"): it gives the audit rows an
    // account, as when the person acts through the app.
    const [account] = await db
      .insert(accounts)
      .values({ username: e.nip, employeeId: row.id, label: e.name, passwordHash: '!' })
      .returning();
    employeesByNip.set(e.nip, {
      id: row.id,
      nip: e.nip,
      actor: {
        accountId: account.id,
        username: e.nip,
        label: e.name,
        roles: [],
        adminAgencyId: null,
        employeeId: row.id,
        employeeAgencyId: agency.id,
        ip: '127.0.0.1',
      },
    });
  }
  if (s.rosters.length) {
    await db.insert(rosters).values(
      s.rosters.map((r) => ({
        employeeId: employeesByNip.get(r.nip)!.id,
        date: r.date,
        start: r.start,
        end: r.end,
      })),
    );
  }
  return {
    employeesByNip,
    order: s.employees.map((e) => employeesByNip.get(e.nip)!.id),
  };
}

function centroid(ring: ReadonlyArray<{ lat: number; lon: number }>) {
  const n = ring.length;
  return {
    lat: ring.reduce((sum, p) => sum + p.lat, 0) / n,
    lon: ring.reduce((sum, p) => sum + p.lon, 0) / n,
  };
}
