import { z } from 'zod';
import { reportItemCreateBody } from '../../../src/modules/performance/report.schema';

/**
 * The server's report item body (POST /api/reports/items), with the checks its service
 * makes across fields added here so the form can name the field before sending.
 */
export const reportItemForm = reportItemCreateBody.superRefine((b, ctx) => {
  const need = (field: 'quantity' | 'task' | 'start' | 'end') =>
    ctx.addIssue({ code: 'custom', path: [field], message: 'wajib diisi' });
  if (b.activityId) {
    if (b.quantity == null) need('quantity');
    return;
  }
  if (!b.task) need('task');
  if (!b.start) need('start');
  if (!b.end) need('end');
  if (b.start && b.end && b.end <= b.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'harus setelah jam mulai' });
  }
});

/** Evidence: a photo or a PDF; the server takes at most 2 MB (photos are shrunk first). */
export const EVIDENCE_MAX_BYTES = 2 * 1024 * 1024;
export const EVIDENCE_ACCEPT = 'image/*,application/pdf';

/** A reason is required to reject or return a report item, and to refuse leave. */
export const reasonSchema = z.string().trim().min(3, 'tulis alasannya').max(500);
