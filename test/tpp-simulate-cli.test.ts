import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ScenarioInvalid } from '../src/modules/simulate/scenario-world';
import { parseScenario } from '../src/modules/simulate/simulate';

/** A valid file (test scenario 11) to break in one place at a time. */
const base = () =>
  parse(readFileSync(resolve('test/scenarios/11-attendance-edges.yaml'), 'utf8')) as Record<
    string,
    // biome-ignore lint/suspicious/noExplicitAny: test data edited freely
    any
  >;

function problemsOf(doc: unknown): string[] {
  try {
    parseScenario(stringify(doc));
    return [];
  } catch (err) {
    if (err instanceof ScenarioInvalid) return err.problems;
    throw err;
  }
}

function simulate(file: string, ...args: string[]) {
  return spawnSync(process.execPath, ['bin/sipolima.mjs', 'simulate', file, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('scenario file validation (sipolima simulate)', () => {
  it('accepts the test scenarios', () => {
    expect(problemsOf(base())).toEqual([]);
  });

  it('names the path and the reason of each problem', () => {
    const doc = base();
    doc.events[4] = { ...doc.events[2], check_in: { lat: 95, lon: 122.6, accuracy_m: 5 } };
    expect(problemsOf(doc)).toEqual(['events[4].check_in.lat: must be between -90 and 90']);
  });

  it('refuses an unknown key anywhere, including under rules', () => {
    const doc = base();
    doc.rules = { discipline_shar: 0.4 };
    doc.events[2].check_in.accuracy = 5;
    doc.employees[1].tpp_bse = 1;
    expect(problemsOf(doc)).toEqual(
      expect.arrayContaining([
        'rules.discipline_shar: unknown key',
        'events[2].check_in.accuracy: unknown key',
        'employees[1].tpp_bse: unknown key',
      ]),
    );
    const nested = base();
    nested.rules = { deduction_pct: { TK: 3, TL5: 1 } };
    expect(problemsOf(nested)).toEqual(['rules.deduction_pct.TL5: unknown key']);
  });

  it('checks values and references', () => {
    const doc = base();
    doc.timezone = 'Asia/Bau-Bau';
    doc.months = ['2026-13'];
    doc.employees[1].supervisor = '199001012015011999';
    doc.employees[1].office = 'kantor-z';
    doc.events[0].at = '2026-11-02 07:20';
    delete doc.events[1].nip;
    const problems = problemsOf(doc);
    expect(problems).toEqual(
      expect.arrayContaining([
        'timezone: must be an IANA time zone such as Asia/Makassar',
        'months[0]: must be a month YYYY-MM',
        'events[0].at: must be an ISO 8601 time with an offset, e.g. 2026-11-02T07:41:10+08:00',
        'events[1].nip: is required',
      ]),
    );
    const refs = base();
    refs.employees[1].supervisor = '199001012015011999';
    refs.employees[1].office = 'kantor-z';
    expect(problemsOf(refs)).toEqual([
      'employees[1].office: unknown office "kantor-z"',
      'employees[1].supervisor: no employee has NIP 199001012015011999',
    ]);
    const unquoted = base();
    // What YAML makes of an unquoted NIP: a number that has lost its last digits.
    unquoted.employees[0].nip = Number('197501012000031001');
    expect(problemsOf(unquoted)).toContain('employees[0].nip: must be an 18-digit NIP in quotes');
  });

  it('needs exactly one action per event', () => {
    const doc = base();
    doc.events[3].check_out = doc.events[3].check_in;
    expect(problemsOf(doc)[0]).toMatch(/^events\[3\]: needs exactly one of check_in, check_out/);
  });

  it('exits 2 with the message on stderr and nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sipolima-sim-'));
    const doc = base();
    doc.events[4] = { ...doc.events[2], check_in: { lat: 95, lon: 122.6, accuracy_m: 5 } };
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, stringify(doc));
    const run = simulate(file);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('events[4].check_in.lat: must be between -90 and 90');
    expect(simulate(join(dir, 'missing.yaml')).status).toBe(2);
  });

  it('prints the result, with explanations under --explain', () => {
    const run = simulate(resolve('test/scenarios/15-closed-month.yaml'), '--explain');
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.rule_set).toBe('default-2026');
    const [first] = result.months[0].employees;
    expect(first.explanation[0]).toContain('Aturan TPP yang dipakai: versi default-2026');
  });
});
