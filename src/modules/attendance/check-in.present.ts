import type { AllowedOffice } from './check-in.store';
import type { Office } from './rules/geofence.rules';
import { clockIn, zoneLabel } from './zone';

/** Pure helpers of the check-in path: fences from office rows, and what people read. */

/**
 * The geofences of an office: its polygon and/or its circle. An office with both
 * accepts a position inside either (the circle often covers a car park outside the
 * drawn compound).
 */
export function fencesOf(o: AllowedOffice): Office[] {
  const fences: Office[] = [];
  if (o.polygon && o.polygon.length >= 3) {
    const ring = o.polygon.map(([lon, lat]) => ({ lat, lon }));
    fences.push({ id: o.id, name: o.name, fence: { kind: 'polygon', ring } });
  }
  if (o.radiusM !== null && o.radiusM !== undefined) {
    fences.push({
      id: o.id,
      name: o.name,
      fence: { kind: 'circle', center: { lat: o.lat, lon: o.lon }, radiusM: o.radiusM },
    });
  }
  return fences;
}

/** "Tercatat 07:24 WITA di Kantor BKPSDM", in the zone of the office used. */
export function acceptedMessage(
  at: Date,
  zone: string,
  office: AllowedOffice | null,
  offshift: boolean,
): string {
  const where = office ? ` di ${office.name}` : ' (dinas luar)';
  const note = offshift ? '. Di luar jam jadwal kerja Anda.' : '';
  return `Tercatat ${clockIn(zone, at)} ${zoneLabel(zone, at)}${where}${note}`;
}

/** The Indonesian message of a refusal: what happened and what to do. */
export function refusalMessage(
  reason: string,
  c: {
    distanceM: number | null;
    office: AllowedOffice | null;
    rules: { accuracy_limit_m: number; offline_max_age_hours: number };
  },
): string {
  switch (reason) {
    case 'outside_geofence':
      return c.office && c.distanceM !== null
        ? `Anda ${c.distanceM.toLocaleString('id-ID')} m dari ${c.office.name}. Mendekatlah lalu coba lagi.`
        : 'Anda belum memiliki kantor untuk absen. Hubungi admin OPD Anda.';
    case 'low_accuracy':
      return `GPS belum akurat (batas ${c.rules.accuracy_limit_m} m). Tunggu sebentar di tempat terbuka lalu coba lagi.`;
    case 'stale_offline':
      return `Absen luring lebih lama dari ${c.rules.offline_max_age_hours} jam dan tidak dapat diterima.`;
    case 'mocked_location':
      return 'Lokasi palsu terdeteksi. Matikan aplikasi pengubah lokasi lalu coba lagi.';
    case 'future_time':
      return 'Waktu perangkat di masa depan. Periksa jam ponsel Anda.';
    case 'out_of_order':
      return 'Waktu absen lebih awal dari absen sebelumnya di perangkat ini.';
    default:
      return 'Absen ditolak.';
  }
}
