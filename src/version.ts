import { readFileSync } from 'node:fs';

/** The package version, read once; shown by /api/health and `sipolima --version`. */
export const version: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;
