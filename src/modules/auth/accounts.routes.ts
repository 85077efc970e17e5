import type { FastifyInstance } from 'fastify';
import { fail } from '../../http/errors';
import { stdErrors, zodApp } from '../../http/route-helpers';
import {
  accountIdParams,
  accountList,
  accountView,
  createAccountBody,
  listAccountsQuery,
  resetPasswordBody,
  setRolesBody,
} from './accounts.schema';
import {
  createAccount,
  listAccountsFor,
  loadAccount,
  resetPassword,
  resolveNewAccount,
  setAccountActive,
  setAccountRoles,
} from './accounts.service';
import type { AccountRow } from './accounts.store';
import { requireActor } from './auth.hook';
import { okResponse } from './auth.schema';
import { can } from './permissions';

const tags = ['accounts'];

/** Account administration: admin BKPSDM city-wide, admin OPD for its agency's employees. */
export async function accountRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { database, now } = app.ctx;
  const db = database.db;

  app.get(
    '/api/accounts',
    {
      schema: {
        tags,
        summary: 'List accounts (admin OPD: accounts of its own agency’s employees)',
        querystring: listAccountsQuery,
        response: { 200: accountList, ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { agencyId, ...rest } = req.query;
      // Without a filter, city-wide readers see everything and an agency admin its agency.
      const scope = agencyId ?? (can(actor, 'account.read') ? null : actor.adminAgencyId);
      if (!can(actor, 'account.read', { agencyId: scope })) throw fail('forbidden');
      const { rows, total } = await listAccountsFor(db, { ...rest, employeeAgencyId: scope });
      return { items: rows.map(present), total };
    },
  );

  app.get(
    '/api/accounts/:id',
    {
      schema: {
        tags,
        summary: 'One account',
        params: accountIdParams,
        response: { 200: accountView, ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { account, scope } = await loadAccount(db, req.params.id);
      if (!can(actor, 'account.read', scope)) throw fail('forbidden');
      return present(account);
    },
  );

  app.post(
    '/api/accounts',
    {
      schema: {
        tags,
        summary: 'Create an account for an employee (username = NIP) or a non-employee',
        description:
          'Granting admin_opd, admin_bkpsdm, keuangan or inspektorat is for admin BKPSDM only.',
        body: createAccountBody,
        response: { 201: accountView, ...stdErrors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const target = await resolveNewAccount(db, req.body);
      const { agencyId, grantedRoles } = target;
      if (!can(actor, 'account.write', { agencyId, grantedRoles })) throw fail('forbidden');
      const account = await createAccount(db, actor, target, now());
      req.log.info({ accountId: account.id }, 'account created');
      return reply.status(201).send(present(account));
    },
  );

  app.post(
    '/api/accounts/:id/password',
    {
      schema: {
        tags,
        summary: 'Set a new password for a user; ends all their sessions',
        params: accountIdParams,
        body: resetPasswordBody,
        response: { 200: okResponse, ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { account, scope } = await loadAccount(db, req.params.id);
      if (!can(actor, 'account.write', scope)) throw fail('forbidden');
      await resetPassword(db, actor, account.id, req.body.password, now());
      req.log.info({ accountId: account.id }, 'account password reset');
      return { ok: true as const };
    },
  );

  for (const [path, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    app.post(
      `/api/accounts/:id/${path}`,
      {
        schema: {
          tags,
          summary: `${active ? 'Reactivate' : 'Deactivate'} an account; ends its sessions`,
          params: accountIdParams,
          response: { 200: accountView, ...stdErrors },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const { account, scope } = await loadAccount(db, req.params.id);
        if (!can(actor, 'account.write', scope)) throw fail('forbidden');
        const updated = await setAccountActive(db, actor, account.id, active, now());
        req.log.info({ accountId: account.id, active }, 'account activity changed');
        return present(updated);
      },
    );
  }

  app.put(
    '/api/accounts/:id/roles',
    {
      schema: {
        tags,
        summary: 'Replace the granted roles of an account (admin BKPSDM)',
        params: accountIdParams,
        body: setRolesBody,
        response: { 200: accountView, ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { account, scope } = await loadAccount(db, req.params.id);
      // Taking roles away is as privileged as giving them.
      const grantedRoles = [...scope.grantedRoles, ...req.body.roles];
      if (!can(actor, 'account.write', { ...scope, grantedRoles })) throw fail('forbidden');
      const updated = await setAccountRoles(db, actor, account, req.body, now());
      req.log.info({ accountId: account.id }, 'account roles changed');
      return present(updated);
    },
  );
}

function present(a: AccountRow) {
  return {
    ...a,
    lockedUntil: a.lockedUntil?.toISOString() ?? null,
    passwordChangedAt: a.passwordChangedAt.toISOString(),
    createdAt: a.createdAt.toISOString(),
  };
}
