/**
 * The one error catalogue. Each code is stable (clients and the scenario runner rely on
 * it), with its HTTP status, a message for developers and an Indonesian one for people.
 * Modules add their codes here so the list stays in one place.
 */
export const errorCatalogue = {
  // platform
  validation_failed: [400, 'Request validation failed', 'Data yang dikirim tidak valid.'],
  malformed_json: [400, 'Body is not valid JSON', 'Format data tidak valid (JSON rusak).'],
  body_too_large: [413, 'Request body too large', 'Data yang dikirim terlalu besar.'],
  unsupported_media_type: [415, 'Unsupported content type', 'Jenis data tidak didukung.'],
  not_found: [404, 'Resource not found', 'Data tidak ditemukan.'],
  route_not_found: [404, 'Route not found', 'Alamat tidak ditemukan.'],
  rate_limited: [429, 'Too many requests', 'Terlalu banyak permintaan. Coba lagi sebentar lagi.'],
  internal_error: [500, 'Internal server error', 'Terjadi kesalahan pada server. Coba lagi nanti.'],
  conflict: [409, 'Conflicting change', 'Data bertabrakan dengan data lain.'],
  // auth
  unauthenticated: [401, 'Login required', 'Silakan masuk terlebih dahulu.'],
  invalid_credentials: [
    401,
    'Wrong username or password',
    'NIP/nama pengguna atau kata sandi salah.',
  ],
  account_locked: [
    423,
    'Account locked after failed logins',
    'Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi nanti.',
  ],
  account_inactive: [403, 'Account inactive', 'Akun tidak aktif. Hubungi admin.'],
  forbidden: [403, 'Not allowed', 'Anda tidak berwenang melakukan tindakan ini.'],
  weak_password: [
    400,
    'Password does not meet the policy',
    'Kata sandi minimal 10 karakter dan memuat huruf dan angka.',
  ],
  wrong_password: [400, 'Current password is wrong', 'Kata sandi lama salah.'],
  // org
  invalid_nip: [400, 'Invalid NIP', 'NIP tidak valid.'],
  duplicate_nip: [409, 'NIP already exists', 'NIP sudah terdaftar.'],
  duplicate_code: [409, 'Code already exists', 'Kode sudah dipakai.'],
  position_cycle: [
    400,
    'A position cannot be its own ancestor',
    'Jabatan tidak boleh menjadi atasan dirinya sendiri.',
  ],
  invalid_reference: [400, 'Referenced record does not exist', 'Data rujukan tidak ditemukan.'],
  import_invalid: [
    422,
    'Import has invalid rows; nothing was written',
    'Ada baris yang salah; tidak ada data yang disimpan.',
  ],
  import_unreadable: [
    400,
    'Import file cannot be read as CSV or XLSX',
    'Berkas tidak dapat dibaca. Gunakan CSV atau XLSX dengan baris judul kolom.',
  ],
  // domain refusals (reason codes that the scenario runner reports; never rename)
  unknown_employee: [404, 'Unknown employee', 'Pegawai tidak dikenal.'],
  outside_geofence: [
    422,
    'Position outside every allowed office',
    'Anda berada di luar area kantor. Mendekatlah lalu coba lagi.',
  ],
  low_accuracy: [
    422,
    'GPS accuracy worse than the limit',
    'GPS belum akurat, tunggu sebentar lalu coba lagi.',
  ],
  mocked_location: [
    422,
    'Device reported a mocked position',
    'Lokasi palsu terdeteksi. Matikan aplikasi pengubah lokasi.',
  ],
  future_time: [
    422,
    'Device time is in the future',
    'Waktu perangkat di masa depan. Periksa jam ponsel Anda.',
  ],
  stale_offline: [
    422,
    'Offline event older than allowed',
    'Absen luring terlalu lama (lebih dari 72 jam) dan tidak dapat diterima.',
  ],
  out_of_order: [
    422,
    'Offline event earlier than the previous one',
    'Waktu absen lebih awal dari absen sebelumnya di perangkat ini.',
  ],
  not_supervisor: [
    403,
    'Only the direct supervisor may do this',
    'Hanya atasan langsung yang dapat melakukan ini.',
  ],
  self_verification: [
    403,
    'Nobody verifies their own items',
    'Anda tidak dapat memverifikasi atau menyetujui milik sendiri.',
  ],
  overlapping_item: [
    409,
    'Item overlaps another item of that day',
    'Waktu kegiatan bertumpang tindih dengan kegiatan lain pada hari itu.',
  ],
  leave_overlap: [
    409,
    'Leave overlaps another request',
    'Tanggal cuti bertumpang tindih dengan pengajuan lain.',
  ],
  no_working_days: [
    422,
    'Period has no working days',
    'Periode yang dipilih tidak memuat hari kerja.',
  ],
  insufficient_balance: [422, 'Annual leave balance too low', 'Sisa cuti tahunan tidak mencukupi.'],
  after_deadline: [422, 'Deadline has passed', 'Batas waktu sudah lewat.'],
  month_closed: [409, 'Month is closed', 'Bulan tersebut sudah ditutup.'],
  month_not_ended: [
    409,
    'Month has not ended yet',
    'Bulan ini belum berakhir dan belum dapat ditutup.',
  ],
  month_open: [409, 'Month is not closed', 'Bulan tersebut belum ditutup.'],
  not_pending: [
    409,
    'Item is not pending',
    'Data ini tidak sedang menunggu verifikasi/persetujuan.',
  ],
} as const satisfies Record<string, readonly [number, string, string]>;

export type ErrorCode = keyof typeof errorCatalogue;

/** An expected, catalogued failure. Anything else that is thrown becomes internal_error. */
export class AppError extends Error {
  readonly status: number;
  readonly userMessage: string;
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    userMessage?: string,
  ) {
    const [status, devMessage, idMessage] = errorCatalogue[code];
    super(devMessage);
    this.name = 'AppError';
    this.status = status;
    this.userMessage = userMessage ?? idMessage;
  }
}

/** Factory: `throw fail('invalid_nip', { field: 'nip' }, 'NIP: tanggal lahir salah')`. */
export function fail(code: ErrorCode, details?: unknown, userMessage?: string): AppError {
  return new AppError(code, details, userMessage);
}

export type ErrorBody = {
  error: { code: string; message: string; details?: unknown };
  requestId: string;
};
