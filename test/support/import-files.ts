import ExcelJS from 'exceljs';
import type { Harness } from './harness';

/** Spreadsheet files for the import tests, built with exceljs like a user's would be. */

export type Cell = string | number | boolean | null;

export async function csvOf(rows: Cell[][], delimiter = ','): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.csv.writeBuffer({ formatterOptions: { delimiter } }));
}

export async function xlsxOf(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const POSITION_HEADER = [
  'code',
  'name',
  'type',
  'kelas_jabatan',
  'parent_code',
  'agency_code',
  'unit_code',
  'shift_based',
];

export const EMPLOYEE_HEADER = [
  'nip',
  'front_title',
  'name',
  'back_title',
  'status',
  'rank',
  'gender',
  'agency_code',
  'position_code',
  'office_codes',
  'schedule',
  'tpp_individual',
  'annual_leave_carry',
  'active',
];

/** One employee row in EMPLOYEE_HEADER order; columns not given are empty. */
export function employeeCells(values: Record<string, Cell>): Cell[] {
  return EMPLOYEE_HEADER.map((c) => values[c] ?? null);
}

/** POSTs the file as the import route expects it: base64 in a JSON body. */
export function uploadFile(
  h: Harness,
  kind: 'positions' | 'employees',
  o: { as?: string; filename: string; file: Buffer; partial?: boolean },
) {
  return h.request({
    method: 'POST',
    url: `/api/org/import/${kind}`,
    as: o.as,
    payload: {
      filename: o.filename,
      contentBase64: o.file.toString('base64'),
      ...(o.partial !== undefined && { partial: o.partial }),
    },
  });
}
