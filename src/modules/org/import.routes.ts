import type { FastifyInstance } from 'fastify';
import { fail } from '../../http/errors';
import { errorResponse, stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import {
  EMPLOYEE_COLUMNS,
  importBody,
  importReportResponse,
  POSITION_COLUMNS,
} from './import.schema';
import { type ImportKind, importFile } from './import.service';

/**
 * File imports. Multipart upload is not registered on the server yet, so the file comes
 * as base64 in a JSON body; this route alone accepts bodies up to 7 MiB (a 5 MB file
 * grows by a third in base64).
 * TODO(#2): accept multipart/form-data once @fastify/multipart is registered.
 */
const IMPORT_BODY_LIMIT = 7 * 1024 * 1024;

const describe = (kind: ImportKind) => {
  const columns = kind === 'positions' ? POSITION_COLUMNS : EMPLOYEE_COLUMNS;
  const list = columns.map((c) => (c.required ? `${c.name}*` : c.name)).join(', ');
  return (
    `Body: { filename: "*.csv" | "*.xlsx", contentBase64, partial? } (file ≤ 5 MB). ` +
    `Row 1 names the columns (* = required): ${list}. ` +
    'Upserts by ' +
    (kind === 'positions' ? 'code' : 'nip') +
    '. Without partial, any bad row refuses the whole file: 422 import_invalid with the ' +
    'report in error.details. With partial: true the good rows are written and the ' +
    'answer is 200 with the report. Report: { ok, created, updated, errors: [{ row, ' +
    'column, reason }] }, row = spreadsheet row number (header = 1).'
  );
};

export async function importRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { database, now } = app.ctx;
  const db = database.db;

  for (const kind of ['positions', 'employees'] as const) {
    app.post(
      `/api/org/import/${kind}`,
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags: ['org'],
          summary: `Import ${kind} from a CSV or XLSX file`,
          description: describe(kind),
          body: importBody,
          response: { 200: importReportResponse, ...stdErrors, 422: errorResponse },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const { filename, contentBase64, partial } = req.body;
        const content = Buffer.from(contentBase64, 'base64');
        const report = await importFile(db, actor, kind, {
          filename,
          content,
          partial,
          now: now(),
        });
        req.log.info(
          { kind, created: report.created, updated: report.updated, errors: report.errors.length },
          'org import',
        );
        if (!report.ok && !partial) throw fail('import_invalid', report);
        return report;
      },
    );
  }
}
