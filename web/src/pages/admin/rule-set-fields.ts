import { LEAVE_KINDS } from '../../../../src/modules/attendance/rules/attendance-day.rules';
import { DEDUCTION_CODES, DEFAULT_RULE_SET } from '../../../../src/modules/tpp/rules/rule-set';
import type { RuleSet } from '../../api/types';

/**
 * The rule-set form's fields, as flat names ('deduction_pct.TK', 'band_upper_minutes.0'),
 * and the pure steps between a version, the form's edits and the API body.
 */

/** How a field is typed and checked; also picks its hint and its error message. */
export type FieldKind =
  | 'share'
  | 'percent'
  | 'minutes'
  | 'days'
  | 'metres'
  | 'hours'
  | 'dayOfMonth';

export type Field = { name: string; kind: FieldKind };
export type FieldGroup = { key: string; fields: Field[] };

export const FIELD_GROUPS: FieldGroup[] = [
  {
    key: 'parts',
    fields: [
      { name: 'discipline_share', kind: 'share' },
      { name: 'performance_share', kind: 'share' },
    ],
  },
  {
    key: 'deductions',
    fields: DEDUCTION_CODES.map((code) => ({ name: `deduction_pct.${code}`, kind: 'percent' })),
  },
  {
    key: 'limits',
    fields: [
      { name: 'band_upper_minutes.0', kind: 'minutes' },
      { name: 'band_upper_minutes.1', kind: 'minutes' },
      { name: 'band_upper_minutes.2', kind: 'minutes' },
      { name: 'grace_minutes', kind: 'minutes' },
      { name: 'daily_cap_pct', kind: 'percent' },
      { name: 'monthly_cap_pct', kind: 'percent' },
    ],
  },
  {
    key: 'checkIn',
    fields: [
      { name: 'accuracy_limit_m', kind: 'metres' },
      { name: 'offline_max_age_hours', kind: 'hours' },
    ],
  },
  {
    key: 'performance',
    fields: [
      { name: 'target_minutes_per_day', kind: 'minutes' },
      { name: 'entry_deadline_days', kind: 'days' },
      { name: 'verification_deadline_day', kind: 'dayOfMonth' },
    ],
  },
  {
    key: 'leave',
    fields: [
      { name: 'free_special_leave_days', kind: 'days' },
      { name: 'special_leave_deduction_pct', kind: 'percent' },
      { name: 'permission_deduction_pct', kind: 'percent' },
    ],
  },
];

export const LEAVE_KIND_CHOICES: readonly string[] = LEAVE_KINDS;

const KIND_OF = new Map(FIELD_GROUPS.flatMap((g) => g.fields).map((f) => [f.name, f.kind]));
const isDecimal = (kind: FieldKind | undefined) => kind === 'share' || kind === 'percent';

export type FieldValue = string | boolean | string[];
export type Edits = Record<string, FieldValue>;

/** The version in force on a day: the newest starting on or before it. */
export function versionInForce(sets: RuleSet[], day: string): RuleSet {
  const earlier = sets
    .filter((s) => s.valid_from <= day)
    .sort((a, b) => b.valid_from.localeCompare(a.valid_from));
  // Before every stored version the server falls back to the product's default.
  return earlier[0] ?? (DEFAULT_RULE_SET as unknown as RuleSet);
}

/** A field's value in a version, as the form shows it (numbers as text). */
export function valueIn(set: RuleSet, name: string): FieldValue {
  const [head, sub] = name.split('.');
  const value = (set as Record<string, unknown>)[head];
  if (sub !== undefined) return String((value as Record<string, unknown>)[sub]);
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(String);
  return String(value);
}

/** What the API expects for a typed field: a decimal string, a number, or the value itself. */
function toApi(name: string, value: FieldValue): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim().replace(',', '.');
  if (isDecimal(KIND_OF.get(name))) return text;
  // Anything that is not a number stays text, so the schema names the field.
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

function same(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join() === [...b].sort().join();
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.trim().replace(',', '.');
    const y = b.trim().replace(',', '.');
    return x === y || (x !== '' && y !== '' && Number(x) === Number(y));
  }
  return a === b;
}

/**
 * The `values` of a new version: only the fields edited away from the version in force on
 * its first day. The server copies every other field from that version.
 */
export function changedValues(base: RuleSet, edits: Edits): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const deductions: Record<string, unknown> = {};
  let bandsChanged = false;
  for (const [name, edited] of Object.entries(edits)) {
    if (same(edited, valueIn(base, name))) continue;
    const [head, sub] = name.split('.');
    if (head === 'deduction_pct') deductions[sub] = toApi(name, edited);
    else if (head === 'band_upper_minutes') bandsChanged = true;
    else values[head] = toApi(name, edited);
  }
  if (Object.keys(deductions).length) values.deduction_pct = deductions;
  // The bands are one tuple: a change to one sends all three.
  if (bandsChanged) {
    values.band_upper_minutes = [0, 1, 2].map((i) => {
      const name = `band_upper_minutes.${i}`;
      return toApi(name, edits[name] ?? valueIn(base, name));
    });
  }
  return values;
}

/** The form field a schema or server error path belongs to ('values.deduction_pct.TK'). */
export function fieldOfPath(path: string): string {
  const name = path.replace(/^values\./, '');
  return name.startsWith('band_upper_minutes') ? 'band_upper_minutes' : name;
}

export function kindOf(name: string): FieldKind | undefined {
  return KIND_OF.get(name);
}
