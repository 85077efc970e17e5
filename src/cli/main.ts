import { version } from '../version';

type Command = {
  summary: string;
  run: (args: string[]) => Promise<number>;
};

/** Commands load their modules lazily so `sipolima simulate` does not pay for the server. */
const commands: Record<string, Command> = {
  serve: {
    summary: 'serve the API and the web app (migrates; loads the demo city when DEMO is on)',
    run: async (args) => (await import('./serve.command')).serveCommand(args),
  },
  migrate: {
    summary: 'apply the database migrations and exit',
    run: async (args) => (await import('./migrate.command')).migrateCommand(args),
  },
  demo: {
    summary: 'load the demo city into an empty database',
    run: async (args) => (await import('./demo.command')).demoCommand(args),
  },
  import: {
    summary:
      'import positions or employees from CSV/XLSX: import positions|employees FILE [--partial]',
    run: async (args) => (await import('./import.command')).importCommand(args),
  },
  simulate: {
    summary: 'play a scenario file and print the month results as JSON: simulate FILE [--explain]',
    run: async (args) => (await import('./simulate.command')).simulateCommand(args),
  },
  'copy-to-postgres': {
    summary: 'copy the embedded database into an empty PostgreSQL database: copy-to-postgres URL',
    run: async (args) => (await import('./copy-to-postgres.command')).copyToPostgresCommand(args),
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(18)} ${c.summary}`);
  return `sipolima ${version}\n\nUsage: sipolima <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`sipolima: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}
