import type { Jenjang, StaffSpec } from './demo-spec.types';

/** Staff (pelaksana) positions and the kelas of functional levels. */

/** Secretariat sections that run the office: letters, personnel, goods. */
export const ADMIN_STAFF: readonly StaffSpec[] = [
  ['Pengadministrasi Perkantoran', 5],
  ['Pengelola Kepegawaian', 7],
  ['Pengadministrasi Kepegawaian', 6],
  ['Pengelola Barang Milik Daerah', 7],
  ['Operator Layanan Operasional', 5],
];

export const FINANCE_STAFF: readonly StaffSpec[] = [
  ['Bendahara', 7],
  ['Penyusun Laporan Keuangan', 7],
  ['Pengadministrasi Keuangan', 6],
  ['Pengelola Program dan Kegiatan', 7],
];

/** Technical sections, unless an agency brings its own list. */
export const GENERAL_STAFF: readonly StaffSpec[] = [
  ['Penata Layanan Operasional', 7],
  ['Pengolah Data dan Informasi', 6],
  ['Pengelola Layanan Operasional', 6],
  ['Analis Data dan Informasi', 7],
  ['Pengadministrasi Perkantoran', 5],
  ['Operator Layanan Operasional', 5],
];

/** Staff positions created under each section head. */
export const STAFF_PER_SECTION = 2;

/** Kelas jabatan of each functional level (before a profession's bonus). */
export const JENJANG_KELAS: Readonly<Record<Jenjang, number>> = {
  Terampil: 7,
  Mahir: 8,
  Penyelia: 9,
  'Ahli Pertama': 8,
  'Ahli Muda': 9,
  'Ahli Madya': 10,
};

/** Holders of one staff position, by agency size. */
export const STAFF_HOLDERS: Readonly<Record<1 | 2 | 3, [number, number]>> = {
  1: [1, 3],
  2: [2, 4],
  3: [3, 5],
};

export function staffPoolFor(sectionName: string, agencyPool?: readonly StaffSpec[]) {
  if (sectionName.includes('Keuangan')) return FINANCE_STAFF;
  if (/Umum|Kepegawaian|Tata Usaha|Rumah Tangga/.test(sectionName)) return ADMIN_STAFF;
  return agencyPool ?? GENERAL_STAFF;
}
