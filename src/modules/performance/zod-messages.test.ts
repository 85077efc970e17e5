import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { leaveDecisionBody, leaveListQuery, leaveRequestBody } from '../leave/leave.schema';
import { activityCreateBody } from './activities.schema';
import { bulkApproveBody, reportItemCreateBody, verifyBody } from './report.schema';

/** Messages of every issue, without zod's Indonesian locale (services, scenario runner). */
function messages(schema: z.ZodType, input: unknown): string[] {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a failure');
  return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const ENGLISH = /Invalid|Too (big|small)|expected|received|must|Unrecognized/;

describe('request schemas speak Indonesian', () => {
  it.each([
    ['leave: missing and too long', leaveRequestBody, { kind: 'x', reason: 'x'.repeat(501) }],
    ['leave: wrong types', leaveRequestBody, { kind: 1, from: 2, to: null, hasDoctorLetter: 'y' }],
    ['leave decision', leaveDecisionBody, { decision: 'ok', note: 5, hasDoctorLetter: 1 }],
    ['leave list', leaveListQuery, { year: '1999' }],
    ['report item', reportItemCreateBody, { date: 1, quantity: 1001, task: 7, output: undefined }],
    ['report item text', reportItemCreateBody, { date: '2026-11-02', output: 'x'.repeat(1001) }],
    ['verify', verifyBody, { decision: 'yes', reason: 'x'.repeat(1001) }],
    ['bulk approve', bulkApproveBody, { itemIds: 'a' }],
    ['activity', activityCreateBody, { code: '', name: 1, unit: '', minutes: 2000 }],
  ] as const)('%s', (_, schema, input) => {
    const found = messages(schema, input);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m).not.toMatch(ENGLISH);
  });

  it('says a missing value is required and a wrong one what it must be', () => {
    expect(messages(leaveRequestBody, { kind: 'sick', to: '2026-11-02' })).toEqual([
      'from: wajib diisi',
    ]);
    expect(messages(verifyBody, { decision: 'approve', reason: 5 })).toEqual([
      'reason: harus berupa teks',
    ]);
  });
});
