import type { Config } from '../config';
import type { Database } from '../db/client';

/** What every route and service receives: no module reaches for globals. */
export type AppContext = {
  config: Config;
  database: Database;
  /** The clock is injected so tests and the scenario runner can set the time. */
  now: () => Date;
};

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}
