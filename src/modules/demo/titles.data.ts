import type { TitleField } from './demo-spec.types';

/** Academic and professional titles by field of study, as written in Indonesian usage. */

export type Education = 'SMA' | 'D3' | 'S1' | 'S2' | 'S3';

export const DIPLOMA: Readonly<Record<TitleField, readonly string[]>> = {
  umum: ['A.Md.'],
  pemerintahan: ['A.Md.'],
  ekonomi: ['A.Md.Ak.', 'A.Md.'],
  hukum: ['A.Md.'],
  teknik: ['A.Md.T.'],
  komputer: ['A.Md.Kom.'],
  pendidikan: ['A.Md.'],
  kesehatan: ['A.Md.Kes.', 'A.Md.KL.', 'A.Md.Gz.'],
  dokter: ['A.Md.Kes.'],
  spesialis: ['A.Md.Kes.'],
  perawat: ['A.Md.Kep.'],
  bidan: ['A.Md.Keb.'],
  farmasi: ['A.Md.Farm.'],
  pertanian: ['A.Md.'],
  perikanan: ['A.Md.'],
  lingkungan: ['A.Md.'],
  sosial: ['A.Md.'],
};

export const BACHELOR: Readonly<Record<TitleField, readonly string[]>> = {
  umum: ['S.Sos.', 'S.AP.', 'S.IP.', 'S.E.'],
  pemerintahan: ['S.STP', 'S.IP.', 'S.Sos.', 'S.H.'],
  ekonomi: ['S.E.', 'S.Ak.'],
  hukum: ['S.H.'],
  teknik: ['S.T.'],
  komputer: ['S.Kom.', 'S.T.'],
  pendidikan: ['S.Pd.'],
  kesehatan: ['S.KM.', 'S.Gz.', 'S.Tr.Kes.'],
  dokter: ['S.Ked.'],
  spesialis: ['S.Ked.'],
  perawat: ['S.Kep.'],
  bidan: ['S.Tr.Keb.'],
  farmasi: ['S.Farm.'],
  pertanian: ['S.P.', 'S.Pt.'],
  perikanan: ['S.Pi.'],
  lingkungan: ['S.T.', 'S.Si.'],
  sosial: ['S.Sos.', 'S.Psi.'],
};

export const MASTER: Readonly<Record<TitleField, readonly string[]>> = {
  umum: ['M.Si.', 'M.M.', 'M.AP.'],
  pemerintahan: ['M.Si.', 'M.AP.'],
  ekonomi: ['M.M.', 'M.Si.', 'M.Ak.'],
  hukum: ['M.H.'],
  teknik: ['M.T.'],
  komputer: ['M.Kom.', 'M.T.'],
  pendidikan: ['M.Pd.'],
  kesehatan: ['M.Kes.', 'M.KM.'],
  dokter: ['M.Kes.'],
  spesialis: ['M.Kes.'],
  perawat: ['M.Kep.'],
  bidan: ['M.Keb.'],
  farmasi: ['M.Farm.'],
  pertanian: ['M.Si.', 'M.P.'],
  perikanan: ['M.Si.'],
  lingkungan: ['M.Si.', 'M.T.'],
  sosial: ['M.Si.'],
};

export const SPECIALTIES = [
  'Sp.PD',
  'Sp.A',
  'Sp.OG',
  'Sp.B',
  'Sp.An',
  'Sp.Rad',
  'Sp.JP',
  'Sp.M',
  'Sp.THT-KL',
  'Sp.N',
  'Sp.KJ',
  'Sp.PK',
] as const;

/**
 * Fields whose older graduates carry the former front title (Drs./Dra., Ir.) instead of
 * a bachelor title after the name.
 */
export const OLD_FRONT_TITLE: Partial<Record<TitleField, { L: string; P: string }>> = {
  umum: { L: 'Drs.', P: 'Dra.' },
  pemerintahan: { L: 'Drs.', P: 'Dra.' },
  ekonomi: { L: 'Drs.', P: 'Dra.' },
  sosial: { L: 'Drs.', P: 'Dra.' },
  pendidikan: { L: 'Drs.', P: 'Dra.' },
  teknik: { L: 'Ir.', P: 'Ir.' },
  pertanian: { L: 'Ir.', P: 'Ir.' },
  perikanan: { L: 'Ir.', P: 'Ir.' },
};

/** Born before this year, a bachelor in the fields above uses the old front title. */
export const OLD_FRONT_TITLE_BEFORE = 1972;
