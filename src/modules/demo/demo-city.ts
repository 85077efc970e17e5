import { displayName } from '../org/rules/employee.rules';
import { ACTIVITIES } from './activities.data';
import { AGENCY_SPECS } from './city-agencies.data';
import type {
  DemoAccount,
  DemoActing,
  DemoCity,
  DemoEmployee,
  DemoPosition,
} from './demo-city.types';
import { createEmployee, pppkShare } from './demo-people';
import { buildStructure, type PositionPlan } from './demo-structure';
import { createSeededRandom } from './seeded-random';
import { TPP_BY_KELAS } from './tpp-table.data';

export const DEMO_SEED = 20261101;

/** The one password of the demo logins. It exists only in this demo data. */
export const DEMO_PASSWORD = 'Demo-Baubau-2026';

/**
 * Cases for supervisor derivation: a vacant head with a Plt, a vacant lurah with a Plt,
 * vacant posts with no acting holder (their staff go to the next position up), and a
 * held post whose holder is away for a week with a Plh.
 */
const VACANT_POSITIONS = new Set([
  'DKP/KEPALA',
  'DISPAR/B2',
  'KEL-TAMPUNA/KEPALA',
  'KEC-SORAWOLIO/B3',
]);

const ACTING_PLAN: ReadonlyArray<Omit<DemoActing, 'nip'> & { actorPosition: string }> = [
  {
    positionCode: 'DKP/KEPALA',
    actorPosition: 'DKP/SEK',
    kind: 'plt',
    from: '2026-09-01',
    to: null,
  },
  {
    positionCode: 'KEL-TAMPUNA/KEPALA',
    actorPosition: 'KEL-TAMPUNA/SEK',
    kind: 'plt',
    from: '2026-10-15',
    to: null,
  },
  {
    positionCode: 'DISHUB/B1',
    actorPosition: 'DISHUB/B1/S1',
    kind: 'plh',
    from: '2026-11-09',
    to: '2026-11-13',
  },
];

/** Specialists are scarce; their TPP is set individually rather than by kelas. */
const SPECIALIST_TPP = 18_000_000;
const INACTIVE_COUNT = 8;

function fillPositions(plans: readonly PositionPlan[], seed: number): DemoEmployee[] {
  const rng = createSeededRandom(seed);
  const takenNips = new Set<string>();
  const employees: DemoEmployee[] = [];
  for (const plan of plans) {
    const [min, max] = VACANT_POSITIONS.has(plan.position.code) ? [0, 0] : plan.holders;
    const count = rng.int(min, max);
    for (let i = 0; i < count; i++) {
      const status = rng.chance(pppkShare(plan)) ? 'PPPK' : 'PNS';
      const employee = createEmployee({ plan, status }, rng, takenNips);
      if (plan.position.name.startsWith('Dokter Spesialis')) {
        employee.tppIndividual = SPECIALIST_TPP;
      }
      employees.push(employee);
    }
  }
  // Supervisors who reached retirement age this year: kept, inactive, without a position.
  const retiringPlans = plans.filter((p) => p.position.type === 'pengawas');
  for (let i = 0; i < INACTIVE_COUNT; i++) {
    const plan = rng.pick(retiringPlans);
    const employee = createEmployee({ plan, status: 'PNS', birthYear: 1968 }, rng, takenNips);
    employees.push({ ...employee, positionCode: null, active: false });
  }
  return employees;
}

function holdersByPosition(employees: readonly DemoEmployee[]) {
  const holders = new Map<string, DemoEmployee[]>();
  for (const e of employees) {
    if (!e.active || e.positionCode === null) continue;
    const list = holders.get(e.positionCode) ?? [];
    list.push(e);
    holders.set(e.positionCode, list);
  }
  return holders;
}

/** A BKPSDM unit head (preferably of performance appraisal) with at least 3 direct reports. */
function pickUnitHead(
  positions: readonly DemoPosition[],
  holders: ReadonlyMap<string, readonly DemoEmployee[]>,
  acting: readonly DemoActing[],
) {
  const candidates = positions
    .filter(
      (p) =>
        p.agencyCode === 'BKPSDM' &&
        (p.type === 'administrator' || p.type === 'pengawas') &&
        holders.get(p.code)?.length === 1 &&
        !acting.some((a) => a.positionCode === p.code),
    )
    .sort(
      (a, b) =>
        Number(b.name.includes('Penilaian Kinerja')) - Number(a.name.includes('Penilaian Kinerja')),
    );
  for (const position of candidates) {
    const reports = positions
      .filter((p) => p.parentCode === position.code)
      .flatMap((p) => (holders.get(p.code) ?? []).map((e) => ({ e, type: p.type })));
    if (reports.length < 3) continue;
    const employee =
      reports.find((r) => r.e.status === 'PNS' && r.type === 'fungsional') ?? reports[0];
    const head = holders.get(position.code)?.[0];
    if (head && employee) return { head, employee: employee.e };
  }
  throw new Error('no BKPSDM unit head with three direct reports');
}

/** Accounts of officials acting in a role rather than as employees: username, role, agency, label. */
const OFFICE_ACCOUNTS: ReadonlyArray<readonly [string, DemoAccount['role'], string, string]> = [
  ['admin.bkpsdm', 'admin_bkpsdm', 'BKPSDM', 'Admin BKPSDM'],
  ['admin.dinkes', 'admin_opd', 'DINKES', 'Admin OPD Dinas Kesehatan'],
  ['admin.rsud', 'admin_opd', 'RSUD', 'Admin OPD RSUD Kota Baubau'],
  ['admin.satpolpp', 'admin_opd', 'SATPOLPP', 'Admin OPD Satuan Polisi Pamong Praja'],
  ['keuangan.bpkpd', 'keuangan', 'BPKPD', 'Keuangan BPKPD'],
  ['inspektorat', 'inspektorat', 'INSPEKTORAT', 'Inspektorat Daerah'],
];

function buildAccounts(
  employees: readonly DemoEmployee[],
  agencyOf: ReadonlyMap<string, string>,
): DemoAccount[] {
  const accounts: DemoAccount[] = OFFICE_ACCOUNTS.map(([username, role, agencyCode, label]) => ({
    username,
    role,
    agencyCode,
    label,
  }));
  for (const e of employees) {
    if (!e.active || e.positionCode === null) continue;
    const account: DemoAccount = {
      username: e.nip,
      role: 'pegawai',
      nip: e.nip,
      label: displayName(e),
    };
    const agencyCode = agencyOf.get(e.positionCode);
    if (agencyCode) account.agencyCode = agencyCode;
    accounts.push(account);
  }
  return accounts;
}

/**
 * The demo tenant, Pemerintah Kota Baubau, as plain data: about 3,000 employees in 81
 * agencies. Deterministic: the same seed gives byte-identical output.
 */
export function buildDemoCity(seed = DEMO_SEED): DemoCity {
  const { agencies, plans } = buildStructure(AGENCY_SPECS);
  const positions = plans.map((p) => p.position);
  const employees = fillPositions(plans, seed);
  const holders = holdersByPosition(employees);

  const acting: DemoActing[] = ACTING_PLAN.map(({ actorPosition, ...rest }) => {
    const actor = holders.get(actorPosition)?.[0];
    if (!actor) throw new Error(`no holder of ${actorPosition} to act`);
    return { ...rest, nip: actor.nip };
  });
  const { head, employee } = pickUnitHead(positions, holders, acting);
  const agencyOf = new Map(positions.map((p) => [p.code, p.agencyCode]));

  return {
    tenant: { name: 'Pemerintah Kota Baubau', timezone: 'Asia/Makassar' },
    agencies,
    positions,
    employees,
    acting,
    activities: ACTIVITIES.map((a) => ({ ...a })),
    tppByKelas: TPP_BY_KELAS.map((row) => ({ ...row })),
    accounts: buildAccounts(employees, agencyOf),
    demoLogins: {
      adminBkpsdm: { username: 'admin.bkpsdm', password: DEMO_PASSWORD },
      unitHead: { username: head.nip, password: DEMO_PASSWORD },
      employee: { username: employee.nip, password: DEMO_PASSWORD },
    },
  };
}
