/**
 * Indonesia's three time zones by their legal names (Keppres 41/1987): WIB UTC+7,
 * WITA UTC+8, WIT UTC+9. Named by zone, not by offset, so an office abroad with the same
 * offset is not labelled as Indonesian time.
 */
const INDONESIAN_ZONES: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

// One formatter per zone and purpose: building an Intl formatter costs far more than
// using one, and every check-in formats a time.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** The label people read beside a time: WIB / WITA / WIT, else the offset ("UTC+10"). */
export function zoneLabel(zone: string, at: Date): string {
  const known = INDONESIAN_ZONES[zone];
  if (known) return known;
  const name = formatter(`offset|${zone}`, () =>
    Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' }),
  )
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name === 'GMT' || !name ? 'UTC' : name.replace('GMT', 'UTC');
}

/** "07:24" on the wall clock of `zone`. */
export function clockIn(zone: string, at: Date): string {
  return formatter(`clock|${zone}`, () =>
    Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  ).format(at);
}
