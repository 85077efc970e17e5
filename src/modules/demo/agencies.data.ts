import type { AgencySpec } from './demo-spec.types';
import { division, fungsional, office } from './demo-spec.types';

/**
 * The secretariats, the inspectorate and the planning, personnel and finance badan.
 * Coordinates throughout the demo are plausible points in the city (most around the
 * Palagimata government complex and the centre near Pantai Kamali), not surveyed locations.
 */

const subbag = (...names: string[]) => names.map((name) => `Subbagian ${name}`);
const subbid = (...names: string[]) => names.map((name) => `Subbidang ${name}`);

const hukum = fungsional(
  'Perancang Peraturan Perundang-undangan',
  ['Ahli Pertama', 'Ahli Muda'],
  [1, 2],
  {
    field: 'hukum',
  },
);

export const SETDA: AgencySpec = {
  code: 'SETDA',
  name: 'Sekretariat Daerah',
  kind: 'sekretariat',
  head: { name: 'Sekretaris Daerah', type: 'jpt', kelas: 16 },
  field: 'pemerintahan',
  size: 2,
  secretariat: null,
  divisions: [],
  deputies: [
    {
      name: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
      kelas: 15,
      divisions: [
        division(
          'Bagian Pemerintahan',
          subbag('Pemerintahan Umum', 'Otonomi Daerah', 'Kerja Sama'),
          {
            headKelas: 12,
          },
        ),
        division(
          'Bagian Hukum',
          subbag('Perundang-undangan', 'Bantuan Hukum', 'Dokumentasi Hukum'),
          {
            headKelas: 12,
            field: 'hukum',
            fungsional: [hukum],
          },
        ),
        division(
          'Bagian Kesejahteraan Rakyat',
          subbag('Bina Mental Spiritual', 'Kesejahteraan Sosial'),
          {
            headKelas: 12,
          },
        ),
      ],
    },
    {
      name: 'Asisten Perekonomian dan Pembangunan',
      kelas: 15,
      divisions: [
        division(
          'Bagian Perekonomian dan Sumber Daya Alam',
          subbag('Perekonomian', 'Pembinaan BUMD'),
          {
            headKelas: 12,
            field: 'ekonomi',
          },
        ),
        division(
          'Bagian Administrasi Pembangunan',
          subbag('Pengendalian Program', 'Evaluasi dan Pelaporan'),
          {
            headKelas: 12,
          },
        ),
        division(
          'Bagian Pengadaan Barang dan Jasa',
          subbag('Pengelolaan Pengadaan', 'Layanan Pengadaan Secara Elektronik'),
          {
            headKelas: 12,
            fungsional: [
              fungsional('Pengelola Pengadaan Barang/Jasa', ['Ahli Pertama', 'Ahli Muda'], [2, 3]),
            ],
          },
        ),
      ],
    },
    {
      name: 'Asisten Administrasi Umum',
      kelas: 15,
      divisions: [
        division('Bagian Umum', subbag('Tata Usaha Pimpinan', 'Rumah Tangga', 'Keuangan'), {
          headKelas: 12,
        }),
        division(
          'Bagian Organisasi',
          subbag('Kelembagaan dan Analisis Jabatan', 'Reformasi Birokrasi'),
          {
            headKelas: 12,
            fungsional: [fungsional('Analis Kebijakan', ['Ahli Pertama', 'Ahli Muda'], [1, 2])],
          },
        ),
        division(
          'Bagian Protokol dan Komunikasi Pimpinan',
          subbag('Protokol', 'Komunikasi Pimpinan'),
          {
            headKelas: 12,
            fungsional: [fungsional('Pranata Hubungan Masyarakat', ['Ahli Pertama'], [1, 3])],
          },
        ),
      ],
    },
  ],
  offices: [
    office('Kantor Wali Kota Baubau (Sekretariat Daerah)', -5.4862, 122.6178, 150, [90, 70]),
  ],
};

export const SETWAN: AgencySpec = {
  code: 'SETWAN',
  name: 'Sekretariat Dewan Perwakilan Rakyat Daerah',
  kind: 'sekretariat',
  head: { name: 'Sekretaris DPRD', type: 'jpt', kelas: 14 },
  field: 'pemerintahan',
  size: 2,
  secretariat: null,
  divisions: [
    division(
      'Bagian Umum dan Keuangan',
      subbag('Tata Usaha dan Kepegawaian', 'Keuangan', 'Rumah Tangga'),
    ),
    division(
      'Bagian Persidangan dan Perundang-undangan',
      subbag('Persidangan dan Risalah', 'Perundang-undangan'),
      {
        field: 'hukum',
        fungsional: [hukum],
      },
    ),
    division(
      'Bagian Fasilitasi Penganggaran dan Pengawasan',
      subbag('Fasilitasi Penganggaran', 'Fasilitasi Pengawasan'),
    ),
  ],
  offices: [office('Kantor DPRD Kota Baubau', -5.4683, 122.601, 120)],
};

const auditors = [
  fungsional('Auditor', ['Ahli Pertama', 'Ahli Muda', 'Ahli Madya'], [2, 3], { field: 'ekonomi' }),
  fungsional(
    'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah',
    ['Ahli Pertama', 'Ahli Muda'],
    [1, 2],
  ),
];

export const INSPEKTORAT: AgencySpec = {
  code: 'INSPEKTORAT',
  name: 'Inspektorat Daerah',
  kind: 'inspektorat',
  head: { name: 'Inspektur', type: 'jpt', kelas: 15 },
  field: 'ekonomi',
  size: 1,
  divisions: ['I', 'II', 'III', 'IV'].map((n) =>
    division(`Inspektorat Pembantu Wilayah ${n}`, [], {
      headName: `Inspektur Pembantu Wilayah ${n}`,
      headKelas: 12,
      fungsional: auditors,
    }),
  ),
  offices: [office('Kantor Inspektorat Daerah', -5.4855, 122.6165, 80)],
};

export const BAPPEDA: AgencySpec = {
  code: 'BAPPEDA',
  name: 'Badan Perencanaan Pembangunan Daerah',
  kind: 'badan',
  head: { name: 'Kepala Badan Perencanaan Pembangunan Daerah', type: 'jpt', kelas: 15 },
  field: 'pemerintahan',
  size: 1,
  divisions: [
    division(
      'Bidang Perencanaan, Pengendalian dan Evaluasi',
      subbid('Perencanaan Makro', 'Pengendalian dan Evaluasi'),
      {
        fungsional: [fungsional('Perencana', ['Ahli Pertama', 'Ahli Muda', 'Ahli Madya'], [1, 2])],
      },
    ),
    division(
      'Bidang Pemerintahan dan Pembangunan Manusia',
      subbid('Pemerintahan', 'Pembangunan Manusia'),
    ),
    division(
      'Bidang Perekonomian dan Sumber Daya Alam',
      subbid('Perekonomian', 'Sumber Daya Alam'),
      {
        field: 'ekonomi',
      },
    ),
    division('Bidang Infrastruktur dan Kewilayahan', subbid('Infrastruktur', 'Kewilayahan'), {
      field: 'teknik',
    }),
    division('Bidang Penelitian dan Pengembangan', subbid('Inovasi dan Teknologi')),
  ],
  offices: [office('Kantor Bappeda', -5.4868, 122.619, 80)],
};

export const BKPSDM: AgencySpec = {
  code: 'BKPSDM',
  name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  kind: 'badan',
  head: {
    name: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    type: 'jpt',
    kelas: 15,
  },
  field: 'umum',
  size: 2,
  divisions: [
    division(
      'Bidang Pengadaan, Pemberhentian dan Informasi',
      subbid('Pengadaan dan Pemberhentian', 'Data dan Informasi Kepegawaian'),
      {
        fungsional: [
          fungsional('Pranata Komputer', ['Ahli Pertama'], [1, 2], { field: 'komputer' }),
        ],
      },
    ),
    division('Bidang Mutasi dan Promosi', subbid('Mutasi', 'Promosi dan Kepangkatan'), {
      fungsional: [fungsional('Analis Sumber Daya Manusia Aparatur', ['Ahli Pertama'], [1, 2])],
    }),
    division(
      'Bidang Pengembangan Kompetensi Aparatur',
      subbid('Kompetensi Teknis', 'Kompetensi Manajerial'),
      {
        fungsional: [fungsional('Asesor Sumber Daya Manusia Aparatur', ['Ahli Pertama'], [1, 2])],
      },
    ),
    // The demo unit head sits here: its head always has at least three direct reports.
    division(
      'Bidang Penilaian Kinerja Aparatur dan Penghargaan',
      subbid('Penilaian Kinerja', 'Disiplin dan Penghargaan'),
      {
        fungsional: [
          fungsional('Analis Sumber Daya Manusia Aparatur', ['Ahli Pertama', 'Ahli Muda'], [2, 3]),
        ],
      },
    ),
  ],
  offices: [office('Kantor BKPSDM', -5.4874, 122.617, 100, [60, 45])],
};

export const BPKPD: AgencySpec = {
  code: 'BPKPD',
  name: 'Badan Pengelolaan Keuangan dan Pendapatan Daerah',
  kind: 'badan',
  head: { name: 'Kepala Badan Pengelolaan Keuangan dan Pendapatan Daerah', type: 'jpt', kelas: 15 },
  field: 'ekonomi',
  size: 2,
  divisions: [
    division('Bidang Anggaran', subbid('Anggaran Pendapatan dan Pembiayaan', 'Anggaran Belanja')),
    division(
      'Bidang Perbendaharaan',
      subbid('Pengelolaan Kas Daerah', 'Belanja Pegawai dan Penggajian'),
    ),
    division('Bidang Akuntansi dan Pelaporan', subbid('Akuntansi', 'Pelaporan Keuangan'), {
      fungsional: [
        fungsional('Analis Keuangan Pusat dan Daerah', ['Ahli Pertama', 'Ahli Muda'], [1, 3]),
      ],
    }),
    division('Bidang Pengelolaan Aset Daerah', subbid('Penatausahaan Aset', 'Pemanfaatan Aset')),
    division(
      'Bidang Pendapatan Daerah',
      subbid('Pajak Daerah', 'Retribusi dan Pendapatan Lain', 'Penagihan dan Keberatan'),
    ),
  ],
  staffPool: [
    ['Verifikator Keuangan', 7],
    ['Pengadministrasi Keuangan', 6],
    ['Penyusun Laporan Keuangan', 7],
    ['Pengolah Data Pajak dan Retribusi', 6],
    ['Pengelola Barang Milik Daerah', 7],
  ],
  offices: [office('Kantor BPKPD', -5.485, 122.6192, 100)],
};
