/**
 * Indonesian formatting through Intl (id-ID): dates, times in the office's zone with its
 * label, Rupiah and minutes. Every formatter takes the zone explicitly: the phone's own
 * zone is irrelevant, the office's counts.
 */

const LOCALE = 'id-ID';

/** The Indonesian label of a zone: WIB, WITA, WIT; other zones fall back to the UTC offset. */
export function zoneLabel(timeZone: string): string {
  const labels: Record<string, string> = {
    'Asia/Jakarta': 'WIB',
    'Asia/Pontianak': 'WIB',
    'Asia/Makassar': 'WITA',
    'Asia/Ujung_Pandang': 'WITA',
    'Asia/Jayapura': 'WIT',
  };
  if (labels[timeZone]) return labels[timeZone];
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(new Date())
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** "07.24 WITA". */
export function formatTime(iso: string | Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
  return `${time} ${zoneLabel(timeZone)}`;
}

/** "Senin, 2 November 2026" for a calendar date (YYYY-MM-DD, no zone involved). */
export function formatDate(date: string, opts: { weekday?: boolean } = {}): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC',
    weekday: opts.weekday === false ? undefined : 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "2 Nov 2026, 07.24 WITA" for an instant. */
export function formatDateTime(iso: string, timeZone: string): string {
  const text = new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
  return `${text} ${zoneLabel(timeZone)}`;
}

/** "November 2026" for "2026-11". */
export function formatMonth(month: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

const rupiah = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'IDR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/** "Rp 7.250.000". */
export function formatRupiah(amount: number): string {
  return rupiah.format(amount);
}

/** "1.234". */
export function formatNumber(n: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: fractionDigits }).format(n);
}

/** Basis points of a percent → "2,5%". */
export function formatBasisPoints(bp: number): string {
  return `${formatNumber(bp / 100, 2)}%`;
}

/** A decimal-string percent from the server ("2.5") → "2,5%". */
export function formatPercent(pct: string | number): string {
  return `${formatNumber(Number(pct), 2)}%`;
}

/** Today's calendar date in a zone, YYYY-MM-DD. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The month (YYYY-MM) of a calendar date, and the months around it. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The last calendar date of a month: "2026-11" → "2026-11-30". */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The tenant's default zone until the server tells the office's zone. */
export const DEFAULT_ZONE = 'Asia/Makassar';
