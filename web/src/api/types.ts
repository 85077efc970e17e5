/**
 * Response shapes of the server routes the client uses. Org, auth and audit mirror the
 * server's zod schemas; attendance, leave, reports and TPP follow the contracts agreed for
 * issue #4 while their routes are being written, and every field the client is unsure of
 * is optional so that a slightly different answer degrades instead of crashing.
 */

export type Me = {
  accountId: string;
  username: string;
  label: string;
  roles: string[];
  adminAgencyId: string | null;
  employeeId: string | null;
  employeeAgencyId: string | null;
  isSupervisor: boolean;
};

/** src/http/client-config.routes.ts: public settings the client reads before login. */
export type ClientConfig = { tileUrl: string; timezone: string };

export type Page<T> = { items: T[]; total: number; limit?: number; offset?: number };

// ── attendance ─────────────────────────────────────────────────────────────────────

export type CheckKind = 'check-in' | 'check-out';

export type CheckBody = {
  clientId: string;
  lat: number;
  lon: number;
  accuracyM: number;
  deviceAt?: string;
  offline?: boolean;
  mocked?: boolean;
};

/** src/modules/attendance/attendance.schema.ts checkInAccepted. */
export type CheckAccepted = {
  status: 'accepted';
  eventId?: string;
  at: string;
  attendanceDate: string | null;
  officeName: string | null;
  timezone?: string;
  zoneLabel: string;
  message: string;
  repeated: boolean;
  offline: boolean;
  offshift: boolean;
  dutyAnywhere?: boolean;
};

/** src/modules/attendance/attendance.schema.ts todayResponse. */
export type TodayStatus = {
  date: string;
  timezone: string;
  zoneLabel: string;
  schedule: { code: string; name: string; kind: 'weekly' | 'shift' };
  shifts: Array<{ start: string; end: string; startLocal: string; endLocal: string }>;
  holiday: { name: string; kind: string } | null;
  onDuty: boolean;
  events: Array<{
    id: string;
    kind: 'check_in' | 'check_out';
    at: string;
    status: 'accepted' | 'refused';
    reason: string | null;
    offline: boolean;
    officeCode: string | null;
    /** Outside every schedule window: stored, but it counts for no day. */
    offshift?: boolean;
    attendanceDate?: string | null;
  }>;
  /** Today's check-in that counts (the first in today's window), or null. */
  checkIn?: { at: string } | null;
  /** Today's check-out that counts (the last in today's window), or null. */
  checkOut?: { at: string } | null;
  offices: Array<{ id: string; code: string; name: string; timezone: string; zoneLabel: string }>;
};

/** src/modules/tpp/tpp.schema.ts dayOut. */
export type AttendanceDay = {
  date: string;
  status: string;
  kind?: string;
  codes: string[];
  late_minutes: number | null;
  early_leave_minutes: number | null;
  /** Percent of the discipline part, as a decimal string ("0.5"). */
  deduction_pct: string;
  /** The day is not over yet (live view): no TK or missing check-out is charged. */
  pending?: boolean;
  check_in?: string;
  check_out?: string;
};

export type AttendanceMonth = {
  employeeId: string;
  name: string;
  month: string;
  closed: boolean;
  workingDays: number;
  absentDays: number;
  deductionPct: string;
  days: AttendanceDay[];
  explanation: string[];
};

/** src/modules/attendance/team.service.ts TEAM_STATUSES: where a person stands today so far. */
export type TeamStatus = 'present' | 'late' | 'not_yet' | 'leave' | 'duty' | 'off' | 'holiday';

/** src/modules/attendance/team.routes.ts member. */
export type TeamMember = {
  employeeId: string;
  nip: string;
  name: string;
  positionName: string | null;
  status: TeamStatus;
  /** The leave kind on a leave or duty day. */
  kind: string | null;
  /** 'HH:MM' in the office's zone. */
  checkIn: string | null;
  checkOut: string | null;
  lateMinutes: number | null;
};

export type TeamToday = { date: string; members: TeamMember[] };

// ── leave ──────────────────────────────────────────────────────────────────────────

/** src/modules/leave/leave.schema.ts leaveResponse (+ employee when pending). */
export type LeaveRequest = {
  id: string;
  employeeId: string;
  kind: string;
  from: string;
  to: string;
  workingDays: number;
  reason: string | null;
  status: string;
  decisionNote: string | null;
  createdAt: string;
  needsDoctorLetter?: boolean;
  employee?: { id: string; nip: string; name: string };
};

export type LeaveBalance = {
  year: number;
  entitlement: number;
  carryOver: number;
  cutiBersama: number;
  approved: number;
  pending: number;
  remaining: number;
};

// ── reports ────────────────────────────────────────────────────────────────────────

export type Activity = { id: string; code: string; name: string; unit: string; minutes: number };

export type Evidence = {
  id: string;
  itemId?: string;
  filename: string;
  mime: string;
  size?: number;
};

/** src/modules/performance/report.schema.ts reportItemResponse. */
export type ReportItem = {
  id: string;
  employeeId: string;
  date: string;
  kind: 'duty' | 'task';
  activity: { id: string; code: string; name: string; unit: string } | null;
  quantity: number | null;
  task: string | null;
  start: string | null;
  end: string | null;
  minutes: number;
  output: string;
  status: string;
  reason: string | null;
  evidence: Evidence[];
  flags?: string[];
};

export type QueueDay = {
  date: string;
  scheduledMinutes: number;
  reportedMinutes: number;
  leaveKind: string | null;
  flags: string[];
  items: ReportItem[];
};

export type QueueGroup = {
  employee: { id: string; nip: string; name: string };
  days: QueueDay[];
};

// ── TPP ────────────────────────────────────────────────────────────────────────────

export type TppMonth = {
  month: string;
  status: string;
  closedAt: string | null;
  employeeCount: number | null;
};

export type TppSummary = {
  employeeId: string;
  nip: string;
  name: string;
  rank?: string;
  positionName?: string | null;
  agencyId: string;
  base: number;
  disciplinePaid: number;
  performancePaid: number;
  adjustments: number;
  total: number;
  deductionPct: string;
  productivityPct: string;
  verifiedMinutes: number;
  targetMinutes: number;
  workingDays: number;
  absentDays: number;
};

export type TppResult = TppSummary & {
  month: string;
  closed: boolean;
  ruleSetId: string | null;
  days?: AttendanceDay[];
  explanation: string[];
};

export type TppResultsPage = {
  month: string;
  closed: boolean;
  items: TppSummary[];
  total: number;
};

export type CloseSummary = {
  month: string;
  status: 'closed';
  employeeCount: number;
  totalPaid: number;
  lateVerifiers: Array<{ name: string | null; pendingItems: number; employees: number }>;
};

// ── org ────────────────────────────────────────────────────────────────────────────

export type Agency = {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  active: boolean;
};

export type Position = {
  id: string;
  code: string;
  name: string;
  type: string;
  kelasJabatan: number;
  agencyId: string;
  unitId: string | null;
  parentId: string | null;
  shiftBased: boolean;
};

export type Employee = {
  id: string;
  nip: string;
  displayName: string;
  name: string;
  status: string;
  rank: string;
  gender: string;
  agencyId: string;
  positionId: string | null;
  officeIds: string[];
  schedule: string;
  active: boolean;
};

export type Office = {
  id: string;
  code: string;
  name: string;
  agencyId: string | null;
  timezone: string;
  lat: number;
  lon: number;
  radiusM: number | null;
  polygon: Array<[number, number]> | null;
};

export type ImportReport = {
  ok: boolean;
  created: number;
  updated: number;
  errors: Array<{ row: number; column: string; reason: string }>;
};

export type AuditEntry = {
  id: number;
  at: string;
  actorAccountId: string | null;
  actorLabel: string;
  ip: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  details: unknown;
};

export type Holiday = { id: string; date: string; name: string; kind: string };

/** src/modules/tpp/rule-set.routes.ts ruleSetOut: a version with every field, decimals as strings. */
export type RuleSet = {
  id: string;
  valid_from: string;
  discipline_share: string;
  performance_share: string;
  deduction_pct: Record<string, string>;
  band_upper_minutes: number[];
  daily_cap_pct: string;
  monthly_cap_pct: string;
  grace_minutes: number;
  accuracy_limit_m: number;
  offline_max_age_hours: number;
  target_minutes_per_day: number;
  free_special_leave_days: number;
  special_leave_deduction_pct: string;
  permission_deduction_pct: string;
  prorated_leave_kinds: string[];
  auto_approve_unverified: boolean;
  entry_deadline_days: number;
  verification_deadline_day: number;
};
