import type { AgencySpec } from './demo-spec.types';
import { division, fungsional, office } from './demo-spec.types';

/**
 * Public order and safety: civil police and fire brigade (field staff in shifts, with a
 * second post), disaster management, and national unity and politics.
 */

const seksi = (...names: string[]) => names.map((name) => `Seksi ${name}`);

export const SATPOLPP: AgencySpec = {
  code: 'SATPOLPP',
  name: 'Satuan Polisi Pamong Praja',
  kind: 'satpol',
  head: { name: 'Kepala Satuan Polisi Pamong Praja', type: 'jpt', kelas: 14 },
  field: 'pemerintahan',
  size: 2,
  divisions: [
    division(
      'Bidang Penegakan Peraturan Daerah',
      seksi('Pembinaan dan Penyuluhan', 'Penyelidikan dan Penyidikan'),
    ),
    division(
      'Bidang Ketertiban Umum dan Ketenteraman Masyarakat',
      seksi('Operasi dan Pengendalian', 'Kerja Sama'),
      {
        fungsional: [
          fungsional('Polisi Pamong Praja', ['Terampil', 'Mahir'], [20, 26], { shift: true }),
          fungsional('Polisi Pamong Praja', ['Penyelia', 'Ahli Pertama'], [4, 7], { shift: true }),
        ],
      },
    ),
    division(
      'Bidang Perlindungan Masyarakat',
      seksi('Satuan Perlindungan Masyarakat', 'Bina Potensi Masyarakat'),
    ),
    division('Bidang Sumber Daya Aparatur', seksi('Pelatihan Dasar', 'Teknis Fungsional')),
  ],
  offices: [
    office('Markas Satuan Polisi Pamong Praja', -5.4858, 122.615, 100, [70, 50]),
    office('Pos Satpol PP Pantai Kamali', -5.4628, 122.6018, 60),
  ],
};

export const DAMKAR: AgencySpec = {
  code: 'DAMKAR',
  name: 'Dinas Pemadam Kebakaran dan Penyelamatan',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Pemadam Kebakaran dan Penyelamatan', type: 'jpt', kelas: 14 },
  field: 'umum',
  size: 1,
  divisions: [
    division(
      'Bidang Pencegahan dan Pengendalian Kebakaran',
      seksi('Pencegahan Kebakaran', 'Pengendalian dan Operasi'),
      {
        fungsional: [
          fungsional('Pemadam Kebakaran', ['Terampil', 'Mahir'], [12, 18], { shift: true }),
          fungsional('Pemadam Kebakaran', ['Penyelia'], [3, 5], { shift: true }),
        ],
      },
    ),
    division('Bidang Penyelamatan dan Evakuasi', seksi('Penyelamatan', 'Sarana dan Prasarana'), {
      fungsional: [fungsional('Analis Kebakaran', ['Ahli Pertama'], [1, 2])],
    }),
  ],
  offices: [
    office('Markas Pemadam Kebakaran', -5.47, 122.6095, 100),
    office('Pos Pemadam Kebakaran Wilayah Bungi', -5.431, 122.662, 60),
  ],
};

export const BPBD: AgencySpec = {
  code: 'BPBD',
  name: 'Badan Penanggulangan Bencana Daerah',
  kind: 'badan',
  head: { name: 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah', type: 'jpt', kelas: 14 },
  field: 'umum',
  size: 1,
  divisions: [
    division('Bidang Pencegahan dan Kesiapsiagaan', ['Seksi Pencegahan', 'Seksi Kesiapsiagaan'], {
      fungsional: [
        fungsional('Penata Penanggulangan Bencana', ['Terampil', 'Ahli Pertama'], [1, 3]),
      ],
    }),
    division('Bidang Kedaruratan dan Logistik', ['Seksi Kedaruratan', 'Seksi Logistik']),
    division('Bidang Rehabilitasi dan Rekonstruksi', ['Seksi Rehabilitasi', 'Seksi Rekonstruksi']),
  ],
  offices: [office('Kantor BPBD', -5.4815, 122.62, 80)],
};

export const KESBANGPOL: AgencySpec = {
  code: 'KESBANGPOL',
  name: 'Badan Kesatuan Bangsa dan Politik',
  kind: 'badan',
  head: { name: 'Kepala Badan Kesatuan Bangsa dan Politik', type: 'jpt', kelas: 14 },
  field: 'pemerintahan',
  size: 1,
  divisions: [
    division('Bidang Ideologi dan Wawasan Kebangsaan', ['Seksi Ideologi dan Karakter Bangsa']),
    division('Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan', [
      'Seksi Politik Dalam Negeri',
      'Seksi Organisasi Kemasyarakatan',
    ]),
    division(
      'Bidang Kewaspadaan Nasional dan Penanganan Konflik',
      ['Seksi Kewaspadaan Dini', 'Seksi Penanganan Konflik'],
      {
        fungsional: [fungsional('Analis Kebijakan', ['Ahli Pertama'], [1, 2])],
      },
    ),
  ],
  offices: [office('Kantor Kesbangpol', -5.4845, 122.614, 70)],
};
