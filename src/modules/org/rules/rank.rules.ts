import { z } from 'zod';

/**
 * PNS ranks (golongan/ruang), lowest first. The order is meaningful: a later index is a
 * higher rank, so `PNS_RANK_CODES.indexOf(a) < PNS_RANK_CODES.indexOf(b)` compares ranks.
 */
export const PNS_RANK_CODES = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;

export type PnsRank = (typeof PNS_RANK_CODES)[number];

/** Official rank names (pangkat) for each golongan/ruang. */
export const PNS_RANK_NAMES: Readonly<Record<PnsRank, string>> = {
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tingkat I',
  'I/c': 'Juru',
  'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

/** PPPK grades (golongan PPPK), lowest first. */
export const PPPK_GRADES = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;

export type PppkGrade = (typeof PPPK_GRADES)[number];

/**
 * Position types: JPT (senior leader), administrator, pengawas (supervisor),
 * pelaksana (executor) and fungsional (functional).
 */
export const POSITION_TYPES = [
  'jpt',
  'administrator',
  'pengawas',
  'pelaksana',
  'fungsional',
] as const;

export type PositionType = (typeof POSITION_TYPES)[number];

export const KELAS_JABATAN_MIN = 1;
export const KELAS_JABATAN_MAX = 17;

/** Every kelas jabatan, 1 to 17. */
export const KELAS_JABATAN: readonly number[] = Array.from(
  { length: KELAS_JABATAN_MAX - KELAS_JABATAN_MIN + 1 },
  (_, i) => KELAS_JABATAN_MIN + i,
);

export const pnsRankSchema = z.enum(PNS_RANK_CODES);
export const pppkGradeSchema = z.enum(PPPK_GRADES);
export const positionTypeSchema = z.enum(POSITION_TYPES);
export const kelasJabatanSchema = z.number().int().min(KELAS_JABATAN_MIN).max(KELAS_JABATAN_MAX);
