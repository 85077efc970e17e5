import type { PnsRank, PppkGrade } from '../org/rules/rank.rules';
import type { DemoEmployee } from './demo-city.types';
import type { PositionPlan } from './demo-structure';
import { pickPersonName, pickTitles, type TitleInput } from './person-name';
import type { SeededRandom } from './seeded-random';
import type { Education } from './titles.data';

/** Fills planned positions with synthetic employees: rank, NIP and titles that fit. */

type Gender = 'L' | 'P';
type Weights<K extends string> = Readonly<Partial<Record<K, number>>>;

/** Years a PNS of each rank plausibly started service (TMT CPNS). */
const SERVICE_YEARS: Readonly<Partial<Record<PnsRank, [number, number]>>> = {
  'II/c': [2008, 2020],
  'II/d': [2004, 2016],
  'III/a': [2009, 2021],
  'III/b': [2005, 2018],
  'III/c': [2000, 2014],
  'III/d': [1997, 2011],
  'IV/a': [1995, 2008],
  'IV/b': [1993, 2004],
  'IV/c': [1991, 2000],
  'IV/d': [1990, 1997],
};

const START_AGE: Readonly<Record<Education, [number, number]>> = {
  SMA: [19, 25],
  D3: [21, 27],
  S1: [22, 30],
  S2: [24, 32],
  S3: [24, 32],
};

/**
 * Nobody born before 1968 is still in service in 2026 (retirement at 58; 60 for JPT and
 * senior functional posts, which the demo keeps to the same floor for simplicity).
 */
const MIN_BIRTH_YEAR = 1968;

/** PPPK grade follows the education the post was advertised for. */
const PPPK_GRADE: Readonly<Record<Education, PppkGrade>> = {
  SMA: 'V',
  D3: 'VII',
  S1: 'IX',
  S2: 'X',
  S3: 'XI',
};

/** TMT CPNS months: mostly the first quarter, as appointments usually are. */
const CPNS_MONTHS: Weights<string> = { '01': 4, '02': 2, '03': 3, '04': 2, '06': 1, '12': 2 };

function rankWeights(plan: PositionPlan, education: Education): Weights<PnsRank> {
  const { type, kelasJabatan } = plan.position;
  switch (type) {
    case 'jpt':
      return kelasJabatan >= 16 ? { 'IV/c': 1, 'IV/d': 1 } : { 'IV/b': 3, 'IV/c': 2 };
    case 'administrator':
      return kelasJabatan >= 12 ? { 'IV/a': 2, 'IV/b': 1 } : { 'III/d': 1, 'IV/a': 2 };
    case 'pengawas':
      return kelasJabatan >= 9
        ? { 'III/c': 1, 'III/d': 2 }
        : { 'III/b': 1, 'III/c': 2, 'III/d': 1 };
    case 'fungsional':
      if (plan.jenjang === 'Terampil') return { 'II/c': 2, 'II/d': 1 };
      if (plan.jenjang === 'Mahir' || plan.jenjang === 'Ahli Pertama') {
        return { 'III/a': 2, 'III/b': 1 };
      }
      if (plan.jenjang === 'Penyelia' || plan.jenjang === 'Ahli Muda') {
        return { 'III/c': 1, 'III/d': 1 };
      }
      return { 'IV/a': 2, 'IV/b': 2, 'IV/c': 1 };
    default:
      // Staff: II/c–III/b, by the education they entered with.
      if (education === 'S1') return { 'III/a': 2, 'III/b': 1 };
      if (education === 'D3') return { 'II/c': 1, 'II/d': 2, 'III/a': 1 };
      return { 'II/c': 2, 'II/d': 1 };
  }
}

function educationWeights(plan: PositionPlan): Weights<Education> {
  const { type, kelasJabatan } = plan.position;
  if (type === 'jpt') return { S2: 3, S3: 1 };
  if (type === 'administrator') return { S1: 1, S2: 2 };
  if (type === 'pengawas') return { S1: 2, S2: 1 };
  if (type === 'fungsional') {
    if (plan.jenjang === 'Terampil' || plan.jenjang === 'Mahir') return { D3: 1 };
    if (plan.jenjang === 'Penyelia') return { D3: 2, S1: 1 };
    if (plan.jenjang === 'Ahli Madya') return { S1: 1, S2: 2 };
    return { S1: 6, S2: 1 };
  }
  if (kelasJabatan <= 5) return { SMA: 3, D3: 1 };
  if (kelasJabatan === 6) return { SMA: 3, D3: 4, S1: 2 };
  return { D3: 1, S1: 3 };
}

function femaleShare(plan: PositionPlan): number {
  const name = plan.position.name;
  if (name.startsWith('Bidan')) return 1;
  if (name.startsWith('Perawat')) return 0.75;
  if (/^(Polisi Pamong Praja|Pemadam Kebakaran|Pengemudi|Operator Alat Berat)/.test(name)) {
    return 0.1;
  }
  if (plan.position.type === 'jpt' || plan.position.type === 'administrator') return 0.3;
  return 0.5;
}

function professionFor(name: string): TitleInput['profession'] {
  if (name.startsWith('Dokter Spesialis')) return 'spesialis';
  if (name.startsWith('Dokter') || name.startsWith('Direktur RSUD')) return 'dokter';
  if (name.startsWith('Perawat')) return 'perawat';
  if (name.startsWith('Apoteker')) return 'apoteker';
  return undefined;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

export type PersonDraft = {
  plan: PositionPlan;
  status: 'PNS' | 'PPPK';
  /** PNS only: fixes the birth year (retirees); the start of service follows from it. */
  birthYear?: number;
};

type Career = { rank: string; birthYear: number; serviceYear: number; serviceMonth: string };

function pickCareer(draft: PersonDraft, education: Education, rng: SeededRandom): Career {
  if (draft.status === 'PPPK') {
    const serviceYear = rng.int(2021, 2024);
    return {
      rank: draft.plan.jenjang === 'Terampil' ? 'VII' : PPPK_GRADE[education],
      birthYear: serviceYear - rng.int(23, 42),
      serviceYear,
      // PPPK numbers carry 21 where a PNS number has the month.
      serviceMonth: '21',
    };
  }
  const rank = rng.pickWeighted(rankWeights(draft.plan, education));
  const [from, to] = SERVICE_YEARS[rank] ?? [1995, 2010];
  const [minAge, maxAge] = START_AGE[education];
  const serviceMonth = rng.pickWeighted(CPNS_MONTHS);
  const startAge = rng.int(minAge, maxAge);
  if (draft.birthYear !== undefined) {
    return {
      rank,
      birthYear: draft.birthYear,
      serviceYear: draft.birthYear + startAge,
      serviceMonth,
    };
  }
  // Start late enough that the person is born in or after MIN_BIRTH_YEAR.
  const serviceYear = rng.int(Math.min(Math.max(from, MIN_BIRTH_YEAR + startAge), to), to);
  const birthYear = Math.max(MIN_BIRTH_YEAR, serviceYear - startAge);
  return { rank, birthYear, serviceYear, serviceMonth };
}

/** Makes one employee; `takenNips` keeps NIPs unique across the city. */
export function createEmployee(
  draft: PersonDraft,
  rng: SeededRandom,
  takenNips: Set<string>,
): DemoEmployee {
  const { plan, status } = draft;
  const gender: Gender = rng.chance(femaleShare(plan)) ? 'P' : 'L';
  const education = rng.pickWeighted(educationWeights(plan));
  const { rank, birthYear, serviceYear, serviceMonth } = pickCareer(draft, education, rng);
  const birthMonth = rng.int(1, 12);
  const birthDate = `${birthYear}${pad(birthMonth, 2)}${pad(rng.int(1, daysInMonth(birthYear, birthMonth)), 2)}`;
  const stem = `${birthDate}${serviceYear}${serviceMonth}${gender === 'L' ? 1 : 2}`;
  let sequence = rng.int(1, 40);
  while (takenNips.has(stem + pad(sequence, 3))) sequence += 1;
  const nip = stem + pad(sequence, 3);
  takenNips.add(nip);

  const titleInput: TitleInput = { field: plan.field, education, gender, birthYear };
  const profession = professionFor(plan.position.name);
  if (profession) titleInput.profession = profession;
  const { frontTitle, backTitle } = pickTitles(rng, titleInput);

  // Field staff in shifts use every post of their agency; some others have a second office.
  const officeCodes = [...plan.officeCodes];
  if (plan.position.shiftBased) officeCodes.push(...plan.extraOfficeCodes);
  else if (plan.extraOfficeCodes.length > 0 && rng.chance(0.1)) {
    officeCodes.push(rng.pick(plan.extraOfficeCodes));
  }

  return {
    nip,
    frontTitle,
    name: pickPersonName(rng, gender),
    backTitle,
    status,
    rank,
    gender,
    positionCode: plan.position.code,
    officeCodes,
    schedule: plan.position.shiftBased ? 'shift' : 'standard',
    active: true,
    tppIndividual: null,
  };
}

/** Share of PPPK among holders of a position: staff and entry-level functional posts only. */
export function pppkShare(plan: PositionPlan): number {
  if (plan.position.type === 'pelaksana') return 0.2;
  if (plan.jenjang === 'Terampil' || plan.jenjang === 'Ahli Pertama') return 0.25;
  return 0;
}
