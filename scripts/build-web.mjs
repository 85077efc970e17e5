#!/usr/bin/env node
// Builds the web client (web/ → web/dist) with Vite, then prints each chunk's gzip size and
// the JavaScript the employee home loads against its budget.
//
//   node scripts/build-web.mjs              build, report, fail when over budget
//   node scripts/build-web.mjs --if-needed  build only when web/dist is missing or older
//                                           than the sources (npm start's prestart)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const webDir = join(root, 'web');
const distDir = join(webDir, 'dist');
const BUDGET_KB = 200;

/** Newest modification time under the given paths (files or folders). */
function newest(paths) {
  let max = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const f of readdirSync(p)) walk(join(p, f));
    else max = Math.max(max, s.mtimeMs);
  };
  for (const p of paths) walk(p);
  return max;
}

function isUpToDate() {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  const sources = newest([
    join(webDir, 'src'),
    join(webDir, 'public'),
    join(webDir, 'index.html'),
    join(webDir, 'vite.config.ts'),
  ]);
  return statSync(index).mtimeMs >= sources;
}

const flatten = (obj, prefix = '') =>
  Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flatten(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
const baseKey = (k) => k.replace(/_(zero|one|two|few|many|other)$/, '');

/** Both languages have the same keys, and every literal key in the code exists. */
function checkTranslations() {
  const read = (lng) => JSON.parse(readFileSync(join(webDir, 'src/i18n', `${lng}.json`), 'utf8'));
  const id = read('id');
  const ids = new Set(flatten(id).map(baseKey));
  const ens = new Set(flatten(read('en')).map(baseKey));
  const problems = [];
  for (const k of ids) if (!ens.has(k)) problems.push(`en.json lacks ${k}`);
  for (const k of ens) if (!ids.has(k)) problems.push(`id.json lacks ${k}`);
  const namespaces = Object.keys(id).join('|');
  const literal = new RegExp(`['"\`]((?:${namespaces})\\.[A-Za-z0-9_.]+)['"\`]`, 'g');
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  for (const file of walk(join(webDir, 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(literal)) {
      const key = m[1].replace(/\.$/, '');
      if (!ids.has(key) && !flatten(id).some((k) => k.startsWith(`${key}.`))) {
        problems.push(`${relative(root, file)}: unknown key ${key}`);
      }
    }
  }
  return problems;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Sizes from the Vite manifest: every chunk, and the ones the employee home loads. */
function report() {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const gz = (file) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  const raw = (file) => statSync(join(distDir, file)).size;

  // The home screen is in the entry chunk; its static imports load with it. Lazy screens
  // (dynamic imports) are not part of it.
  const homeJs = new Set();
  const homeCss = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || homeJs.has(chunk.file)) return;
    homeJs.add(chunk.file);
    for (const css of chunk.css ?? []) homeCss.add(css);
    for (const imp of chunk.imports ?? []) visit(imp);
  };
  visit('index.html');
  if (existsSync(join(distDir, 'registerSW.js'))) homeJs.add('registerSW.js');

  const assets = readdirSync(join(distDir, 'assets')).map((f) => `assets/${f}`);
  const rows = [
    ...assets,
    ...['registerSW.js', 'sw.js'].filter((f) => existsSync(join(distDir, f))),
  ]
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => ({ file: f, raw: raw(f), gzip: gz(f), home: homeJs.has(f) || homeCss.has(f) }))
    .sort((a, b) => b.gzip - a.gzip);
  const width = Math.max(...rows.map((r) => r.file.length));
  console.log(`\n${'chunk'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
  for (const r of rows) {
    console.log(
      `${r.file.padEnd(width)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}${r.home ? '  ← home' : ''}`,
    );
  }
  const homeTotal = [...homeJs].reduce((s, f) => s + gz(f), 0);
  const cssTotal = [...homeCss].reduce((s, f) => s + gz(f), 0);
  const verdict = homeTotal <= BUDGET_KB * 1024 ? 'within' : 'OVER';
  console.log(
    `\nemployee home JavaScript: ${kb(homeTotal)} gzip of ${BUDGET_KB} KB budget (${verdict}); ` +
      `CSS ${kb(cssTotal)} gzip`,
  );
  return verdict === 'within';
}

async function main() {
  const ifNeeded = process.argv.includes('--if-needed');
  if (ifNeeded && isUpToDate()) {
    console.log('[build-web] web/dist is up to date');
    return 0;
  }
  // The client is always a production build. A caller's NODE_ENV (vitest sets "test" for
  // the browser tests that build on demand) would otherwise give React's development build,
  // a third larger, and a client that is not what `npm start` serves.
  process.env.NODE_ENV = 'production';
  let vite;
  try {
    vite = await import('vite');
  } catch {
    // A production install without dev dependencies: serve the API without the client.
    console.warn('[build-web] vite is not installed (npm install without --omit=dev?); skipped');
    return ifNeeded ? 0 : 1;
  }
  const problems = checkTranslations();
  if (problems.length) {
    console.error(`[build-web] translation problems:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  const { makeIcons, ICONS } = await import('../web/scripts/make-icons.mjs');
  if (ICONS.some((i) => !existsSync(join(webDir, 'public/icons', i.file)))) makeIcons();
  await vite.build({ configFile: join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  return report() ? 0 : 1;
}

process.exitCode = await main();
