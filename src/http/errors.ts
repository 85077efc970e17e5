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
