#!/usr/bin/env node
// The `sipolima` command. The product is TypeScript run through tsx's loader, so the
// same sources serve, test and simulate without a separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
