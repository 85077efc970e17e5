/**
 * Indonesian messages for the common zod failures of this module's request schemas, so
 * that no English text reaches a user even where zod's Indonesian locale is not set
 * (services called directly, the scenario runner, unit tests).
 */

type Issue = { input?: unknown };

/** A missing value is "wajib diisi"; a value of the wrong type names the expected type. */
const typed = (what: string) => ({
  error: (issue: Issue): string =>
    issue.input === undefined || issue.input === null ? 'wajib diisi' : `harus berupa ${what}`,
});

export const TEXT = typed('teks');
export const NUMBER = typed('angka');
export const BOOL = typed('true atau false');
export const LIST = typed('daftar');

export const maxChars = (n: number) => `paling banyak ${n} karakter`;
export const atMost = (n: number) => `paling besar ${n}`;
export const atLeast = (n: number) => `paling kecil ${n}`;
export const WHOLE = 'harus bilangan bulat';
export const REQUIRED = 'wajib diisi';
export const UUID = 'harus berupa UUID';
export const DATE = {
  error: (issue: Issue): string =>
    issue.input === undefined || issue.input === null ? 'wajib diisi' : 'harus tanggal YYYY-MM-DD',
};
export const oneOf = (values: readonly string[]) => `harus salah satu dari: ${values.join(', ')}`;
