import type { PositionType } from '../org/rules/rank.rules';

/** The shape of the demo tenant: plain data, no database ids. */

export type AgencyKind =
  | 'sekretariat'
  | 'inspektorat'
  | 'dinas'
  | 'badan'
  | 'kantor'
  | 'satpol'
  | 'rsud'
  | 'kecamatan'
  | 'kelurahan';

export type DemoTimezone = 'Asia/Makassar';

export type DemoUnit = { code: string; name: string };

export type DemoOffice = {
  code: string;
  name: string;
  lat: number;
  lon: number;
  radiusM: number;
  /** Closed ring of [lon, lat] pairs (GeoJSON order); first point equals the last. */
  polygon?: Array<[number, number]>;
  timezone: DemoTimezone;
};

export type DemoAgency = {
  code: string;
  name: string;
  kind: AgencyKind;
  /** Only for a kelurahan: the code of its kecamatan. */
  parentCode?: string;
  units: DemoUnit[];
  /** The first office is the agency's main office. */
  offices: DemoOffice[];
};

export type DemoPosition = {
  code: string;
  agencyCode: string;
  /** null for the head of an agency, who stands above its units. */
  unitCode: string | null;
  name: string;
  type: PositionType;
  kelasJabatan: number;
  /** null only for the Sekretaris Daerah, the top of the city's ASN tree. */
  parentCode: string | null;
  shiftBased?: boolean;
};

export type DemoEmployee = {
  nip: string;
  frontTitle: string | null;
  name: string;
  backTitle: string | null;
  status: 'PNS' | 'PPPK';
  /** PNS golongan/ruang ('III/b') or PPPK grade ('IX'). */
  rank: string;
  gender: 'L' | 'P';
  /** null for inactive employees who no longer hold a position. */
  positionCode: string | null;
  /** The first is the agency's main office. */
  officeCodes: string[];
  schedule: 'standard' | 'shift';
  active: boolean;
  /** Individual monthly TPP base in rupiah, overriding the kelas table; null if none. */
  tppIndividual: number | null;
};

export type DemoActing = {
  positionCode: string;
  nip: string;
  kind: 'plt' | 'plh';
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, inclusive; null while open-ended. */
  to: string | null;
};

export type DemoActivity = {
  code: string;
  positionType: PositionType;
  /** When set, the activity applies only to positions whose name starts with this. */
  positionNamePrefix?: string;
  name: string;
  /** Output unit (satuan hasil). */
  unit: string;
  /** Standard minutes per unit of output. */
  minutes: number;
};

export type DemoTppRow = { kelas: number; amount: number };

export type DemoRole = 'admin_bkpsdm' | 'admin_opd' | 'keuangan' | 'inspektorat' | 'pegawai';

export type DemoAccount = {
  /** The NIP for employees. */
  username: string;
  role: DemoRole;
  agencyCode?: string;
  nip?: string;
  label: string;
};

export type DemoLogin = { username: string; password: string };

export type DemoCity = {
  tenant: { name: 'Pemerintah Kota Baubau'; timezone: DemoTimezone };
  agencies: DemoAgency[];
  positions: DemoPosition[];
  employees: DemoEmployee[];
  acting: DemoActing[];
  activities: DemoActivity[];
  tppByKelas: DemoTppRow[];
  accounts: DemoAccount[];
  demoLogins: { adminBkpsdm: DemoLogin; unitHead: DemoLogin; employee: DemoLogin };
};
