import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { type Action, actions, can, type Resource } from './permissions';

const AGENCY = 'agency-dinas-kesehatan';
const OTHER_AGENCY = 'agency-dinas-pendidikan';

function actor(o: Partial<Actor>): Actor {
  return {
    accountId: `acc-${o.employeeId ?? o.roles?.join('-') ?? 'x'}`,
    username: 'u',
    label: 'l',
    roles: [],
    adminAgencyId: null,
    employeeId: null,
    employeeAgencyId: null,
    ip: '10.0.0.1',
    ...o,
  };
}

// People. The atasan supervises `subordinate`; everyone else in the agency reports elsewhere.
const pegawai = actor({ employeeId: 'emp-pegawai', employeeAgencyId: AGENCY });
const atasan = actor({ employeeId: 'emp-atasan', employeeAgencyId: AGENCY });
const adminOpd = actor({ roles: ['admin_opd'], adminAgencyId: AGENCY });
const adminOpdStaff = actor({
  roles: ['admin_opd'],
  adminAgencyId: AGENCY,
  employeeId: 'emp-admin-opd',
  employeeAgencyId: AGENCY,
});
const adminOpdUnscoped = actor({ roles: ['admin_opd'], adminAgencyId: null });
const bkpsdm = actor({ roles: ['admin_bkpsdm'] });
const bkpsdmStaff = actor({
  roles: ['admin_bkpsdm'],
  employeeId: 'emp-bkpsdm',
  employeeAgencyId: OTHER_AGENCY,
});
const keuangan = actor({ roles: ['keuangan'] });
const inspektorat = actor({ roles: ['inspektorat'] });
const nonEmployee = actor({});

/** The subject of a resource: a person, their agency and their direct supervisors. */
const subject = (employeeId: string, agencyId: string, supervisorIds: string[]): Resource => ({
  employeeId,
  agencyId,
  supervisorIds,
});
const selfOf = (a: Actor): Resource => subject(a.employeeId!, a.employeeAgencyId!, ['emp-boss']);
const subordinate = subject('emp-sub', AGENCY, ['emp-atasan']);
const colleague = subject('emp-colleague', AGENCY, ['emp-someone-else']);
const outsider = subject('emp-outsider', OTHER_AGENCY, ['emp-someone-else']);
const ownAgency: Resource = { agencyId: AGENCY };
const otherAgency: Resource = { agencyId: OTHER_AGENCY };

type Row = [string, Actor, Action, Resource, boolean];

const rows: Row[] = [
  // pegawai: own records only
  ['pegawai checks in', pegawai, 'attendance.record', selfOf(pegawai), true],
  ['pegawai reads own attendance', pegawai, 'attendance.read', selfOf(pegawai), true],
  ['pegawai writes own report', pegawai, 'report.write', selfOf(pegawai), true],
  ['pegawai reads own report', pegawai, 'report.read', selfOf(pegawai), true],
  ['pegawai requests leave', pegawai, 'leave.request', selfOf(pegawai), true],
  ['pegawai reads own TPP', pegawai, 'tpp.read', selfOf(pegawai), true],
  ['pegawai reads own employee record', pegawai, 'employee.read', selfOf(pegawai), true],
  ['pegawai reads colleague attendance', pegawai, 'attendance.read', colleague, false],
  ['pegawai checks in for colleague', pegawai, 'attendance.record', colleague, false],
  ['pegawai writes colleague report', pegawai, 'report.write', colleague, false],
  ['pegawai reads colleague TPP', pegawai, 'tpp.read', colleague, false],
  ['pegawai edits own employee record', pegawai, 'employee.write', selfOf(pegawai), false],
  ['pegawai reads accounts', pegawai, 'account.read', ownAgency, false],
  ['pegawai reads audit', pegawai, 'audit.read', {}, false],
  ['pegawai reads the org tree', pegawai, 'org.read', ownAgency, false],
  // atasan: direct subordinates only
  ['atasan verifies subordinate report', atasan, 'report.verify', subordinate, true],
  ['atasan decides subordinate leave', atasan, 'leave.decide', subordinate, true],
  ['atasan reads subordinate attendance', atasan, 'attendance.read', subordinate, true],
  ['atasan reads subordinate TPP', atasan, 'tpp.read', subordinate, true],
  ['atasan verifies colleague report', atasan, 'report.verify', colleague, false],
  ['atasan decides colleague leave', atasan, 'leave.decide', colleague, false],
  ['atasan reads colleague attendance', atasan, 'attendance.read', colleague, false],
  ['atasan verifies outsider report', atasan, 'report.verify', outsider, false],
  ['atasan writes subordinate report', atasan, 'report.write', subordinate, false],
  ['atasan checks in for subordinate', atasan, 'attendance.record', subordinate, false],
  ['atasan edits subordinate record', atasan, 'employee.write', subordinate, false],
  ['atasan without supervisor list', atasan, 'report.verify', { employeeId: 'emp-sub' }, false],
  // admin_opd: its own agency, never another
  ['admin_opd edits own-agency org', adminOpd, 'org.write', ownAgency, true],
  ['admin_opd edits own-agency employee', adminOpd, 'employee.write', colleague, true],
  ['admin_opd edits own-agency office', adminOpd, 'office.write', ownAgency, true],
  ['admin_opd edits own-agency schedule', adminOpd, 'schedule.write', ownAgency, true],
  ['admin_opd reads own-agency attendance', adminOpd, 'attendance.read', colleague, true],
  ['admin_opd reads own-agency accounts', adminOpd, 'account.read', ownAgency, true],
  ['admin_opd writes plain own-agency account', adminOpd, 'account.write', ownAgency, true],
  ['admin_opd edits other-agency org', adminOpd, 'org.write', otherAgency, false],
  ['admin_opd edits other-agency employee', adminOpd, 'employee.write', outsider, false],
  ['admin_opd reads other-agency attendance', adminOpd, 'attendance.read', outsider, false],
  ['admin_opd reads other-agency accounts', adminOpd, 'account.read', otherAgency, false],
  ['admin_opd writes other-agency account', adminOpd, 'account.write', otherAgency, false],
  ['admin_opd reads all accounts', adminOpd, 'account.read', {}, false],
  ['admin_opd reads accounts of no agency', adminOpd, 'account.read', { agencyId: null }, false],
  [
    'admin_opd writes privileged own-agency account',
    adminOpd,
    'account.write',
    { agencyId: AGENCY, grantedRoles: ['keuangan'] },
    false,
  ],
  [
    'admin_opd grants admin_opd in own agency',
    adminOpd,
    'account.write',
    { agencyId: AGENCY, grantedRoles: ['admin_opd'] },
    false,
  ],
  ['admin_opd reads audit', adminOpd, 'audit.read', {}, false],
  ['admin_opd adds holidays', adminOpd, 'holiday.write', ownAgency, false],
  ['admin_opd closes the month', adminOpd, 'tpp.close', ownAgency, false],
  ['admin_opd writes rule sets', adminOpd, 'ruleset.write', ownAgency, false],
  ['admin_opd verifies own-agency report', adminOpd, 'report.verify', colleague, false],
  ['admin_opd decides own-agency leave', adminOpd, 'leave.decide', colleague, false],
  ['admin_opd checks in for own-agency staff', adminOpd, 'attendance.record', colleague, false],
  ['admin_opd without an agency', adminOpdUnscoped, 'org.write', { agencyId: null }, false],
  ['admin_opd without an agency, no resource', adminOpdUnscoped, 'org.write', {}, false],
  // admin_bkpsdm: city-wide, except acts that are personal
  ['admin_bkpsdm edits any org', bkpsdm, 'org.write', otherAgency, true],
  ['admin_bkpsdm adds holidays', bkpsdm, 'holiday.write', {}, true],
  ['admin_bkpsdm closes the month', bkpsdm, 'tpp.close', {}, true],
  ['admin_bkpsdm writes rule sets', bkpsdm, 'ruleset.write', {}, true],
  ['admin_bkpsdm reads audit', bkpsdm, 'audit.read', {}, true],
  ['admin_bkpsdm reads all accounts', bkpsdm, 'account.read', {}, true],
  [
    'admin_bkpsdm grants roles',
    bkpsdm,
    'account.write',
    { agencyId: null, grantedRoles: ['inspektorat'] },
    true,
  ],
  ['admin_bkpsdm checks in for someone', bkpsdm, 'attendance.record', outsider, false],
  ['admin_bkpsdm writes someone report', bkpsdm, 'report.write', outsider, false],
  ['admin_bkpsdm requests leave for someone', bkpsdm, 'leave.request', outsider, false],
  ['admin_bkpsdm staff checks in', bkpsdmStaff, 'attendance.record', selfOf(bkpsdmStaff), true],
  // keuangan: closed months' TPP and the org tree, nothing else
  [
    'keuangan reads closed-month TPP',
    keuangan,
    'tpp.read',
    { ...outsider, monthClosed: true },
    true,
  ],
  [
    'keuangan reads open-month TPP',
    keuangan,
    'tpp.read',
    { ...outsider, monthClosed: false },
    false,
  ],
  ['keuangan reads TPP, month unknown', keuangan, 'tpp.read', outsider, false],
  ['keuangan reads the org tree', keuangan, 'org.read', otherAgency, true],
  ['keuangan reads attendance', keuangan, 'attendance.read', outsider, false],
  ['keuangan reads audit', keuangan, 'audit.read', {}, false],
  ['keuangan reads accounts', keuangan, 'account.read', {}, false],
  ['keuangan closes the month', keuangan, 'tpp.close', {}, false],
  // inspektorat: reads everything, writes nothing
  ['inspektorat reads audit', inspektorat, 'audit.read', {}, true],
  ['inspektorat reads accounts', inspektorat, 'account.read', {}, true],
  ['inspektorat reads open-month TPP', inspektorat, 'tpp.read', outsider, true],
  ['inspektorat reads reports', inspektorat, 'report.read', outsider, true],
  ['inspektorat verifies a report', inspektorat, 'report.verify', outsider, false],
  ['inspektorat edits an employee', inspektorat, 'employee.write', outsider, false],
  ['inspektorat writes an account', inspektorat, 'account.write', otherAgency, false],
  ['inspektorat closes the month', inspektorat, 'tpp.close', {}, false],
  // an account with no employee and no role can do nothing
  ['role-less account reads org', nonEmployee, 'org.read', ownAgency, false],
  ['role-less account checks in', nonEmployee, 'attendance.record', {}, false],
  ['role-less account, subject unset', nonEmployee, 'tpp.read', { employeeId: null }, false],
];

describe('can', () => {
  it.each(rows)('%s → %s', (_name, who, action, resource, expected) => {
    expect(can(who, action, resource)).toBe(expected);
  });

  describe('nobody verifies or approves for themselves', () => {
    const people: Array<[string, Actor]> = [
      ['pegawai', pegawai],
      ['atasan', atasan],
      ['admin_opd who is an employee', adminOpdStaff],
      ['admin_bkpsdm who is an employee', bkpsdmStaff],
      ['inspektorat who is an employee', { ...inspektorat, employeeId: 'emp-i' }],
    ];
    const approvals: Action[] = ['report.verify', 'leave.decide'];
    for (const [name, who] of people) {
      for (const action of approvals) {
        it(`${name}: ${action} on self, even when listed as own supervisor`, () => {
          const self: Resource = {
            employeeId: who.employeeId,
            agencyId: who.employeeAgencyId ?? AGENCY,
            supervisorIds: [who.employeeId!],
          };
          expect(can(who, action, self)).toBe(false);
        });
      }
    }
  });

  it('gives inspektorat every read and no write', () => {
    for (const action of actions) {
      const isRead = action.endsWith('.read');
      expect([action, can(inspektorat, action, outsider)]).toEqual([action, isRead]);
    }
  });

  it('gives admin_bkpsdm every action except the personal ones', () => {
    const personal: Action[] = ['attendance.record', 'leave.request', 'report.write'];
    for (const action of actions) {
      expect([action, can(bkpsdm, action, outsider)]).toEqual([action, !personal.includes(action)]);
    }
  });

  it('gives admin_opd nothing outside its agency', () => {
    for (const action of actions) {
      expect([action, can(adminOpd, action, outsider)]).toEqual([action, false]);
    }
  });

  it('denies without a resource whatever is scoped', () => {
    for (const action of actions) {
      expect([action, can(pegawai, action)]).toEqual([action, false]);
      expect([action, can(atasan, action)]).toEqual([action, false]);
    }
  });
});
