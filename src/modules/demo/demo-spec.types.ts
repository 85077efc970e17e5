import type { AgencyKind } from './demo-city.types';

/**
 * The compact description the demo city is generated from. Structure (agencies, units,
 * positions, offices) comes from these specs alone, so it does not depend on the seed;
 * the seed only decides people (names, NIPs, ranks) and how many hold each staff position.
 */

/** Field of study; decides the academic titles a person plausibly carries. */
export type TitleField =
  | 'umum'
  | 'pemerintahan'
  | 'ekonomi'
  | 'hukum'
  | 'teknik'
  | 'komputer'
  | 'pendidikan'
  | 'kesehatan'
  | 'dokter'
  | 'spesialis'
  | 'perawat'
  | 'bidan'
  | 'farmasi'
  | 'pertanian'
  | 'perikanan'
  | 'lingkungan'
  | 'sosial';

export type Jenjang =
  | 'Terampil'
  | 'Mahir'
  | 'Penyelia'
  | 'Ahli Pertama'
  | 'Ahli Muda'
  | 'Ahli Madya';

export type OfficeSpec = {
  name: string;
  lat: number;
  lon: number;
  radiusM: number;
  /** Half width and half height in metres of a rectangular geofence around the centre. */
  rectangleM?: [number, number];
};

/** A functional profession; one position per jenjang, each held by several people. */
export type FungsionalSpec = {
  name: string;
  jenjang: Jenjang[];
  /** Holders per position, inclusive range. */
  holders: [number, number];
  field?: TitleField;
  shift?: boolean;
  /** Added to the kelas of the jenjang (doctors sit one class above their jenjang). */
  kelasBonus?: number;
};

/** A staff (pelaksana) position: name, kelas jabatan, and whether it works in shifts. */
export type StaffSpec = readonly [name: string, kelas: number, shift?: boolean];

/** A box directly below the head: bidang, bagian, inspektorat pembantu, UPTD, seksi. */
export type DivisionSpec = {
  name: string;
  /** Defaults to "Kepala " + name. */
  headName?: string;
  headType?: 'administrator' | 'pengawas';
  /** Defaults to 11 for an administrator, 9 for a pengawas. */
  headKelas?: number;
  /** Section names (subbagian, subbidang, seksi); each gets a pengawas head. */
  sections: string[];
  /** Kelas of the section heads; defaults to 9. */
  sectionKelas?: number;
  /** Staff directly under the division head (for divisions without sections). */
  staff?: StaffSpec[];
  fungsional?: FungsionalSpec[];
  /** An office of its own (puskesmas, UPTD); its people may use it and the main office. */
  office?: OfficeSpec;
  field?: TitleField;
};

/** A JPT layer between the head and the divisions (the Sekda's assistants). */
export type DeputySpec = { name: string; kelas: number; divisions: DivisionSpec[] };

export type AgencySpec = {
  code: string;
  name: string;
  kind: AgencyKind;
  parentCode?: string;
  head: { name: string; type: 'jpt' | 'administrator' | 'pengawas'; kelas: number };
  field: TitleField;
  /** Holders per staff position: 1 small, 2 medium, 3 large. */
  size: 1 | 2 | 3;
  /** null: no secretariat (its work sits in a division). Omitted: the standard one. */
  secretariat?: DivisionSpec | null;
  divisions: DivisionSpec[];
  deputies?: DeputySpec[];
  /** The first is the main office; the others are extra offices some staff may also use. */
  offices: OfficeSpec[];
  /** Staff names for the technical sections of this agency (defaults to a general list). */
  staffPool?: StaffSpec[];
};

export const office = (
  name: string,
  lat: number,
  lon: number,
  radiusM = 100,
  rectangleM?: [number, number],
): OfficeSpec =>
  rectangleM ? { name, lat, lon, radiusM, rectangleM } : { name, lat, lon, radiusM };

export const fungsional = (
  name: string,
  jenjang: Jenjang[],
  holders: [number, number],
  extra: Omit<FungsionalSpec, 'name' | 'jenjang' | 'holders'> = {},
): FungsionalSpec => ({ name, jenjang, holders, ...extra });

export const division = (
  name: string,
  sections: string[],
  extra: Omit<DivisionSpec, 'name' | 'sections'> = {},
): DivisionSpec => ({ name, sections, ...extra });

/** A UPTD or puskesmas: a pengawas head with its own office and no sections. */
export const uptd = (
  name: string,
  place: OfficeSpec,
  extra: Omit<DivisionSpec, 'name' | 'sections' | 'office' | 'headType'> = {},
): DivisionSpec => ({ name, sections: [], headType: 'pengawas', office: place, ...extra });
