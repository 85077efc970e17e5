import type { DemoAgency, DemoOffice, DemoPosition } from './demo-city.types';
import type {
  AgencySpec,
  DivisionSpec,
  Jenjang,
  OfficeSpec,
  StaffSpec,
  TitleField,
} from './demo-spec.types';
import { division } from './demo-spec.types';
import { JENJANG_KELAS, STAFF_HOLDERS, STAFF_PER_SECTION, staffPoolFor } from './staff.data';

/**
 * Turns agency specs into agencies, units, offices and the position tree, plus a plan of
 * how many people hold each position. Seed-free: the same specs give the same structure.
 */

/** A position and what the people generator needs to fill it. */
export type PositionPlan = {
  position: DemoPosition;
  /** Inclusive range; [1, 1] for a structural post, [0, 0] when vacant. */
  holders: [number, number];
  field: TitleField;
  jenjang?: Jenjang;
  /** Offices every holder may use; the first is the agency's main office. */
  officeCodes: string[];
  /** Further agency offices a holder may be given. */
  extraOfficeCodes: string[];
};

export type DemoStructure = { agencies: DemoAgency[]; plans: PositionPlan[] };

type NewPosition = Omit<DemoPosition, 'agencyCode' | 'shiftBased'> & {
  shiftBased?: boolean;
  holders?: [number, number];
  field?: TitleField;
  jenjang?: Jenjang;
  officeCodes: string[];
};

const METRES_PER_DEGREE = 111_320;
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

const DEFAULT_SECRETARIAT = division(
  'Sekretariat',
  ['Subbagian Umum dan Kepegawaian', 'Subbagian Perencanaan dan Keuangan'],
  { headName: 'Sekretaris', headKelas: 12 },
);

function toOffice(code: string, spec: OfficeSpec): DemoOffice {
  const office: DemoOffice = {
    code,
    name: spec.name,
    lat: spec.lat,
    lon: spec.lon,
    radiusM: spec.radiusM,
    timezone: 'Asia/Makassar',
  };
  if (spec.rectangleM) {
    const [halfWidth, halfHeight] = spec.rectangleM;
    const dLat = halfHeight / METRES_PER_DEGREE;
    const dLon = halfWidth / (METRES_PER_DEGREE * Math.cos((spec.lat * Math.PI) / 180));
    const corner = (sx: number, sy: number): [number, number] => [
      round6(spec.lon + sx * dLon),
      round6(spec.lat + sy * dLat),
    ];
    office.polygon = [corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1), corner(-1, -1)];
  }
  return office;
}

/** Builds one agency; `parentHead` is the position its head reports to. */
function buildAgency(spec: AgencySpec, parentHead: string | null) {
  const plans: PositionPlan[] = [];
  const offices = spec.offices.map((o, i) => toOffice(`${spec.code}.K${i + 1}`, o));
  const mainOffice = offices[0]?.code;
  if (!mainOffice) throw new Error(`${spec.code} has no office`);
  const extraOfficeCodes = offices.slice(1).map((o) => o.code);
  const units: DemoAgency['units'] = [];
  const staffHolders = STAFF_HOLDERS[spec.size];
  let staffTurn = 0;

  const add = (p: NewPosition) => {
    const position: DemoPosition = {
      code: p.code,
      agencyCode: spec.code,
      unitCode: p.unitCode,
      name: p.name,
      type: p.type,
      kelasJabatan: p.kelasJabatan,
      parentCode: p.parentCode,
    };
    if (p.shiftBased) position.shiftBased = true;
    const plan: PositionPlan = {
      position,
      holders: p.holders ?? [1, 1],
      field: p.field ?? spec.field,
      officeCodes: p.officeCodes,
      extraOfficeCodes,
    };
    if (p.jenjang) plan.jenjang = p.jenjang;
    plans.push(plan);
  };

  const head = `${spec.code}/KEPALA`;
  add({
    code: head,
    unitCode: null,
    name: spec.head.name,
    type: spec.head.type,
    kelasJabatan: spec.head.kelas,
    parentCode: parentHead,
    officeCodes: [mainOffice],
  });

  const addDivision = (div: DivisionSpec, key: string, parent: string) => {
    const unitCode = `${spec.code}.${key}`;
    units.push({ code: unitCode, name: div.name });
    const field = div.field ?? spec.field;
    const officeCodes = [mainOffice];
    if (div.office) {
      const office = toOffice(`${spec.code}.K${offices.length + 1}`, div.office);
      offices.push(office);
      officeCodes.push(office.code);
    }
    const inUnit = { unitCode, field, officeCodes };
    const staffUnder = (
      parentCode: string,
      code: string,
      [name, kelas, shift = false]: StaffSpec,
      staffField = field,
    ) =>
      add({
        ...inUnit,
        code,
        name,
        type: 'pelaksana',
        kelasJabatan: kelas,
        parentCode,
        holders: staffHolders,
        field: staffField,
        shiftBased: shift,
      });

    const headType = div.headType ?? 'administrator';
    const divHead = `${spec.code}/${key}`;
    add({
      ...inUnit,
      code: divHead,
      name: div.headName ?? `Kepala ${div.name}`,
      type: headType,
      kelasJabatan: div.headKelas ?? (headType === 'administrator' ? 11 : 9),
      parentCode: parent,
    });
    div.sections.forEach((section, i) => {
      const sectionHead = `${divHead}/S${i + 1}`;
      add({
        ...inUnit,
        code: sectionHead,
        name: `Kepala ${section}`,
        type: 'pengawas',
        kelasJabatan: div.sectionKelas ?? 9,
        parentCode: divHead,
      });
      const pool = staffPoolFor(section, spec.staffPool);
      const staffField = section.includes('Keuangan') ? 'ekonomi' : field;
      for (let k = 1; k <= STAFF_PER_SECTION; k++) {
        const staff = pool[staffTurn++ % pool.length] as StaffSpec;
        staffUnder(sectionHead, `${sectionHead}/P${k}`, staff, staffField);
      }
    });
    div.staff?.forEach((staff, i) => {
      staffUnder(divHead, `${divHead}/P${i + 1}`, staff);
    });
    const jenjangPosts = (div.fungsional ?? []).flatMap((fn) =>
      fn.jenjang.map((j) => [fn, j] as const),
    );
    jenjangPosts.forEach(([fn, jenjang], i) => {
      add({
        ...inUnit,
        code: `${divHead}/F${i + 1}`,
        name: `${fn.name} ${jenjang}`,
        type: 'fungsional',
        kelasJabatan: JENJANG_KELAS[jenjang] + (fn.kelasBonus ?? 0),
        parentCode: divHead,
        holders: fn.holders,
        field: fn.field ?? field,
        jenjang,
        shiftBased: fn.shift ?? false,
      });
    });
  };

  const secretariat = spec.secretariat === undefined ? DEFAULT_SECRETARIAT : spec.secretariat;
  if (secretariat) addDivision(secretariat, 'SEK', head);
  let divisionNumber = 0;
  spec.deputies?.forEach((deputy, i) => {
    const deputyCode = `${spec.code}/AS${i + 1}`;
    add({
      code: deputyCode,
      unitCode: null,
      name: deputy.name,
      type: 'jpt',
      kelasJabatan: deputy.kelas,
      parentCode: head,
      officeCodes: [mainOffice],
    });
    for (const div of deputy.divisions) addDivision(div, `B${++divisionNumber}`, deputyCode);
  });
  for (const div of spec.divisions) addDivision(div, `B${++divisionNumber}`, head);

  const agency: DemoAgency = { code: spec.code, name: spec.name, kind: spec.kind, units, offices };
  if (spec.parentCode) agency.parentCode = spec.parentCode;
  return { agency, plans };
}

/**
 * Builds every agency. The first spec must be the Sekretariat Daerah: its head tops the
 * tree; other heads report to it, and a kelurahan's head to its camat.
 */
export function buildStructure(specs: readonly AgencySpec[]): DemoStructure {
  const [root, ...rest] = specs;
  if (!root) throw new Error('no agencies');
  const rootHead = `${root.code}/KEPALA`;
  const built = [
    buildAgency(root, null),
    ...rest.map((spec) =>
      buildAgency(spec, spec.parentCode ? `${spec.parentCode}/KEPALA` : rootHead),
    ),
  ];
  return {
    agencies: built.map((b) => b.agency),
    plans: built.flatMap((b) => b.plans),
  };
}
