import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { fail } from '../../http/errors';
import { errorResponse, stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import * as evidence from './evidence.service';
import { invalidField } from './parse-input';
import { evidenceResponse, itemIdParams } from './report.schema';
import { allowOwn } from './route-access';

const tags = ['reports'];
const errors = { ...stdErrors, 413: errorResponse, 415: errorResponse, 422: errorResponse };

/** Maps the multipart plugin's errors to the catalogue (they would otherwise be a 500). */
function multipartFailure(err: unknown): never {
  const code = (err as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') throw evidence.tooLarge();
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    throw invalidField('file', 'kirim satu berkas saja');
  }
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    throw fail(
      'unsupported_media_type',
      { field: 'file' },
      'Kirim berkas sebagai multipart/form-data.',
    );
  }
  throw err;
}

/** "inline; filename=…" that survives any name: an ASCII fallback and the UTF-8 form. */
function disposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Evidence upload and download. The multipart parser is registered here only, so no
 * other route accepts multipart bodies.
 */
export async function evidenceRoutes(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyMultipart, {
    limits: { fileSize: evidence.MAX_EVIDENCE_BYTES, files: 1, fields: 4, parts: 5 },
  });
  const app = zodApp(fastify);
  const db = app.ctx.database.db;

  app.post(
    '/api/reports/items/:id/evidence',
    {
      schema: {
        tags,
        summary: 'Attach a photo (JPEG, PNG, WebP) or PDF of at most 2 MB to my own item',
        description:
          'multipart/form-data with one file part. The type is decided by the content, ' +
          'not by the name; allowed while the item is a draft or returned for revision.',
        params: itemIdParams,
        response: { 201: evidenceResponse, ...errors },
      },
    },
    async (req, reply) => {
      const actor = allowOwn(requireActor(req), 'report.write');
      const part = await req.file().catch(multipartFailure);
      if (!part) throw invalidField('file', 'wajib diisi');
      const data = await part.toBuffer().catch(multipartFailure);
      const created = await evidence.addEvidence(
        db,
        actor,
        req.params.id,
        { filename: part.filename, data },
        app.ctx.now(),
      );
      req.log.info({ itemId: req.params.id, evidenceId: created.id }, 'evidence added');
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/reports/evidence/:id',
    {
      schema: {
        tags,
        summary: 'Download an evidence file (owner, supervisor, agency admins, inspektorat)',
        params: itemIdParams,
        response: { 200: z.unknown().describe('The file, with its detected type'), ...errors },
      },
    },
    async (req, reply) => {
      const file = await evidence.readEvidence(db, requireActor(req), req.params.id);
      return reply
        .header('content-type', file.mime)
        .header('content-disposition', disposition(file.filename))
        .header('cache-control', 'private, no-store')
        .send(file.data);
    },
  );

  app.delete(
    '/api/reports/evidence/:id',
    {
      schema: {
        tags,
        summary: 'Remove a file from my own item while it is a draft or returned',
        params: itemIdParams,
        response: { 200: z.object({ ok: z.literal(true) }), ...errors },
      },
    },
    async (req) => {
      const actor = allowOwn(requireActor(req), 'report.write');
      await evidence.removeEvidence(db, actor, req.params.id, app.ctx.now());
      return { ok: true as const };
    },
  );
}
