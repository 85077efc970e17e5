import type { AgencySpec, StaffSpec } from './demo-spec.types';
import { division, office } from './demo-spec.types';

/**
 * The 8 kecamatan and 43 kelurahan of Kota Baubau, as listed by the city government.
 * Kantor camat points are approximate centres of each kecamatan's settled area; kelurahan
 * offices are placed on a small ring around them (plausible, not surveyed).
 */
export const KECAMATAN: ReadonlyArray<{
  name: string;
  lat: number;
  lon: number;
  kelurahan: readonly string[];
}> = [
  {
    name: 'Betoambari',
    lat: -5.497,
    lon: 122.586,
    kelurahan: ['Sulaa', 'Waborobo', 'Labalawa', 'Lipu', 'Katobengke'],
  },
  {
    name: 'Murhum',
    lat: -5.463,
    lon: 122.604,
    kelurahan: ['Baadia', 'Melai', 'Wajo', 'Lamangga', 'Tanganapada'],
  },
  {
    name: 'Batupoaro',
    lat: -5.459,
    lon: 122.596,
    kelurahan: ['Bone-Bone', 'Tarafu', 'Wameo', 'Lanto', 'Kaobula', 'Nganganaumala'],
  },
  {
    name: 'Wolio',
    lat: -5.478,
    lon: 122.615,
    kelurahan: [
      'Bataraguru',
      'Tomba',
      'Wale',
      'Batulo',
      'Wangkanapi',
      'Kadolokatapi',
      'Bukit Wolio Indah',
    ],
  },
  {
    name: 'Kokalukuna',
    lat: -5.447,
    lon: 122.626,
    kelurahan: ['Liwuto', 'Waruruma', 'Sukanayo', 'Lakologou', 'Kadolo', 'Kadolomoko'],
  },
  {
    name: 'Sorawolio',
    lat: -5.496,
    lon: 122.67,
    kelurahan: ['Karya Baru', 'Kaisabu Baru', 'Gonda Baru', 'Bugi'],
  },
  {
    name: 'Bungi',
    lat: -5.43,
    lon: 122.665,
    kelurahan: ['Liabuku', 'Waliabuku', 'Ngkari-Ngkari', 'Tampuna', 'Kampeonaho'],
  },
  {
    name: 'Lea-Lea',
    lat: -5.395,
    lon: 122.66,
    kelurahan: ['Kantalai', 'Kalia-Lia', 'Kolese', 'Lowu-Lowu', 'Palabusa'],
  },
];

/** "Bukit Wolio Indah" -> "BUKIT-WOLIO-INDAH". */
export const placeCode = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]+/g, '-');

export const kecamatanCode = (name: string) => `KEC-${placeCode(name)}`;
export const kelurahanCode = (name: string) => `KEL-${placeCode(name)}`;

const SEKSI_KECAMATAN: ReadonlyArray<readonly [string, StaffSpec]> = [
  ['Seksi Pemerintahan', ['Pengolah Data Pemerintahan', 6]],
  ['Seksi Ketenteraman dan Ketertiban Umum', ['Pengadministrasi Ketertiban Umum', 5]],
  ['Seksi Pemberdayaan Masyarakat dan Kelurahan', ['Pengelola Pemberdayaan Masyarakat', 6]],
  ['Seksi Pelayanan Umum', ['Penata Layanan Operasional', 7]],
  ['Seksi Kesejahteraan Sosial', ['Pengelola Kesejahteraan Sosial', 6]],
];

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

function kecamatanSpec(kec: (typeof KECAMATAN)[number]): AgencySpec {
  return {
    code: kecamatanCode(kec.name),
    name: `Kecamatan ${kec.name}`,
    kind: 'kecamatan',
    head: { name: `Camat ${kec.name}`, type: 'administrator', kelas: 12 },
    field: 'pemerintahan',
    size: 1,
    secretariat: division(
      'Sekretariat Kecamatan',
      ['Subbagian Umum dan Kepegawaian', 'Subbagian Perencanaan dan Keuangan'],
      { headName: 'Sekretaris Kecamatan', headKelas: 11, sectionKelas: 8 },
    ),
    divisions: SEKSI_KECAMATAN.map(([name, staff]) =>
      division(name, [], { headType: 'pengawas', staff: [staff] }),
    ),
    offices: [office(`Kantor Camat ${kec.name}`, kec.lat, kec.lon, 80)],
  };
}

function kelurahanSpec(kec: (typeof KECAMATAN)[number], index: number): AgencySpec {
  const name = kec.kelurahan[index] as string;
  // Spread the kelurahan offices evenly on a ring ~1–1.5 km around the kantor camat.
  const angle = (2 * Math.PI * index) / kec.kelurahan.length + 0.7;
  const radiusDeg = 0.009 + 0.004 * (index % 2);
  const pengawas = { headType: 'pengawas', headKelas: 8 } as const;
  return {
    code: kelurahanCode(name),
    name: `Kelurahan ${name}`,
    kind: 'kelurahan',
    parentCode: kecamatanCode(kec.name),
    head: { name: `Lurah ${name}`, type: 'pengawas', kelas: 9 },
    field: 'pemerintahan',
    size: 1,
    secretariat: division('Sekretariat Kelurahan', [], {
      ...pengawas,
      headName: 'Sekretaris Kelurahan',
      staff: [
        ['Pengadministrasi Perkantoran', 5],
        ['Pengolah Data dan Informasi', 6],
      ],
    }),
    divisions: [
      division('Seksi Pemerintahan dan Ketenteraman', [], {
        ...pengawas,
        staff: [['Pengadministrasi Pemerintahan', 6]],
      }),
      division('Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial', [], {
        ...pengawas,
        staff: [['Pengelola Pemberdayaan Masyarakat', 6]],
      }),
    ],
    offices: [
      office(
        `Kantor Lurah ${name}`,
        round6(kec.lat + radiusDeg * Math.sin(angle)),
        round6(kec.lon + radiusDeg * Math.cos(angle)),
        60,
      ),
    ],
  };
}

/** Each kecamatan followed by its kelurahan. */
export const TERRITORIAL_AGENCIES: readonly AgencySpec[] = KECAMATAN.flatMap((kec) => [
  kecamatanSpec(kec),
  ...kec.kelurahan.map((_, index) => kelurahanSpec(kec, index)),
]);
