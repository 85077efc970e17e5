import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../http/errors';
import { systemActor } from '../modules/auth/actor';
import { MAX_IMPORT_BYTES } from '../modules/org/import.schema';
import { type ImportKind, importFile } from '../modules/org/import.service';
import { openConfigured } from './open';

const usage = 'Usage: sipolima import positions|employees FILE.csv|FILE.xlsx [--partial]\n';

/**
 * `sipolima import positions|employees FILE [--partial]`: the same import as the HTTP
 * route, as the system actor. Prints the report; exits 1 when rows were bad, 2 on a
 * usage or configuration error.
 */
export async function importCommand(args: string[]): Promise<number> {
  const partial = args.includes('--partial');
  const [kind, file, ...rest] = args.filter((a) => a !== '--partial');
  if ((kind !== 'positions' && kind !== 'employees') || !file || rest.length > 0) {
    process.stderr.write(usage);
    return 2;
  }
  if (!/\.(csv|xlsx)$/i.test(file)) {
    process.stderr.write(`sipolima import: ${file}: berkas harus .csv atau .xlsx\n`);
    return 2;
  }
  let content: Buffer;
  try {
    if ((await stat(file)).size > MAX_IMPORT_BYTES) {
      process.stderr.write(`sipolima import: ${file}: berkas lebih dari 5 MB\n`);
      return 2;
    }
    content = await readFile(file);
  } catch (err) {
    process.stderr.write(`sipolima import: ${(err as Error).message}\n`);
    return 2;
  }
  const opened = await openConfigured();
  if (!opened) return 2;
  try {
    const report = await importFile(
      opened.database.db,
      systemActor('cli import'),
      kind as ImportKind,
      { filename: basename(file), content, partial },
    );
    process.stdout.write(formatReport(report, partial));
    return report.ok ? 0 : 1;
  } catch (err) {
    if (err instanceof AppError) {
      process.stderr.write(`sipolima import: ${err.userMessage}\n`);
      return 1;
    }
    throw err;
  } finally {
    await opened.database.close();
  }
}

function formatReport(report: Awaited<ReturnType<typeof importFile>>, partial: boolean): string {
  const lines = [`dibuat: ${report.created}, diperbarui: ${report.updated}`];
  if (!report.ok && !partial) lines.push('Ada baris yang salah; tidak ada data yang disimpan.');
  for (const e of report.errors) {
    lines.push(`  baris ${e.row}, kolom ${e.column || '-'}: ${e.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
