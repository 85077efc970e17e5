import { readFile } from 'node:fs/promises';
import { ScenarioInvalid } from '../modules/simulate/scenario-world';
import { parseScenario, runScenario } from '../modules/simulate/simulate';

const usage = 'Usage: sipolima simulate FILE.yaml [--explain]\n';

/**
 * `sipolima simulate FILE [--explain]` (SCENARIOS.md): prints the month results as JSON.
 * Exit 0 with the result; 2 with `path: reason` lines on stderr when the file is invalid
 * (nothing on stdout then); 1 when the run itself fails.
 */
export async function simulateCommand(args: string[]): Promise<number> {
  const explain = args.includes('--explain');
  const files = args.filter((a) => a !== '--explain');
  if (files.length !== 1 || files[0].startsWith('-')) {
    process.stderr.write(usage);
    return 2;
  }
  const [file] = files;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    process.stderr.write(
      `sipolima simulate: ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (err as Error).message}\n`,
    );
    return 2;
  }
  try {
    const result = await runScenario(parseScenario(text), { explain });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ScenarioInvalid) {
      process.stderr.write(`${err.problems.map((p) => `${file}: ${p}`).join('\n')}\n`);
      return 2;
    }
    process.stderr.write(`sipolima simulate: ${(err as Error).stack ?? err}\n`);
    return 1;
  }
}
