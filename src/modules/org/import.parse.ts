import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Column, ImportError } from './import.schema';

/**
 * Reads a CSV or XLSX file (both through exceljs) into row objects keyed by the row
 * schema's field names, with `row` = the spreadsheet row number (header = 1). Values are
 * converted by column kind as far as they clearly can be; anything doubtful is passed on
 * as it is so the row schema reports it with the column. Header problems (unknown,
 * missing or repeated columns) are returned as errors on row 1.
 */

export type ParsedRow = Record<string, unknown> & { row: number };
export type ParsedFile = { rows: ParsedRow[]; errors: ImportError[] };

export class UnreadableFileError extends Error {}

type Cell = ExcelJS.CellValue;

export async function parseImportFile(
  filename: string,
  content: Buffer,
  columns: readonly Column[],
): Promise<ParsedFile> {
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (/\.xlsx$/i.test(filename)) {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
      sheet = workbook.worksheets[0];
    } else {
      const text = content.toString('utf8').replace(/^\uFEFF/, '');
      sheet = await workbook.csv.read(Readable.from([text]), {
        // Keep every value as text: the default reader turns an 18-digit NIP into a
        // rounded number and date-like codes into dates.
        map: (value: string) => value,
        parserOptions: { delimiter: csvDelimiter(text) },
      } as never);
    }
  } catch (err) {
    throw new UnreadableFileError((err as Error).message);
  }
  if (!sheet || sheet.rowCount === 0) {
    return {
      rows: [],
      errors: [{ row: 1, column: '', reason: 'berkas kosong: baris judul kolom tidak ada' }],
    };
  }
  return readSheet(sheet, columns);
}

/**
 * Spreadsheets saved with an Indonesian locale separate CSV fields with `;` (the comma is
 * the decimal mark). The header line decides.
 */
function csvDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function readSheet(sheet: ExcelJS.Worksheet, columns: readonly Column[]): ParsedFile {
  const errors: ImportError[] = [];
  const byIndex = new Map<number, Column>();
  const seen = new Set<string>();
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, index) => {
    const header = normaliseHeader(textOf(cell.value));
    if (!header) return;
    const column = columns.find((c) => c.name === header);
    if (!column) errors.push({ row: 1, column: header, reason: 'kolom tidak dikenal' });
    else if (seen.has(header)) errors.push({ row: 1, column: header, reason: 'kolom ganda' });
    else {
      seen.add(header);
      byIndex.set(index, column);
    }
  });
  for (const c of columns) {
    if (c.required && !seen.has(c.name)) {
      errors.push({ row: 1, column: c.name, reason: 'kolom wajib tidak ada' });
    }
  }
  const rows: ParsedRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (rowNumber === 1) return;
    const row: ParsedRow = { row: rowNumber };
    let filled = false;
    for (const [index, column] of byIndex) {
      const value = convert(r.getCell(index).value, column);
      if (value !== null) filled = true;
      row[column.field] = value;
    }
    if (filled) rows.push(row);
  });
  return { rows, errors };
}

/** "Kelas Jabatan" and "kelas-jabatan" both name `kelas_jabatan`. */
function normaliseHeader(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The displayed content of a cell: formulas give their result, rich text its plain text. */
function plain(value: Cell): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('result' in value) return plain(value.result as Cell);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

function textOf(value: Cell): string {
  const v = plain(value);
  return v === null ? '' : String(v);
}

const truthy = new Set(['ya', 'y', 'true', '1', 'benar', 'aktif', 'yes']);
const falsy = new Set(['tidak', 't', 'false', '0', 'salah', 'nonaktif', 'no']);

/** Converts one cell by column kind; null for an empty cell. */
function convert(value: Cell, column: Column): unknown {
  const v = plain(value);
  if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
  switch (column.kind) {
    case 'text':
      // A NIP typed as a number is already rounded: keep it a number to be refused.
      if (typeof v === 'number' && column.field === 'nip') return v;
      return String(v).trim();
    case 'int': {
      if (typeof v === 'number') return v;
      const s = String(v).trim();
      if (/^-?\d+$/.test(s)) return Number(s);
      // "5.000.000" or "5,000,000": thousands separators as typed in Indonesian sheets.
      if (/^\d{1,3}([.,\s]\d{3})+$/.test(s)) return Number(s.replace(/[.,\s]/g, ''));
      return s;
    }
    case 'bool': {
      if (typeof v === 'boolean') return v;
      const s = String(v).trim().toLowerCase();
      if (truthy.has(s)) return true;
      if (falsy.has(s)) return false;
      return s;
    }
    case 'list':
      return String(v)
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
  }
}
