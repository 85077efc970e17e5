import type { AgencySpec } from './demo-spec.types';
import { division, fungsional, office, uptd } from './demo-spec.types';

/** Dinas for the economy, tourism, people and culture. */

const seksi = (...names: string[]) => names.map((name) => `Seksi ${name}`);

export const DISPAR: AgencySpec = {
  code: 'DISPAR',
  name: 'Dinas Pariwisata',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Pariwisata', type: 'jpt', kelas: 14 },
  field: 'umum',
  size: 1,
  divisions: [
    division('Bidang Destinasi Pariwisata', seksi('Pengembangan Destinasi', 'Daya Tarik Wisata'), {
      fungsional: [
        fungsional('Adyatama Kepariwisataan dan Ekonomi Kreatif', ['Ahli Pertama'], [1, 2]),
      ],
    }),
    division('Bidang Pemasaran Pariwisata', seksi('Promosi Pariwisata', 'Kemitraan Pariwisata')),
    division('Bidang Ekonomi Kreatif', seksi('Pengembangan Ekonomi Kreatif')),
  ],
  offices: [office('Kantor Dinas Pariwisata', -5.4801, 122.6133, 80)],
};

export const DISTAN: AgencySpec = {
  code: 'DISTAN',
  name: 'Dinas Pertanian',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Pertanian', type: 'jpt', kelas: 14 },
  field: 'pertanian',
  size: 1,
  divisions: [
    division(
      'Bidang Tanaman Pangan dan Hortikultura',
      seksi('Produksi Tanaman Pangan', 'Hortikultura'),
    ),
    division(
      'Bidang Peternakan dan Kesehatan Hewan',
      seksi('Produksi Peternakan', 'Kesehatan Hewan'),
      {
        fungsional: [
          fungsional('Medik Veteriner', ['Ahli Pertama'], [1, 2]),
          fungsional('Paramedik Veteriner', ['Terampil'], [1, 2]),
        ],
      },
    ),
    division(
      'Bidang Prasarana dan Penyuluhan',
      seksi('Prasarana dan Sarana Pertanian', 'Penyuluhan'),
      {
        fungsional: [
          fungsional('Penyuluh Pertanian', ['Terampil', 'Ahli Pertama', 'Ahli Muda'], [3, 6]),
        ],
      },
    ),
  ],
  offices: [office('Kantor Dinas Pertanian', -5.492, 122.608, 100)],
};

export const DKP: AgencySpec = {
  code: 'DKP',
  name: 'Dinas Perikanan',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Perikanan', type: 'jpt', kelas: 14 },
  field: 'perikanan',
  size: 1,
  divisions: [
    division(
      'Bidang Perikanan Tangkap',
      seksi('Sarana dan Prasarana Perikanan Tangkap', 'Pemberdayaan Nelayan'),
    ),
    division(
      'Bidang Perikanan Budidaya',
      seksi('Produksi Perikanan Budidaya', 'Pemberdayaan Pembudidaya Ikan'),
    ),
    division(
      'Bidang Pengolahan dan Pemasaran Hasil Perikanan',
      seksi('Mutu dan Pengolahan Hasil', 'Pemasaran Hasil'),
      {
        fungsional: [fungsional('Penyuluh Perikanan', ['Terampil', 'Ahli Pertama'], [2, 4])],
      },
    ),
  ],
  offices: [
    office('Kantor Dinas Perikanan', -5.4582, 122.5962, 80),
    office('Pangkalan Pendaratan Ikan Wameo', -5.4571, 122.5938, 80),
  ],
};

export const DPMPTSP: AgencySpec = {
  code: 'DPMPTSP',
  name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
  kind: 'dinas',
  head: {
    name: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    type: 'jpt',
    kelas: 14,
  },
  field: 'umum',
  size: 1,
  divisions: [
    division(
      'Bidang Penanaman Modal',
      seksi('Promosi dan Kerja Sama Penanaman Modal', 'Pengendalian Penanaman Modal'),
    ),
    division('Bidang Pelayanan Perizinan', seksi('Perizinan Usaha', 'Perizinan Non Usaha'), {
      fungsional: [fungsional('Analis Kebijakan', ['Ahli Pertama'], [1, 2])],
    }),
    division('Bidang Pengaduan, Kebijakan dan Informasi', seksi('Pengaduan dan Informasi')),
  ],
  offices: [office('Mal Pelayanan Publik Kota Baubau', -5.469, 122.602, 80, [50, 40])],
};

export const DISKOP: AgencySpec = {
  code: 'DISKOP',
  name: 'Dinas Koperasi, Usaha Kecil dan Menengah',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Koperasi, Usaha Kecil dan Menengah', type: 'jpt', kelas: 14 },
  field: 'ekonomi',
  size: 1,
  divisions: [
    division(
      'Bidang Kelembagaan dan Pengawasan Koperasi',
      seksi('Kelembagaan Koperasi', 'Pengawasan Koperasi'),
      {
        fungsional: [fungsional('Pengawas Koperasi', ['Ahli Pertama'], [1, 2])],
      },
    ),
    division(
      'Bidang Pemberdayaan Usaha Kecil dan Menengah',
      seksi('Pemberdayaan UKM', 'Pengembangan Kewirausahaan'),
    ),
  ],
  offices: [office('Kantor Dinas Koperasi dan UKM', -5.4677, 122.6046, 70)],
};

export const DISPERINDAG: AgencySpec = {
  code: 'DISPERINDAG',
  name: 'Dinas Perdagangan dan Perindustrian',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Perdagangan dan Perindustrian', type: 'jpt', kelas: 14 },
  field: 'ekonomi',
  size: 2,
  divisions: [
    division(
      'Bidang Perdagangan',
      seksi('Distribusi dan Stabilisasi Harga', 'Perlindungan Konsumen'),
      {
        fungsional: [fungsional('Pengawas Perdagangan', ['Ahli Pertama'], [1, 2])],
      },
    ),
    division('Bidang Perindustrian', seksi('Industri Kecil dan Menengah', 'Sarana Industri')),
    division('Bidang Pengelolaan Pasar', seksi('Pengelolaan Pasar', 'Retribusi Pasar')),
    uptd('UPTD Metrologi Legal', office('UPTD Metrologi Legal', -5.47, 122.612, 60), {
      fungsional: [fungsional('Penera', ['Terampil', 'Ahli Pertama'], [1, 3])],
    }),
  ],
  offices: [
    office('Kantor Dinas Perdagangan dan Perindustrian', -5.4655, 122.6065, 80),
    office('Kantor Pengelola Pasar Wameo', -5.4598, 122.5955, 80),
  ],
};

export const DP3A: AgencySpec = {
  code: 'DP3A',
  name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
  kind: 'dinas',
  head: {
    name: 'Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
    type: 'jpt',
    kelas: 14,
  },
  field: 'sosial',
  size: 1,
  divisions: [
    division(
      'Bidang Pemberdayaan Perempuan',
      seksi('Kualitas Hidup Perempuan', 'Data Gender dan Anak'),
    ),
    division('Bidang Perlindungan Anak', seksi('Pemenuhan Hak Anak', 'Perlindungan Khusus Anak')),
    uptd('UPTD Perlindungan Perempuan dan Anak', office('UPTD PPA', -5.4738, 122.6162, 50), {
      fungsional: [
        fungsional('Pekerja Sosial', ['Ahli Pertama'], [1, 2]),
        fungsional('Psikolog Klinis', ['Ahli Pertama'], [1, 1], { field: 'kesehatan' }),
      ],
    }),
  ],
  offices: [office('Kantor Dinas P3A', -5.473, 122.615, 70)],
};

export const DISPORA: AgencySpec = {
  code: 'DISPORA',
  name: 'Dinas Pemuda dan Olahraga',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Pemuda dan Olahraga', type: 'jpt', kelas: 14 },
  field: 'pendidikan',
  size: 1,
  divisions: [
    division('Bidang Kepemudaan', seksi('Pemberdayaan Pemuda', 'Kepeloporan Pemuda')),
    division('Bidang Olahraga', seksi('Pembudayaan Olahraga', 'Prestasi Olahraga')),
    division('Bidang Sarana dan Prasarana Olahraga', seksi('Pengelolaan Sarana Olahraga')),
  ],
  offices: [
    office('Kantor Dinas Pemuda dan Olahraga', -5.4788, 122.604, 80),
    office('Stadion Betoambari', -5.493, 122.589, 150),
  ],
};

export const DISPUSIP: AgencySpec = {
  code: 'DISPUSIP',
  name: 'Dinas Perpustakaan dan Kearsipan',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Perpustakaan dan Kearsipan', type: 'jpt', kelas: 14 },
  field: 'umum',
  size: 1,
  divisions: [
    division(
      'Bidang Perpustakaan',
      seksi('Layanan dan Otomasi Perpustakaan', 'Pembinaan Perpustakaan'),
      {
        fungsional: [fungsional('Pustakawan', ['Terampil', 'Ahli Pertama', 'Ahli Muda'], [1, 3])],
      },
    ),
    division('Bidang Kearsipan', seksi('Pengelolaan Arsip', 'Pembinaan Kearsipan'), {
      fungsional: [fungsional('Arsiparis', ['Terampil', 'Ahli Pertama'], [1, 3])],
    }),
  ],
  offices: [office('Kantor Dinas Perpustakaan dan Kearsipan', -5.467, 122.6082, 70)],
};

export const DISNAKER: AgencySpec = {
  code: 'DISNAKER',
  name: 'Dinas Tenaga Kerja',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Tenaga Kerja', type: 'jpt', kelas: 14 },
  field: 'umum',
  size: 1,
  divisions: [
    division(
      'Bidang Pelatihan dan Penempatan Tenaga Kerja',
      seksi('Pelatihan dan Produktivitas', 'Penempatan Tenaga Kerja'),
      {
        fungsional: [fungsional('Pengantar Kerja', ['Ahli Pertama'], [1, 2])],
      },
    ),
    division(
      'Bidang Hubungan Industrial dan Jaminan Sosial',
      seksi('Persyaratan Kerja dan Pengupahan', 'Perselisihan Hubungan Industrial'),
      {
        fungsional: [fungsional('Mediator Hubungan Industrial', ['Ahli Pertama'], [1, 2])],
      },
    ),
  ],
  offices: [office('Kantor Dinas Tenaga Kerja', -5.4745, 122.6023, 70)],
};
