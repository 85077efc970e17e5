import type { AgencySpec, OfficeSpec } from './demo-spec.types';
import { division, fungsional, office, uptd } from './demo-spec.types';

/** Dinas Kesehatan with five puskesmas, and the city hospital (shift-based clinical staff). */

const seksi = (...names: string[]) => names.map((name) => `Seksi ${name}`);

const puskesmas = (place: string, lat: number, lon: number) => {
  const site: OfficeSpec = office(`UPTD Puskesmas ${place}`, lat, lon, 70);
  return uptd(`UPTD Puskesmas ${place}`, site, {
    field: 'kesehatan',
    staff: [
      ['Pengadministrasi Perkantoran', 5],
      ['Pengolah Data dan Informasi', 6],
    ],
    fungsional: [
      fungsional('Dokter', ['Ahli Pertama'], [1, 2], { field: 'dokter', kelasBonus: 1 }),
      fungsional('Perawat', ['Terampil', 'Ahli Pertama'], [2, 4], { field: 'perawat' }),
      fungsional('Bidan', ['Terampil', 'Ahli Pertama'], [2, 4], { field: 'bidan' }),
      fungsional('Sanitarian', ['Terampil'], [1, 1], { field: 'kesehatan' }),
      fungsional('Nutrisionis', ['Terampil'], [1, 1], { field: 'kesehatan' }),
      fungsional('Pranata Laboratorium Kesehatan', ['Terampil'], [1, 1], { field: 'kesehatan' }),
      fungsional('Tenaga Teknis Kefarmasian', ['Terampil'], [1, 1], { field: 'farmasi' }),
    ],
  });
};

export const DINKES: AgencySpec = {
  code: 'DINKES',
  name: 'Dinas Kesehatan',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Kesehatan', type: 'jpt', kelas: 15 },
  field: 'kesehatan',
  size: 2,
  divisions: [
    division(
      'Bidang Kesehatan Masyarakat',
      seksi('Kesehatan Keluarga dan Gizi', 'Promosi Kesehatan', 'Kesehatan Lingkungan'),
      {
        fungsional: [
          fungsional('Sanitarian', ['Ahli Pertama'], [1, 2]),
          fungsional('Nutrisionis', ['Ahli Pertama'], [1, 2]),
        ],
      },
    ),
    division(
      'Bidang Pencegahan dan Pengendalian Penyakit',
      seksi(
        'Surveilans dan Imunisasi',
        'Penyakit Menular',
        'Penyakit Tidak Menular dan Kesehatan Jiwa',
      ),
      {
        fungsional: [fungsional('Epidemiolog Kesehatan', ['Ahli Pertama', 'Ahli Muda'], [1, 2])],
      },
    ),
    division(
      'Bidang Pelayanan dan Sumber Daya Kesehatan',
      seksi(
        'Pelayanan Kesehatan Primer dan Rujukan',
        'Kefarmasian dan Alat Kesehatan',
        'Sumber Daya Manusia Kesehatan',
      ),
      {
        fungsional: [fungsional('Administrator Kesehatan', ['Ahli Pertama', 'Ahli Muda'], [1, 2])],
      },
    ),
    puskesmas('Wajo', -5.4612, 122.6015),
    puskesmas('Betoambari', -5.4985, 122.5842),
    puskesmas('Wolio', -5.479, 122.6122),
    puskesmas('Bungi', -5.4335, 122.6688),
    puskesmas('Sorawolio', -5.499, 122.6725),
  ],
  offices: [office('Kantor Dinas Kesehatan', -5.4736, 122.6089, 90)],
};

export const RSUD: AgencySpec = {
  code: 'RSUD',
  name: 'RSUD Kota Baubau',
  kind: 'rsud',
  head: { name: 'Direktur RSUD Kota Baubau', type: 'jpt', kelas: 14 },
  field: 'kesehatan',
  size: 2,
  secretariat: division(
    'Bagian Tata Usaha',
    [
      'Subbagian Umum dan Kepegawaian',
      'Subbagian Keuangan',
      'Subbagian Perencanaan dan Rekam Medis',
    ],
    {
      headKelas: 12,
      fungsional: [fungsional('Perekam Medis', ['Terampil'], [3, 5], { field: 'kesehatan' })],
    },
  ),
  divisions: [
    division(
      'Bidang Pelayanan Medik',
      seksi('Pelayanan Rawat Jalan', 'Pelayanan Rawat Inap dan Gawat Darurat'),
      {
        fungsional: [
          fungsional('Dokter', ['Ahli Pertama', 'Ahli Muda'], [4, 6], {
            field: 'dokter',
            shift: true,
            kelasBonus: 1,
          }),
          // Specialists are on call; TPP for them is set individually (tppIndividual).
          fungsional('Dokter Spesialis', ['Ahli Muda'], [8, 11], {
            field: 'spesialis',
            shift: true,
            kelasBonus: 1,
          }),
        ],
      },
    ),
    division('Bidang Keperawatan', seksi('Asuhan Keperawatan', 'Etika dan Mutu Keperawatan'), {
      fungsional: [
        fungsional('Perawat', ['Terampil', 'Mahir', 'Ahli Pertama'], [20, 28], {
          field: 'perawat',
          shift: true,
        }),
        fungsional('Perawat', ['Ahli Muda'], [4, 8], { field: 'perawat', shift: true }),
        fungsional('Bidan', ['Terampil', 'Ahli Pertama'], [8, 12], { field: 'bidan', shift: true }),
      ],
    }),
    division(
      'Bidang Penunjang Medik dan Non Medik',
      seksi('Penunjang Medik', 'Penunjang Non Medik'),
      {
        staff: [['Pengemudi Ambulans', 5, true]],
        fungsional: [
          fungsional('Pranata Laboratorium Kesehatan', ['Terampil', 'Ahli Pertama'], [3, 5], {
            shift: true,
          }),
          fungsional('Radiografer', ['Terampil'], [2, 4], { shift: true }),
          fungsional('Apoteker', ['Ahli Pertama'], [2, 3], { field: 'farmasi' }),
          fungsional('Tenaga Teknis Kefarmasian', ['Terampil'], [3, 5], {
            field: 'farmasi',
            shift: true,
          }),
          fungsional('Nutrisionis', ['Terampil'], [2, 3]),
          fungsional('Fisioterapis', ['Terampil'], [1, 2]),
        ],
      },
    ),
  ],
  offices: [office('RSUD Kota Baubau', -5.4902, 122.6225, 150, [120, 90])],
};
