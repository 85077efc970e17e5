#!/usr/bin/env node
// Regenerates the SQL migrations from the schema: drizzle-kit's generated DDL, then the
// hand-written SQL in src/db/sql (triggers, constraints drizzle cannot express) as a
// custom migration. Until the first release the history is rebuilt from empty each time.
// TODO(#2): once a deployment exists, stop wiping and generate forward-only migrations.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const kit = ['drizzle-kit', 'generate', '--config', 'drizzle.config.ts'];
rmSync('drizzle', { recursive: true, force: true });
execFileSync('npx', [...kit, '--name', 'init'], { stdio: 'inherit' });
execFileSync('npx', [...kit, '--custom', '--name', 'hand_written'], { stdio: 'inherit' });
const custom = readdirSync('drizzle').find((f) => f.endsWith('_hand_written.sql'));
const parts = readdirSync('src/db/sql')
  .filter((f) => f.endsWith('.sql'))
  .sort()
  .map((f) => readFileSync(join('src/db/sql', f), 'utf8').trim());
writeFileSync(join('drizzle', custom), `${parts.join('\n--> statement-breakpoint\n')}\n`);
console.log(`wrote drizzle/${custom}`);
