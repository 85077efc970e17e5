import { eq } from 'drizzle-orm';
import type { Database, Db } from '../../db/client';
import { accounts, agencies, employees, positions, tenant } from '../../db/tables';
import { writeAudit } from '../audit/audit.store';
import { insertAccounts } from '../auth/accounts.store';
import { type Actor, systemActor } from '../auth/actor';
import { hashPassword } from '../auth/password';
import { createActing } from '../org/acting.service';
import { createAgency, createUnit } from '../org/agencies.service';
import { importEmployees, importPositions } from '../org/import.service';
import { createOffice } from '../org/offices.service';
import { replaceTppClasses } from '../org/tpp-classes.service';
import { seedDemoActivities } from './demo-activities.loader';
import { buildDemoCity, DEMO_PASSWORD } from './demo-city';
import type { DemoCity } from './demo-city.types';
import { seedDemoHistory } from './demo-history.loader';

export type DemoSeedResult = { seeded: boolean; banner: string[] };

/**
 * Loads the demo city into an EMPTY database (no agencies yet), through the same service
 * functions the admin API uses, so the demo exercises the real validation. A database
 * that already holds an organisation is never touched.
 */
export async function seedDemoIfEmpty(
  database: Database,
  now = new Date(),
): Promise<DemoSeedResult> {
  const city = buildDemoCity();
  const [existing] = await database.db.select({ id: agencies.id }).from(agencies).limit(1);
  if (existing) {
    const [admin] = await database.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.username, city.demoLogins.adminBkpsdm.username));
    return { seeded: false, banner: admin ? loginBanner(city) : [] };
  }
  await loadDemoCity(database.db, city, now);
  return { seeded: true, banner: ['  Kota demo Baubau dimuat.', ...loginBanner(city)] };
}

export function loginBanner(city: DemoCity): string[] {
  const { adminBkpsdm, unitHead, employee } = city.demoLogins;
  return [
    '  Login demo (kata sandi sama untuk ketiganya):',
    `    Admin BKPSDM      ${adminBkpsdm.username}`,
    `    Kepala unit       ${unitHead.username}`,
    `    Pegawai           ${employee.username}`,
    `    Kata sandi        ${DEMO_PASSWORD}`,
  ];
}

/** Every step of the demo city, in dependency order. */
export async function loadDemoCity(db: Db, city: DemoCity, now: Date): Promise<void> {
  const actor = systemActor('demo-loader');
  await db.insert(tenant).values({ name: city.tenant.name, timezone: city.tenant.timezone });
  const agencyIds = await loadAgencies(db, actor, city, now);
  await replaceTppClasses(db, actor, city.tppByKelas, now);
  await expectClean(
    'positions',
    await importPositions(
      db,
      actor,
      city.positions.map((p) => ({
        code: p.code,
        name: p.name,
        type: p.type,
        kelasJabatan: p.kelasJabatan,
        parentCode: p.parentCode,
        agencyCode: p.agencyCode,
        unitCode: p.unitCode,
        shiftBased: p.shiftBased ?? false,
      })),
    ),
  );
  const officeAgency = new Map(
    city.agencies.flatMap((a) => a.offices.map((o) => [o.code, a.code] as const)),
  );
  await expectClean(
    'employees',
    await importEmployees(
      db,
      actor,
      city.employees.map((e) => ({
        nip: e.nip,
        frontTitle: e.frontTitle,
        name: e.name,
        backTitle: e.backTitle,
        status: e.status,
        rank: e.rank,
        gender: e.gender,
        // Retired staff hold no position: their agency is that of their office.
        agencyCode: e.positionCode ? null : officeAgency.get(e.officeCodes[0]),
        positionCode: e.positionCode,
        officeCodes: e.officeCodes,
        schedule: e.schedule,
        tppIndividual: e.tppIndividual,
        active: e.active,
      })),
    ),
  );
  await loadActing(db, actor, city, now);
  await seedDemoActivities(db, actor, city, now);
  await loadAccounts(db, actor, city, agencyIds, now);
  await seedDemoHistory(db, city.demoLogins.unitHead.username, now);
}

async function loadAgencies(db: Db, actor: Actor, city: DemoCity, now: Date) {
  const ids = new Map<string, string>();
  // Kecamatan before their kelurahan.
  const ordered = [...city.agencies].sort(
    (a, b) => Number(!!a.parentCode) - Number(!!b.parentCode),
  );
  for (const a of ordered) {
    const parentId = a.parentCode ? ids.get(a.parentCode) : null;
    const agency = await createAgency(
      db,
      actor,
      { code: a.code, name: a.name, kind: a.kind, parentId },
      now,
    );
    ids.set(a.code, agency.id);
    for (const u of a.units) await createUnit(db, actor, agency.id, u, now);
    for (const o of a.offices) {
      await createOffice(
        db,
        actor,
        {
          code: o.code,
          name: o.name,
          agencyId: agency.id,
          timezone: o.timezone,
          lat: o.lat,
          lon: o.lon,
          radiusM: o.polygon ? null : o.radiusM,
          polygon: o.polygon ?? null,
        },
        now,
      );
    }
  }
  return ids;
}

async function loadActing(db: Db, actor: Actor, city: DemoCity, now: Date) {
  for (const a of city.acting) {
    const [position] = await db
      .select({ id: positions.id })
      .from(positions)
      .where(eq(positions.code, a.positionCode));
    const [employee] = await db
      .select({ id: employees.id })
      .from(employees)
      .where(eq(employees.nip, a.nip));
    await createActing(
      db,
      actor,
      {
        positionId: position.id,
        employeeId: employee.id,
        kind: a.kind,
        fromDate: a.from,
        toDate: a.to,
      },
      now,
    );
  }
}

/**
 * Demo logins share one password, so it is hashed once: hashing 3,000 passwords one by
 * one would keep a first start busy for minutes.
 */
async function loadAccounts(
  db: Db,
  actor: Actor,
  city: DemoCity,
  agencyIds: Map<string, string>,
  now: Date,
) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const employeeIds = new Map(
    (await db.select({ id: employees.id, nip: employees.nip }).from(employees)).map((e) => [
      e.nip,
      e.id,
    ]),
  );
  const rows = city.accounts.map((a) => ({
    username: a.username,
    label: a.label,
    employeeId: a.nip ? (employeeIds.get(a.nip) ?? null) : null,
    roles: a.role === 'pegawai' ? [] : [a.role],
    agencyId: a.role === 'admin_opd' && a.agencyCode ? (agencyIds.get(a.agencyCode) ?? null) : null,
    passwordHash,
    now,
  }));
  await db.transaction(async (tx) => {
    await insertAccounts(tx, rows);
    await writeAudit(tx, actor, {
      at: now,
      action: 'account.bulk_create',
      entity: 'account',
      details: { count: rows.length, source: 'demo' },
    });
  });
}

async function expectClean(what: string, report: { ok: boolean; errors: unknown[] }) {
  if (!report.ok) {
    throw new Error(`demo ${what} import refused: ${JSON.stringify(report.errors.slice(0, 5))}`);
  }
}
