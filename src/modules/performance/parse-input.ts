import type { z } from 'zod';
import { type ErrorCode, errorCatalogue, fail } from '../../http/errors';
import { REASON_MESSAGES_ID, type ReasonCode } from '../shared-rules/reason-codes';

/**
 * Validates a service input with the same zod schema the route uses. The scenario runner
 * calls services directly, so the service cannot rely on the route having validated;
 * failures name the field exactly as the HTTP validation does.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || 'body',
    reason: issue.message,
  }));
  throw invalidField(fields[0].field, fields[0].reason, fields);
}

/** `validation_failed` naming one field (or several), with a message that says which. */
export function invalidField(
  field: string,
  reason: string,
  fields: Array<{ field: string; reason: string }> = [{ field, reason }],
) {
  return fail(
    'validation_failed',
    { fields },
    `Data yang dikirim tidak valid. ${field}: ${reason}`,
  );
}

/**
 * Throws a refusal from a pure rule's reason code. Codes that the error catalogue does
 * not know (the rules' own additions) are validation failures of `field`.
 */
export function refuse(reason: ReasonCode, detail?: string, field = 'body'): never {
  if (reason in errorCatalogue) {
    throw fail(reason as ErrorCode, detail ? { detail } : undefined, detail);
  }
  throw invalidField(field, detail ?? REASON_MESSAGES_ID[reason]);
}
