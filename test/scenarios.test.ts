import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../src/modules/simulate/simulate';
import { createTestDatabase, testEngine } from './support/test-database';

/**
 * Every scenario file of test/scenarios and of ../shared/scenarios (when present) runs
 * through the simulate code path in-process, and each expectation beside it is checked
 * with the semantics of /work/shared/tools/check-scenarios: a path into the result
 * (`months[0].employees[nip=…].days[date=…].status`), `codes` compared as sets, and
 * decimal-looking strings compared as decimals.
 */

type Expectation = { path: string; equals: unknown };

const folders = [resolve('test/scenarios'), resolve('../shared/scenarios')].filter(existsSync);

function walk(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? []) {
    if (part.startsWith('[')) {
      const key = part.slice(1, -1);
      if (key.includes('=')) {
        const [k, v] = [key.slice(0, key.indexOf('=')), key.slice(key.indexOf('=') + 1)];
        const hit = (cur as Array<Record<string, unknown>>).find((x) => String(x[k]) === v);
        if (!hit) throw new Error(`${path}: no element with ${k}=${v}`);
        cur = hit;
      } else {
        cur = (cur as unknown[])[Number(key)];
      }
    } else {
      cur = (cur as Record<string, unknown>)[part];
    }
    if (cur === undefined) throw new Error(`${path}: missing at ${part}`);
  }
  return cur;
}

function same(got: unknown, want: unknown, path: string): boolean {
  if (path.endsWith('.codes') && Array.isArray(got) && Array.isArray(want)) {
    return JSON.stringify(got.map(String).sort()) === JSON.stringify(want.map(String).sort());
  }
  if (typeof want === 'string' && /^-?\d+(\.\d+)?$/.test(want)) {
    try {
      return new Decimal(String(got)).equals(want);
    } catch {
      return false;
    }
  }
  return JSON.stringify(got) === JSON.stringify(want);
}

for (const folder of folders) {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  describe(`scenarios in ${basename(folder)} (${testEngine})`, () => {
    for (const file of files) {
      it(file, async () => {
        const expect_ = JSON.parse(
          readFileSync(join(folder, file.replace(/\.yaml$/, '.expect.json')), 'utf8'),
        ) as Expectation[];
        const scenario = parseScenario(readFileSync(join(folder, file), 'utf8'));
        const database = await createTestDatabase();
        let result: unknown;
        try {
          result = await runScenario(scenario, { database, explain: true });
        } finally {
          await database.close();
        }
        const failures = expect_
          .map((e) => {
            let got: unknown;
            try {
              got = walk(result, e.path);
            } catch (err) {
              return `${e.path}: ${(err as Error).message}`;
            }
            return same(got, e.equals, e.path)
              ? null
              : `${e.path}: got ${JSON.stringify(got)}, want ${JSON.stringify(e.equals)}`;
          })
          .filter(Boolean);
        expect(failures).toEqual([]);
        expect(expect_.length).toBeGreaterThan(0);
      });
    }
  });
}
