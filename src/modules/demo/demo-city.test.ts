import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point, polygon } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import { AGENCY_KINDS, codeSchema } from '../org/org.schema';
import { validateNip } from '../org/rules/nip.rules';
import { PNS_RANK_CODES, type PnsRank, PPPK_GRADES } from '../org/rules/rank.rules';
import { buildDemoCity, DEMO_PASSWORD } from './demo-city';
import type { DemoEmployee, DemoPosition } from './demo-city.types';

const city = buildDemoCity();
const positionByCode = new Map(city.positions.map((p) => [p.code, p]));
const active = city.employees.filter((e) => e.active);
const holdersOf = (code: string) => active.filter((e) => e.positionCode === code);
const positionOf = (e: DemoEmployee) => positionByCode.get(e.positionCode ?? '');
const rankIndex = (rank: string) => PNS_RANK_CODES.indexOf(rank as PnsRank);

describe('buildDemoCity — determinism and size', () => {
  it('gives byte-identical output for the same seed', () => {
    expect(JSON.stringify(buildDemoCity())).toBe(JSON.stringify(city));
    expect(buildDemoCity(20261101)).toEqual(city);
  });

  it('keeps the structure and changes only the people for another seed', () => {
    const other = buildDemoCity(7);
    expect(other.positions).toEqual(city.positions);
    expect(other.agencies).toEqual(city.agencies);
    expect(other.employees[0]?.nip).not.toBe(city.employees[0]?.nip);
  });

  it('has about 3,000 employees, some 15 % of them PPPK', () => {
    expect(city.employees.length).toBeGreaterThanOrEqual(2900);
    expect(city.employees.length).toBeLessThanOrEqual(3100);
    const pppk = city.employees.filter((e) => e.status === 'PPPK').length / city.employees.length;
    expect(pppk).toBeGreaterThan(0.12);
    expect(pppk).toBeLessThan(0.18);
  });
});

describe('employees', () => {
  it('all carry a valid NIP that matches their status and gender, and NIPs are unique', () => {
    const invalid = city.employees
      .map((e) => ({ e, result: validateNip(e.nip, e.status) }))
      .filter(({ e, result }) => !result.ok || result.gender !== e.gender);
    expect(invalid).toEqual([]);
    expect(new Set(city.employees.map((e) => e.nip)).size).toBe(city.employees.length);
  });

  it('carry a rank of their status, consistent with their position', () => {
    for (const e of city.employees) {
      const ranks: readonly string[] = e.status === 'PNS' ? PNS_RANK_CODES : PPPK_GRADES;
      expect(ranks, e.nip).toContain(e.rank);
      const position = positionOf(e);
      if (!position || e.status === 'PPPK') continue;
      if (position.type === 'jpt') {
        expect(rankIndex(e.rank)).toBeGreaterThanOrEqual(rankIndex('IV/b'));
      }
      if (position.type === 'pelaksana') {
        expect(rankIndex(e.rank)).toBeGreaterThanOrEqual(rankIndex('II/c'));
        expect(rankIndex(e.rank)).toBeLessThanOrEqual(rankIndex('III/b'));
      }
    }
  });

  it('are PPPK only in staff and functional positions', () => {
    const types = new Set(
      city.employees.filter((e) => e.status === 'PPPK').map((e) => positionOf(e)?.type),
    );
    expect([...types].sort()).toEqual(['fungsional', 'pelaksana']);
  });

  it('work in shifts exactly when their position is shift-based', () => {
    for (const e of active) {
      expect(e.schedule, e.nip).toBe(positionOf(e)?.shiftBased ? 'shift' : 'standard');
    }
    expect(active.filter((e) => e.schedule === 'shift').length).toBeGreaterThan(100);
  });

  it('may use their agency main office first, and only offices of their agency', () => {
    const agencies = new Map(city.agencies.map((a) => [a.code, a]));
    for (const e of active) {
      const agency = agencies.get(positionOf(e)?.agencyCode ?? '');
      expect(agency, e.nip).toBeDefined();
      expect(e.officeCodes[0]).toBe(agency?.offices[0]?.code);
      const own = new Set(agency?.offices.map((o) => o.code));
      expect(e.officeCodes.every((code) => own.has(code))).toBe(true);
      expect(new Set(e.officeCodes).size).toBe(e.officeCodes.length);
    }
    expect(active.some((e) => e.officeCodes.length > 1)).toBe(true);
  });

  it('include a few inactive people without a position', () => {
    const inactive = city.employees.filter((e) => !e.active);
    expect(inactive.length).toBeGreaterThan(0);
    expect(inactive.every((e) => e.positionCode === null)).toBe(true);
    expect(active.every((e) => e.positionCode !== null && positionByCode.has(e.positionCode))).toBe(
      true,
    );
  });
});

describe('positions', () => {
  it('have unique codes, known agencies and units', () => {
    expect(positionByCode.size).toBe(city.positions.length);
    const units = new Set(city.agencies.flatMap((a) => a.units.map((u) => u.code)));
    const agencies = new Set(city.agencies.map((a) => a.code));
    for (const p of city.positions) {
      expect(agencies.has(p.agencyCode), p.code).toBe(true);
      if (p.unitCode !== null) expect(units.has(p.unitCode), p.code).toBe(true);
    }
  });

  it('form one tree: every parent exists, no cycles, the Sekda at the top', () => {
    const roots = city.positions.filter((p) => p.parentCode === null);
    expect(roots.map((p) => p.name)).toEqual(['Sekretaris Daerah']);
    for (const p of city.positions) {
      const seen = new Set<string>();
      let current: DemoPosition | undefined = p;
      while (current?.parentCode) {
        expect(seen.has(current.code), `cycle at ${current.code}`).toBe(false);
        seen.add(current.code);
        current = positionByCode.get(current.parentCode);
        expect(current, `parent of ${p.code}`).toBeDefined();
      }
    }
  });

  it('have a kelas jabatan in the range of their type', () => {
    const ranges = {
      jpt: [14, 16],
      administrator: [11, 12],
      pengawas: [8, 9],
      pelaksana: [5, 7],
      fungsional: [7, 10],
    } as const;
    for (const p of city.positions) {
      const [min, max] = ranges[p.type];
      expect(p.kelasJabatan, p.code).toBeGreaterThanOrEqual(min);
      expect(p.kelasJabatan, p.code).toBeLessThanOrEqual(max);
    }
  });

  it('that supervise others have at most one holder, so the supervisor is unambiguous', () => {
    const parents = new Set(city.positions.map((p) => p.parentCode));
    const shared = [...parents].filter((code) => code !== null && holdersOf(code).length > 1);
    expect(shared).toEqual([]);
  });

  it('include vacant posts with and without an acting holder', () => {
    const vacant = city.positions.filter(
      (p) => holdersOf(p.code).length === 0 && city.positions.some((c) => c.parentCode === p.code),
    );
    const actingCodes = new Set(city.acting.map((a) => a.positionCode));
    expect(vacant.filter((p) => actingCodes.has(p.code)).length).toBeGreaterThanOrEqual(2);
    expect(vacant.filter((p) => !actingCodes.has(p.code)).length).toBeGreaterThanOrEqual(2);
    for (const a of city.acting) {
      expect(
        active.some((e) => e.nip === a.nip),
        a.positionCode,
      ).toBe(true);
      expect(holdersOf(a.positionCode).some((e) => e.nip === a.nip)).toBe(false);
      expect(a.to === null || a.to >= a.from).toBe(true);
    }
    expect(city.acting.map((a) => a.kind).sort()).toEqual(['plh', 'plt', 'plt']);
  });
});

describe('agencies and offices', () => {
  it('include the city agencies, and every kecamatan with all its kelurahan', () => {
    const codes = new Set(city.agencies.map((a) => a.code));
    const cityAgencies = `SETDA SETWAN INSPEKTORAT BAPPEDA BKPSDM BPKPD DIKBUD DINKES RSUD DPUPR
      PERKIM DINSOS DUKCAPIL KOMINFO DISHUB DLH DISPAR DISTAN DKP DPMPTSP DISKOP DISPERINDAG DP3A
      DISPORA DISPUSIP DISNAKER SATPOLPP DAMKAR BPBD KESBANGPOL`.split(/\s+/);
    expect(cityAgencies.filter((code) => !codes.has(code))).toEqual([]);
    const kelurahanPerKecamatan = Object.fromEntries(
      city.agencies
        .filter((a) => a.kind === 'kecamatan')
        .map((kec) => [kec.name, city.agencies.filter((a) => a.parentCode === kec.code).length]),
    );
    expect(kelurahanPerKecamatan).toEqual({
      'Kecamatan Betoambari': 5,
      'Kecamatan Murhum': 5,
      'Kecamatan Batupoaro': 6,
      'Kecamatan Wolio': 7,
      'Kecamatan Kokalukuna': 6,
      'Kecamatan Sorawolio': 4,
      'Kecamatan Bungi': 5,
      'Kecamatan Lea-Lea': 5,
    });
    const kelurahan = city.agencies.filter((a) => a.kind === 'kelurahan');
    expect(kelurahan).toHaveLength(43);
    expect(kelurahan.every((a) => a.parentCode?.startsWith('KEC-'))).toBe(true);
    expect(kelurahan.map((a) => a.name)).toContain('Kelurahan Bukit Wolio Indah');
  });

  it('use kinds and codes the org API accepts', () => {
    for (const a of city.agencies) expect(AGENCY_KINDS, a.code).toContain(a.kind);
    const codes = [
      ...city.agencies.flatMap((a) => [a.code, ...a.units.map((u) => u.code)]),
      ...city.agencies.flatMap((a) => a.offices.map((o) => o.code)),
      ...city.positions.map((p) => p.code),
    ];
    expect(codes.filter((code) => !codeSchema.safeParse(code).success)).toEqual([]);
  });

  it('have geofences inside Baubau, 50–150 m, polygons closed around their centre', () => {
    const offices = city.agencies.flatMap((a) => a.offices);
    expect(new Set(offices.map((o) => o.code)).size).toBe(offices.length);
    for (const o of offices) {
      expect(o.lat, o.code).toBeGreaterThanOrEqual(-5.6);
      expect(o.lat, o.code).toBeLessThanOrEqual(-5.35);
      expect(o.lon, o.code).toBeGreaterThanOrEqual(122.5);
      expect(o.lon, o.code).toBeLessThanOrEqual(122.75);
      expect(o.radiusM).toBeGreaterThanOrEqual(50);
      expect(o.radiusM).toBeLessThanOrEqual(150);
      expect(o.timezone).toBe('Asia/Makassar');
      if (!o.polygon) continue;
      expect(o.polygon[0]).toEqual(o.polygon[o.polygon.length - 1]);
      expect(booleanPointInPolygon(point([o.lon, o.lat]), polygon([o.polygon]))).toBe(true);
    }
    expect(offices.filter((o) => o.polygon).length).toBeGreaterThanOrEqual(3);
  });
});

describe('catalogues', () => {
  it('price every kelas in use, in whole rupiah, rising with the kelas', () => {
    const amounts = new Map(city.tppByKelas.map((row) => [row.kelas, row.amount]));
    for (const p of city.positions) expect(amounts.has(p.kelasJabatan), p.code).toBe(true);
    const sorted = [...city.tppByKelas].sort((a, b) => a.kelas - b.kelas);
    sorted.forEach((row, i) => {
      expect(Number.isInteger(row.amount)).toBe(true);
      if (i > 0) expect(row.amount).toBeGreaterThan(sorted[i - 1]?.amount ?? 0);
    });
  });

  it('list at least 60 activities, and some for every position', () => {
    expect(city.activities.length).toBeGreaterThanOrEqual(60);
    expect(new Set(city.activities.map((a) => a.code)).size).toBe(city.activities.length);
    for (const a of city.activities) {
      expect(Number.isInteger(a.minutes) && a.minutes > 0, a.code).toBe(true);
    }
    for (const p of city.positions) {
      const own = city.activities.filter(
        (a) =>
          a.positionType === p.type &&
          (!a.positionNamePrefix || p.name.startsWith(a.positionNamePrefix)),
      );
      expect(own.length, p.code).toBeGreaterThan(0);
    }
    const prefixes = city.activities.flatMap((a) => (a.positionNamePrefix ? [a] : []));
    for (const a of prefixes) {
      const used = city.positions.some(
        (p) => p.type === a.positionType && p.name.startsWith(a.positionNamePrefix ?? ''),
      );
      expect(used, `${a.code} ${a.positionNamePrefix}`).toBe(true);
    }
  });
});

describe('accounts and demo logins', () => {
  const accountOf = (username: string) => city.accounts.find((a) => a.username === username);

  it('have unique usernames, one pegawai account per active employee', () => {
    expect(new Set(city.accounts.map((a) => a.username)).size).toBe(city.accounts.length);
    const pegawai = city.accounts.filter((a) => a.role === 'pegawai');
    expect(pegawai.length).toBe(active.length);
    expect(pegawai.every((a) => a.username === a.nip)).toBe(true);
    expect(accountOf('keuangan.bpkpd')?.role).toBe('keuangan');
    expect(accountOf('inspektorat')?.role).toBe('inspektorat');
    expect(city.accounts.filter((a) => a.role === 'admin_opd').map((a) => a.username)).toContain(
      'admin.dinkes',
    );
  });

  it('resolve to the admin, a BKPSDM unit head and an employee that head supervises', () => {
    const { adminBkpsdm, unitHead, employee } = city.demoLogins;
    for (const login of [adminBkpsdm, unitHead, employee]) {
      expect(login.password).toBe(DEMO_PASSWORD);
    }
    expect(adminBkpsdm.username).toBe('admin.bkpsdm');
    expect(accountOf('admin.bkpsdm')?.role).toBe('admin_bkpsdm');

    const head = active.find((e) => e.nip === unitHead.username);
    const headPosition = head && positionOf(head);
    expect(headPosition?.agencyCode).toBe('BKPSDM');
    expect(['administrator', 'pengawas']).toContain(headPosition?.type);
    const reports = active.filter((e) => positionOf(e)?.parentCode === headPosition?.code);
    expect(reports.length).toBeGreaterThanOrEqual(3);

    const subordinate = active.find((e) => e.nip === employee.username);
    expect(subordinate && positionOf(subordinate)?.parentCode).toBe(headPosition?.code);
    expect(holdersOf(headPosition?.code ?? '')).toEqual([head]);
    expect(accountOf(unitHead.username)?.role).toBe('pegawai');
    expect(accountOf(employee.username)?.role).toBe('pegawai');
  });
});
