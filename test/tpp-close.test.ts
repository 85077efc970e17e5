import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client';
import {
  activities,
  auditLog,
  employees,
  months,
  tppAdjustments,
  tppResults,
} from '../src/db/tables';
import { AppError } from '../src/http/errors';
import { recordAttendance } from '../src/modules/attendance/check-in.service';
import { createReportItem, verifyReportItem } from '../src/modules/performance/report.service';
import { closeMonth, recomputeClosedMonth } from '../src/modules/tpp/month-close.service';
import { createRuleSet } from '../src/modules/tpp/rule-set.service';
import { findRuleSetInForce } from '../src/modules/tpp/rule-set.store';
import { disciplineWarnings, findLateVerifiers } from '../src/modules/tpp/tpp-reports.service';
import { getResult } from '../src/modules/tpp/tpp-results.service';
import { createHarness, type Harness } from './support/harness';
import { testEngine } from './support/test-database';
import { check, makeTppWorld, type TppWorld, usualMonth, wita } from './tpp-fixtures';

/** The code of a refusal thrown by `fn`, or 'ok'. */
async function codeOf(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
    return 'ok';
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

describe(`month close and TPP (${testEngine})`, () => {
  let h: Harness;
  let w: TppWorld;
  const NOV = '2026-11';
  const closeAt = wita('2026-12-02', '08:00');
  const resultOf = async (month: string, employeeId: string) => {
    const [row] = await h.db
      .select()
      .from(tppResults)
      .where(and(eq(tppResults.month, month), eq(tppResults.employeeId, employeeId)));
    return row;
  };

  beforeAll(async () => {
    h = await createHarness();
    w = await makeTppWorld(h);
    await h.db
      .insert(activities)
      .values({ code: 'susun-laporan', name: 'Menyusun laporan', unit: 'laporan', minutes: 60 });
    const officeA = w.officeA;
    // Staff: 3 Nov in at 07:42 (12 min late, TL1), 4 Nov out at 15:00 (60 min early, PSW2).
    await usualMonth(h, w.staff.id, officeA, NOV, {
      '2026-11-03': ['07:42', '16:05'],
      '2026-11-04': ['07:25', '15:00'],
    });
    await usualMonth(h, w.head.id, officeA, NOV);
    // Staff 2: absent 9–11 Nov (three days of TK).
    await usualMonth(h, w.staff2.id, officeA, NOV, {
      '2026-11-09': [null, null],
      '2026-11-10': [null, null],
      '2026-11-11': [null, null],
    });
    // 4 × 60 minutes approved for staff; 60 minutes of staff 2 left unverified.
    const item = await createReportItem(
      h.db,
      w.actors.staff,
      { date: '2026-11-02', activityCode: 'susun-laporan', quantity: 4, output: 'Rekap absensi' },
      wita('2026-11-02', '15:00'),
    );
    await verifyReportItem(
      h.db,
      w.actors.head,
      { itemId: item.id, decision: 'approve' },
      wita('2026-11-02', '16:10'),
    );
    await createReportItem(
      h.db,
      w.actors.staff2,
      { date: '2026-11-02', activityCode: 'susun-laporan', quantity: 1, output: 'Notulen' },
      wita('2026-11-02', '15:00'),
    );
  });
  afterAll(async () => h.close());

  it('refuses a close by anyone but admin BKPSDM', async () => {
    for (const actor of [w.actors.opd, w.actors.keuangan, w.actors.inspektorat, w.actors.head]) {
      expect(await codeOf(() => closeMonth(h.db, actor, NOV, closeAt))).toBe('forbidden');
    }
  });

  it('refuses to close a month that has not ended', async () => {
    const early = wita('2026-11-30', '23:59');
    expect(await codeOf(() => closeMonth(h.db, w.actors.bkpsdm, NOV, early))).toBe(
      'month_not_ended',
    );
  });

  it('a crash midway leaves the month open and nothing written', async () => {
    const failing = closeMonth(h.db, w.actors.bkpsdm, NOV, closeAt, {
      chunkSize: 1,
      afterChunk: (index) => {
        if (index === 1) throw new Error('power cut');
      },
    });
    await expect(failing).rejects.toThrow('power cut');
    const [month] = await h.db.select().from(months).where(eq(months.month, NOV));
    expect(month?.status ?? 'open').toBe('open');
    const [{ n }] = await queryRows<{ n: number }>(
      h.db,
      sql`select count(*)::int as n from tpp_results where month = ${NOV}`,
    );
    expect(n).toBe(0);
  });

  it('closes the month: every active employee frozen under default-2026', async () => {
    const summary = await closeMonth(h.db, w.actors.bkpsdm, NOV, closeAt, { chunkSize: 2 });
    expect(summary).toMatchObject({ month: NOV, status: 'closed', ruleSetId: 'default-2026' });
    expect(summary.employeeCount).toBeGreaterThanOrEqual(4);
    const [month] = await h.db.select().from(months).where(eq(months.month, NOV));
    expect(month).toMatchObject({ status: 'closed', ruleSetId: 'default-2026' });
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'tpp.month.close'), eq(auditLog.entityId, NOV)));
    expect(audit).toHaveLength(1);
  });

  it('pays staff 1,182,000 + 68,571 (DOMAIN §4 by hand)', async () => {
    // D = 40 % × 3,000,000 = 1,200,000; TL1 0.5 % + PSW2 1 % = 1.5 % -> 1,182,000.
    // P = 1,800,000 × 240 / (21 × 300) = 68,571.43 -> 68,571.
    expect(await resultOf(NOV, w.staff.id)).toMatchObject({
      base: 3_000_000,
      disciplinePaid: 1_182_000,
      performancePaid: 68_571,
      total: 1_250_571,
      deductionBp: 150,
      verifiedMinutes: 240,
      targetMinutes: 6300,
      workingDays: 21,
      absentDays: 0,
    });
  });

  it('does not count unverified items and deducts TK 3 % a day', async () => {
    // Staff 2: 3 × TK = 9 % of 840,000 -> 764,400; the unverified 60 minutes do not count.
    expect(await resultOf(NOV, w.staff2.id)).toMatchObject({
      disciplinePaid: 764_400,
      performancePaid: 0,
      total: 764_400,
      absentDays: 3,
      verifiedMinutes: 0,
    });
    // Agency B's employee never checked in: 21 × 3 % = 63 % of 1,600,000 -> 592,000.
    expect(await resultOf(NOV, w.other.id)).toMatchObject({
      disciplinePaid: 592_000,
      total: 592_000,
    });
  });

  it('explains the result in Indonesian sentences', async () => {
    const detail = await getResult(h.db, w.actors.staff, NOV, w.staff.id, closeAt);
    expect(detail.closed).toBe(true);
    const text = detail.explanation.join('\n');
    expect(text).toContain('versi default-2026');
    expect(text).toContain('Selasa, 3 November 2026: terlambat 12 menit (TL1)');
    expect(text).toContain('potongan 0,5% dari bagian disiplin');
    expect(text).toContain('pulang 60 menit lebih awal (PSW2)');
    expect(text).toContain(
      'Senin, 2 November 2026: 240 menit dari 1 kegiatan yang disetujui diakui',
    );
    expect(text).toContain('Rp1.250.571');
    const other = await getResult(h.db, w.actors.staff2, NOV, w.staff2.id, closeAt);
    expect(other.explanation.join('\n')).toContain(
      '60 menit (1 kegiatan) tidak dihitung — belum diverifikasi atasan saat bulan ditutup',
    );
  });

  it('refuses a second close and any event into the closed month (month_closed)', async () => {
    expect(await codeOf(() => closeMonth(h.db, w.actors.bkpsdm, NOV, closeAt))).toBe(
      'month_closed',
    );
    expect(
      await codeOf(() => check(h, w.staff.id, 'check_in', wita('2026-11-30', '07:20'), w.officeA)),
    ).toBe('month_closed');
    expect(
      await codeOf(() =>
        createReportItem(
          h.db,
          w.actors.staff,
          { date: '2026-11-30', activityCode: 'susun-laporan', quantity: 1, output: 'x' },
          wita('2026-12-01', '09:00'),
        ),
      ),
    ).toBe('month_closed');
  });

  it('lists the supervisors who left items unverified', async () => {
    const late = await findLateVerifiers(h.db, NOV);
    expect(late).toEqual([
      expect.objectContaining({ supervisorId: w.head.id, pendingItems: 1, employees: 1 }),
    ]);
  });

  it('warns about PP 94/2021 absence thresholds per year', async () => {
    const warnings = await disciplineWarnings(h.db, 2026);
    const byId = new Map(warnings.map((x) => [x.employeeId, x]));
    expect(byId.get(w.staff2.id)).toMatchObject({
      absentDays: 3,
      level: 'verbal_warning',
      crossed: [{ month: NOV, level: 'verbal_warning' }],
    });
    // 21 absent days in a row: demotion band by count, dismissal proceedings by the run.
    expect(byId.get(w.other.id)).toMatchObject({ absentDays: 21, level: 'dismissal_proceedings' });
    expect(byId.has(w.staff.id)).toBe(false);
  });

  it('a new rule-set version: admin only, validated, never inside a closed month', async () => {
    expect(
      await codeOf(() =>
        createRuleSet(
          h.db,
          w.actors.opd,
          { id: 'perwali-2027', valid_from: '2027-01-01', values: {} },
          closeAt,
        ),
      ),
    ).toBe('forbidden');
    expect(
      await codeOf(() =>
        createRuleSet(
          h.db,
          w.actors.bkpsdm,
          { id: 'koreksi-nov', valid_from: '2026-11-15', values: {} },
          closeAt,
        ),
      ),
    ).toBe('month_closed');
    const created = await createRuleSet(
      h.db,
      w.actors.bkpsdm,
      { id: 'auto-des', valid_from: '2026-12-01', values: { auto_approve_unverified: true } },
      closeAt,
    );
    expect(created).toMatchObject({
      id: 'auto-des',
      auto_approve_unverified: true,
      daily_cap_pct: '3',
    });
    expect((await findRuleSetInForce(h.db, '2026-12-01')).id).toBe('auto-des');
    expect((await findRuleSetInForce(h.db, '2026-11-30')).id).toBe('default-2026');
    expect(
      await codeOf(() =>
        createRuleSet(
          h.db,
          w.actors.bkpsdm,
          { id: 'auto-des', valid_from: '2027-02-01', values: {} },
          closeAt,
        ),
      ),
    ).toBe('duplicate_code');
  });

  it('a correction after close becomes an adjustment in the next open month, once', async () => {
    await h.db
      .update(employees)
      .set({ tppIndividual: 2_400_000 })
      .where(eq(employees.id, w.staff2.id));
    const first = await recomputeClosedMonth(h.db, w.actors.bkpsdm, NOV, [w.staff2.id], closeAt);
    // 2,400,000 × 40 % × 91 % = 873,600; frozen 764,400: +109,200 paid in December.
    expect(first).toMatchObject({ month: NOV, paidIn: '2026-12' });
    expect(first.lines).toEqual([
      expect.objectContaining({ before: 764_400, after: 873_600, amount: 109_200 }),
    ]);
    const again = await recomputeClosedMonth(h.db, w.actors.bkpsdm, NOV, [w.staff2.id], closeAt);
    expect(again.lines[0].amount).toBe(0);
    const lines = await h.db
      .select()
      .from(tppAdjustments)
      .where(eq(tppAdjustments.employeeId, w.staff2.id));
    expect(lines).toHaveLength(1);
    expect(await resultOf(NOV, w.staff2.id)).toMatchObject({ total: 764_400 });
    expect(
      await codeOf(() => recomputeClosedMonth(h.db, w.actors.opd, NOV, [w.staff2.id], closeAt)),
    ).toBe('forbidden');
  });

  it('December: auto-approve counts unverified items; the adjustment is in the total', async () => {
    await check(h, w.staff2.id, 'check_in', wita('2026-12-01', '07:20'), w.officeA);
    await check(h, w.staff2.id, 'check_out', wita('2026-12-01', '16:10'), w.officeA);
    await createReportItem(
      h.db,
      w.actors.staff2,
      { date: '2026-12-01', task: 'Rapat', start: '09:00', end: '10:00', output: 'Notulen' },
      wita('2026-12-01', '17:00'),
    );
    const accepted = await recordAttendance(
      h.db,
      w.staff2.id,
      { kind: 'check_in', clientId: 'late-dec', lat: -5.4701, lon: 122.6001, accuracyM: 5 },
      wita('2026-12-02', '07:00'),
    );
    expect(accepted.status).toBe('accepted');
    await closeMonth(h.db, w.actors.bkpsdm, '2026-12', wita('2027-01-04', '08:00'));
    // Dec: 21 working days. 1 Dec present; 2 Dec checked in only (PSW4, 2.5 %); 19 × TK.
    // 57 % + 2.5 % = 59.5 % of 960,000 -> 388,800. 60 auto-approved minutes of 6,300:
    // 1,440,000 × 60 / 6,300 = 13,714.29 -> 13,714. Plus the November adjustment 109,200.
    expect(await resultOf('2026-12', w.staff2.id)).toMatchObject({
      disciplinePaid: 388_800,
      performancePaid: 13_714,
      adjustments: 109_200,
      total: 511_714,
      verifiedMinutes: 60,
    });
    const detail = await getResult(h.db, w.actors.bkpsdm, '2026-12', w.staff2.id, closeAt);
    const text = detail.explanation.join('\n');
    expect(text).toContain('versi auto-des');
    expect(text).toContain('Penyesuaian atas bulan November 2026: +Rp109.200');
    expect(text).toContain('termasuk penyesuaian');
  });
});
