import { api } from './http';
import type {
  Activity,
  Agency,
  AttendanceMonth,
  AuditEntry,
  CheckAccepted,
  CheckBody,
  CheckKind,
  ClientConfig,
  CloseSummary,
  Employee,
  Holiday,
  ImportReport,
  LeaveBalance,
  LeaveRequest,
  Me,
  Office,
  Page,
  Position,
  QueueGroup,
  ReportItem,
  RuleSet,
  TeamToday,
  TodayStatus,
  TppMonth,
  TppResult,
  TppResultsPage,
} from './types';

/** Every server route the client calls, in one place, so a changed contract is one edit. */

export const platformApi = {
  clientConfig: () => api<ClientConfig>('/api/client-config'),
};

export const authApi = {
  me: () => api<Me>('/api/auth/me'),
  login: (body: { username: string; password: string }) =>
    api<{ ok: true }>('/api/auth/login', { body }),
  logout: () => api<{ ok: true }>('/api/auth/logout', { method: 'POST', body: {} }),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    api<{ ok: true }>('/api/auth/password', { body }),
};

export const attendanceApi = {
  check: (kind: CheckKind, body: CheckBody) =>
    api<CheckAccepted>(`/api/attendance/${kind}`, { body }),
  today: () => api<TodayStatus>('/api/attendance/today'),
  /** Today's board of the caller's direct subordinates; empty for anyone else. */
  teamToday: () => api<TeamToday>('/api/attendance/team-today'),
  days: (query: { employeeId?: string; month: string }) =>
    api<AttendanceMonth>('/api/attendance/days', { query }),
  holidays: (year: number) => api<{ items: Holiday[] }>('/api/holidays', { query: { year } }),
  /** Local holidays only; national ones and cuti bersama ship as data. */
  addHoliday: (body: { date: string; name: string }) => api<Holiday>('/api/holidays', { body }),
};

export const leaveApi = {
  request: (body: { kind: string; from: string; to: string; reason?: string | null }) =>
    api<LeaveRequest>('/api/leave', { body }),
  mine: () => api<LeaveRequest[] | Page<LeaveRequest>>('/api/leave/mine'),
  pending: () => api<LeaveRequest[] | Page<LeaveRequest>>('/api/leave/pending'),
  decide: (id: string, body: { decision: 'approve' | 'refuse'; note?: string | null }) =>
    api<LeaveRequest>(`/api/leave/${id}/decision`, { body }),
  balance: () => api<LeaveBalance>('/api/leave/balance'),
};

export type ReportItemBody = {
  date: string;
  activityId?: string;
  quantity?: number;
  task?: string;
  start?: string;
  end?: string;
  output: string;
  submit?: boolean;
};

export const reportsApi = {
  activities: () => api<Activity[] | Page<Activity>>('/api/activities/mine'),
  addItem: (body: ReportItemBody) => api<ReportItem>('/api/reports/items', { body }),
  patchItem: (id: string, body: Partial<ReportItemBody>) =>
    api<ReportItem>(`/api/reports/items/${id}`, { method: 'PATCH', body }),
  items: (query: { from: string; to: string }) =>
    api<ReportItem[] | Page<ReportItem>>('/api/reports/items', { query }),
  queue: () => api<{ groups: QueueGroup[] }>('/api/reports/queue'),
  verify: (
    id: string,
    body: { decision: 'approve' | 'reject' | 'revise'; reason?: string | null },
  ) => api<ReportItem>(`/api/reports/items/${id}/verify`, { body }),
  bulkApprove: (itemIds: string[]) =>
    api<{ approved: string[]; refused: Array<{ itemId: string; code: string }> }>(
      '/api/reports/bulk-approve',
      { body: { itemIds } },
    ),
  evidenceUrl: (evidenceId: string) => `/api/reports/evidence/${evidenceId}`,
  uploadEvidence: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api<unknown>(`/api/reports/items/${id}/evidence`, { method: 'POST', body: form });
  },
};

type ResultsQuery = {
  month: string;
  agencyId?: string;
  employeeId?: string;
  limit?: number;
  offset?: number;
};

const tppResults = (query: ResultsQuery) => api<TppResultsPage>('/api/tpp/results', { query });

export const tppApi = {
  months: () => api<{ items: TppMonth[] }>('/api/tpp/months'),
  close: (month: string) => api<CloseSummary>(`/api/tpp/months/${month}/close`, { body: {} }),
  results: tppResults,
  /**
   * Every result of a month for a selection (agency or all), page after page: the recap's
   * totals must cover the whole selection, and one page holds at most 1,000 rows.
   */
  allResults: async (query: { month: string; agencyId?: string }) => {
    const limit = 1000;
    const first = await tppResults({ ...query, limit, offset: 0 });
    const items = [...first.items];
    while (items.length < first.total) {
      const next = await tppResults({ ...query, limit, offset: items.length });
      if (next.items.length === 0) break;
      items.push(...next.items);
    }
    return { ...first, items };
  },
  result: (month: string, employeeId: string) =>
    api<TppResult>(`/api/tpp/results/${month}/${employeeId}`),
  recapUrl: (month: string, agencyId?: string) =>
    `/api/tpp/recap.xlsx?${new URLSearchParams({ month, ...(agencyId ? { agencyId } : {}) })}`,
  ruleSets: () => api<{ items: RuleSet[] }>('/api/tpp/rule-sets'),
  /** A new version: fields left out of `values` keep the version in force on valid_from. */
  createRuleSet: (body: { id: string; valid_from: string; values: Record<string, unknown> }) =>
    api<RuleSet>('/api/tpp/rule-sets', { body }),
};

type PageQuery = { q?: string; limit?: number; offset?: number; agencyId?: string };

export const orgApi = {
  agencies: (query: PageQuery) => api<Page<Agency>>('/api/org/agencies', { query }),
  createAgency: (body: { code: string; name: string; kind: string }) =>
    api<Agency>('/api/org/agencies', { body }),
  positions: (query: PageQuery) => api<Page<Position>>('/api/org/positions', { query }),
  createPosition: (body: Record<string, unknown>) => api<Position>('/api/org/positions', { body }),
  employees: (query: PageQuery) => api<Page<Employee>>('/api/org/employees', { query }),
  offices: (query: PageQuery) => api<Page<Office>>('/api/org/offices', { query }),
  createOffice: (body: Omit<Office, 'id' | 'agencyId'> & { agencyId?: string | null }) =>
    api<Office>('/api/org/offices', { body }),
  updateOffice: (id: string, body: Partial<Omit<Office, 'id'>>) =>
    api<Office>(`/api/org/offices/${id}`, { method: 'PATCH', body }),
  importFile: (
    kind: 'employees' | 'positions',
    body: { filename: string; contentBase64: string; partial: boolean },
  ) => api<ImportReport>(`/api/org/import/${kind}`, { body }),
};

export const auditApi = {
  list: (query: {
    action?: string;
    entity?: string;
    from?: string;
    to?: string;
    limit: number;
    offset: number;
  }) => api<Page<AuditEntry>>('/api/audit', { query }),
};

/** Lists come as a bare array or as a page; the screens want the array. */
export function itemsOf<T>(data: T[] | { items: T[] } | undefined | null): T[] {
  if (!data) return [];
  return Array.isArray(data) ? data : (data.items ?? []);
}
