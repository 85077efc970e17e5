import type { ReasonCode } from '../../shared-rules/reason-codes.js';
import type { RuleSet } from '../../tpp/rules/rule-set.js';
import { type LatLon, locateNearestOffice, type Office } from './geofence.rules.js';

/** How the client says the event reached us. */
export type EventTiming =
  | { mode: 'online' }
  /** Queued on the phone without network; `deviceAt` is the phone's clock at the tap. */
  | { mode: 'offline'; deviceAt: Date };

/** A check-in or check-out as the pure decision sees it (after the DB-backed checks). */
export type CheckEventInput = {
  kind: 'check_in' | 'check_out';
  position: LatLon;
  accuracyM: number;
  /** The phone reported the position as coming from a mock provider. */
  mocked: boolean;
  /** Server receive time: the event time when online, and "now" for offline checks. */
  receivedAt: Date;
  timing: EventTiming;
  /** Device time of this employee's previous accepted offline-capable event, if any. */
  previousDeviceAt: Date | null;
  /** Offices the employee may use, home office first. */
  offices: readonly Office[];
  /** The employee has approved dinas luar (duty) leave on this attendance day. */
  onDuty: boolean;
  rules: Pick<RuleSet, 'accuracy_limit_m' | 'offline_max_age_hours'>;
};

export type CheckEventAccepted = {
  ok: true;
  eventTime: Date;
  offline: boolean;
  /** The office whose fence holds the position; null when accepted anywhere on duty. */
  office: Office | null;
  /** Accepted outside every fence because the employee is on dinas luar. */
  dutyAnywhere: boolean;
};

export type CheckEventRefused = {
  ok: false;
  reason: ReasonCode;
  /** Indonesian text for people, e.g. "412 m dari area Kantor A". */
  detail: string;
  distanceM?: number;
};

/** Accepted (with the time to store) or refused (with a stable reason and a human detail). */
export type CheckEventDecision = CheckEventAccepted | CheckEventRefused;

const HOUR_MS = 3_600_000;

function refuse(reason: ReasonCode, detail: string): CheckEventRefused {
  return { ok: false, reason, detail };
}

function formatMetres(value: number): string {
  return `${value.toLocaleString('id-ID', { maximumFractionDigits: 1 })} m`;
}

function formatDistance(value: number): string {
  // Someone 0.4 m outside is told "1 m": "0 m" would read as a bug.
  return `${Math.max(1, Math.round(value)).toLocaleString('id-ID')} m`;
}

/** Checks an offline event's device time; null when it is acceptable. */
function checkOfflineTime(input: CheckEventInput, deviceAt: Date): CheckEventRefused | null {
  const ageMs = input.receivedAt.getTime() - deviceAt.getTime();
  if (ageMs > input.rules.offline_max_age_hours * HOUR_MS) {
    return refuse(
      'stale_offline',
      `Data luring lebih lama dari ${input.rules.offline_max_age_hours} jam`,
    );
  }
  if (ageMs < 0) return refuse('future_time', 'Waktu perangkat lebih maju dari waktu server');
  if (input.previousDeviceAt && deviceAt.getTime() < input.previousDeviceAt.getTime()) {
    return refuse('out_of_order', 'Waktu perangkat lebih awal dari kejadian sebelumnya');
  }
  return null;
}

/**
 * Decides a check-in or check-out, in the order DOMAIN §3 gives after the unknown
 * employee and repeated client id checks (both need the database): offline time
 * (stale_offline, future_time, out_of_order), mocked position, accuracy, geofence.
 *
 * Offline events take the device time, must not be in the future (equal passes), not
 * older than the limit (exactly the limit passes) and not before the previous device
 * event (equal passes). Accuracy equal to the limit passes. An employee on dinas luar
 * skips only the geofence: a mocked or inaccurate position is refused all the same.
 */
export function decideCheckEvent(input: CheckEventInput): CheckEventDecision {
  const offline = input.timing.mode === 'offline';
  const eventTime = input.timing.mode === 'offline' ? input.timing.deviceAt : input.receivedAt;
  if (input.timing.mode === 'offline') {
    const refused = checkOfflineTime(input, input.timing.deviceAt);
    if (refused) return refused;
  }
  if (input.mocked) {
    return refuse('mocked_location', 'Lokasi palsu terdeteksi; data disimpan untuk diperiksa');
  }
  // Written as a negated <= so that a missing or NaN accuracy is refused too.
  if (!(input.accuracyM <= input.rules.accuracy_limit_m)) {
    return refuse(
      'low_accuracy',
      `GPS belum akurat (${formatMetres(input.accuracyM)}, batas ${formatMetres(input.rules.accuracy_limit_m)})`,
    );
  }
  const match = locateNearestOffice(input.position, input.offices);
  if (match?.inside) {
    return { ok: true, eventTime, offline, office: match.office, dutyAnywhere: false };
  }
  if (input.onDuty) return { ok: true, eventTime, offline, office: null, dutyAnywhere: true };
  if (!match) return refuse('outside_geofence', 'Tidak ada kantor yang diizinkan untuk pegawai');
  return {
    ok: false,
    reason: 'outside_geofence',
    detail: `${formatDistance(match.distanceM)} dari area ${match.office.name}`,
    distanceM: match.distanceM,
  };
}
