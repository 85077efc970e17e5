/**
 * Stable refusal reason codes. Outside checks (scenario files, API clients) match on
 * these strings, so a code may be added but never renamed or removed.
 *
 * The first sixteen are the contract listed in SCENARIOS.md; the rest were added by
 * the pure rules for refusals that contract does not name.
 */
export const REASON_CODES = [
  'outside_geofence',
  'low_accuracy',
  'mocked_location',
  'future_time',
  'stale_offline',
  'not_supervisor',
  'self_verification',
  'overlapping_item',
  'leave_overlap',
  'no_working_days',
  'insufficient_balance',
  'after_deadline',
  'month_closed',
  'unknown_employee',
  'out_of_order',
  'not_pending',
  // Additions (not in the SCENARIOS.md contract).
  'invalid_date_range',
  'invalid_time_range',
  'invalid_transition',
  'reason_required',
] as const;

/** One of {@link REASON_CODES}. */
export type ReasonCode = (typeof REASON_CODES)[number];

const REASON_CODE_SET: ReadonlySet<string> = new Set(REASON_CODES);

/** Narrows an arbitrary string (from a client or a stored row) to a known reason code. */
export function isReasonCode(value: string): value is ReasonCode {
  return REASON_CODE_SET.has(value);
}

/**
 * Short Indonesian text for each code, for people. Rules that know more (a distance, a
 * date) build a fuller detail; this is the fallback.
 */
export const REASON_MESSAGES_ID: Readonly<Record<ReasonCode, string>> = {
  outside_geofence: 'Di luar area kantor',
  low_accuracy: 'GPS belum akurat',
  mocked_location: 'Lokasi palsu terdeteksi',
  future_time: 'Waktu perangkat berada di masa depan',
  stale_offline: 'Data luring terlalu lama',
  not_supervisor: 'Bukan atasan langsung',
  self_verification: 'Tidak dapat memverifikasi laporan sendiri',
  overlapping_item: 'Waktu kegiatan bertumpang tindih',
  leave_overlap: 'Bertumpang tindih dengan cuti lain',
  no_working_days: 'Tidak ada hari kerja pada rentang tanggal',
  insufficient_balance: 'Sisa cuti tahunan tidak mencukupi',
  after_deadline: 'Melewati batas waktu',
  month_closed: 'Bulan sudah ditutup',
  unknown_employee: 'Pegawai tidak dikenal',
  out_of_order: 'Urutan waktu perangkat tidak wajar',
  not_pending: 'Laporan tidak menunggu verifikasi',
  invalid_date_range: 'Tanggal selesai sebelum tanggal mulai',
  invalid_time_range: 'Jam selesai harus setelah jam mulai',
  invalid_transition: 'Perubahan status tidak diizinkan',
  reason_required: 'Alasan wajib diisi',
};
