import type { AgencySpec } from './demo-spec.types';
import { division, fungsional, office, uptd } from './demo-spec.types';

/**
 * Dinas for basic services: education, public works, housing, social affairs, civil
 * registry, communications, transport and environment.
 */

const seksi = (...names: string[]) => names.map((name) => `Seksi ${name}`);

export const DIKBUD: AgencySpec = {
  code: 'DIKBUD',
  name: 'Dinas Pendidikan dan Kebudayaan',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Pendidikan dan Kebudayaan', type: 'jpt', kelas: 15 },
  field: 'pendidikan',
  size: 2,
  divisions: [
    division(
      'Bidang Pembinaan PAUD dan Pendidikan Nonformal',
      seksi('Kurikulum PAUD', 'Kelembagaan PAUD dan Nonformal'),
      {
        fungsional: [fungsional('Penilik', ['Ahli Pertama', 'Ahli Muda'], [2, 3])],
      },
    ),
    division(
      'Bidang Pembinaan Sekolah Dasar',
      seksi('Kurikulum dan Penilaian SD', 'Sarana dan Prasarana SD'),
    ),
    division(
      'Bidang Pembinaan Sekolah Menengah Pertama',
      seksi('Kurikulum dan Penilaian SMP', 'Sarana dan Prasarana SMP'),
    ),
    division('Bidang Ketenagaan', seksi('Pendidik', 'Tenaga Kependidikan'), {
      fungsional: [fungsional('Pengawas Sekolah', ['Ahli Muda', 'Ahli Madya'], [4, 7])],
    }),
    division('Bidang Kebudayaan', seksi('Cagar Budaya dan Permuseuman', 'Kesenian dan Tradisi'), {
      fungsional: [fungsional('Pamong Budaya', ['Ahli Pertama'], [1, 3])],
    }),
  ],
  offices: [office('Kantor Dinas Pendidikan dan Kebudayaan', -5.4721, 122.6043, 100)],
};

export const DPUPR: AgencySpec = {
  code: 'DPUPR',
  name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Pekerjaan Umum dan Penataan Ruang', type: 'jpt', kelas: 15 },
  field: 'teknik',
  size: 2,
  divisions: [
    division(
      'Bidang Bina Marga',
      seksi('Pembangunan Jalan dan Jembatan', 'Pemeliharaan Jalan dan Jembatan'),
      {
        fungsional: [
          fungsional('Teknik Jalan dan Jembatan', ['Ahli Pertama', 'Ahli Muda'], [1, 3]),
        ],
      },
    ),
    division('Bidang Sumber Daya Air', seksi('Irigasi', 'Sungai, Pantai dan Drainase'), {
      fungsional: [fungsional('Teknik Pengairan', ['Ahli Pertama'], [1, 2])],
    }),
    division('Bidang Cipta Karya', seksi('Air Minum dan Sanitasi', 'Bangunan Gedung'), {
      fungsional: [fungsional('Teknik Tata Bangunan dan Perumahan', ['Ahli Pertama'], [1, 2])],
    }),
    division(
      'Bidang Penataan Ruang',
      seksi('Perencanaan Tata Ruang', 'Pengendalian Pemanfaatan Ruang'),
      {
        fungsional: [fungsional('Penata Ruang', ['Ahli Pertama'], [1, 2])],
      },
    ),
    division('Bidang Bina Konstruksi', seksi('Pembinaan Jasa Konstruksi')),
  ],
  offices: [office('Kantor Dinas PUPR', -5.476, 122.6105, 120)],
};

export const PERKIM: AgencySpec = {
  code: 'PERKIM',
  name: 'Dinas Perumahan dan Kawasan Permukiman',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Perumahan dan Kawasan Permukiman', type: 'jpt', kelas: 14 },
  field: 'teknik',
  size: 1,
  divisions: [
    division('Bidang Perumahan', seksi('Penyediaan Perumahan', 'Rumah Swadaya')),
    division(
      'Bidang Kawasan Permukiman',
      seksi('Permukiman Kumuh', 'Prasarana, Sarana dan Utilitas Umum'),
      {
        fungsional: [fungsional('Teknik Tata Bangunan dan Perumahan', ['Ahli Pertama'], [1, 2])],
      },
    ),
    division('Bidang Pertanahan', seksi('Pengadaan Tanah', 'Penyelesaian Sengketa Tanah')),
  ],
  offices: [office('Kantor Dinas Perkim', -5.4772, 122.6118, 80)],
};

export const DINSOS: AgencySpec = {
  code: 'DINSOS',
  name: 'Dinas Sosial',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Sosial', type: 'jpt', kelas: 14 },
  field: 'sosial',
  size: 1,
  divisions: [
    division(
      'Bidang Rehabilitasi Sosial',
      seksi('Penyandang Disabilitas dan Lanjut Usia', 'Tuna Sosial dan Anak'),
      {
        fungsional: [fungsional('Pekerja Sosial', ['Terampil', 'Ahli Pertama'], [1, 3])],
      },
    ),
    division(
      'Bidang Perlindungan dan Jaminan Sosial',
      seksi('Perlindungan Korban Bencana', 'Jaminan Sosial Keluarga'),
    ),
    division(
      'Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin',
      seksi('Pemberdayaan Sosial', 'Penanganan Fakir Miskin'),
      {
        fungsional: [fungsional('Penyuluh Sosial', ['Ahli Pertama'], [1, 2])],
      },
    ),
  ],
  offices: [office('Kantor Dinas Sosial', -5.4695, 122.6058, 80)],
};

export const DUKCAPIL: AgencySpec = {
  code: 'DUKCAPIL',
  name: 'Dinas Kependudukan dan Pencatatan Sipil',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Kependudukan dan Pencatatan Sipil', type: 'jpt', kelas: 14 },
  field: 'pemerintahan',
  size: 2,
  divisions: [
    division(
      'Bidang Pelayanan Pendaftaran Penduduk',
      seksi('Identitas Penduduk', 'Pindah Datang Penduduk'),
    ),
    division(
      'Bidang Pelayanan Pencatatan Sipil',
      seksi('Kelahiran dan Kematian', 'Perkawinan dan Perceraian'),
    ),
    division(
      'Bidang Pengelolaan Informasi Administrasi Kependudukan',
      seksi('Sistem Informasi', 'Pengolahan dan Penyajian Data'),
      {
        fungsional: [
          fungsional('Administrator Database Kependudukan', ['Terampil', 'Ahli Pertama'], [1, 3], {
            field: 'komputer',
          }),
        ],
      },
    ),
    division(
      'Bidang Pemanfaatan Data dan Inovasi Pelayanan',
      seksi('Kerja Sama dan Inovasi Pelayanan'),
    ),
  ],
  offices: [office('Kantor Dinas Dukcapil', -5.4708, 122.6031, 80)],
};

export const KOMINFO: AgencySpec = {
  code: 'KOMINFO',
  name: 'Dinas Komunikasi dan Informatika',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Komunikasi dan Informatika', type: 'jpt', kelas: 14 },
  field: 'komputer',
  size: 1,
  divisions: [
    division(
      'Bidang Informasi dan Komunikasi Publik',
      seksi('Pengelolaan Informasi Publik', 'Media Komunikasi Publik'),
      {
        fungsional: [
          fungsional('Pranata Hubungan Masyarakat', ['Ahli Pertama'], [1, 2], { field: 'umum' }),
        ],
      },
    ),
    division(
      'Bidang Aplikasi Informatika',
      seksi('Layanan Pemerintahan Berbasis Elektronik', 'Infrastruktur dan Jaringan'),
      {
        fungsional: [
          fungsional('Pranata Komputer', ['Terampil', 'Ahli Pertama', 'Ahli Muda'], [1, 3]),
        ],
      },
    ),
    division(
      'Bidang Statistik dan Persandian',
      seksi('Statistik Sektoral', 'Persandian dan Keamanan Informasi'),
      {
        fungsional: [
          fungsional('Statistisi', ['Ahli Pertama'], [1, 2]),
          fungsional('Sandiman', ['Ahli Pertama'], [1, 2]),
        ],
      },
    ),
  ],
  offices: [office('Kantor Dinas Kominfo', -5.4866, 122.616, 70)],
};

export const DISHUB: AgencySpec = {
  code: 'DISHUB',
  name: 'Dinas Perhubungan',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Perhubungan', type: 'jpt', kelas: 14 },
  field: 'teknik',
  size: 2,
  divisions: [
    division(
      'Bidang Lalu Lintas dan Angkutan Jalan',
      seksi('Manajemen dan Rekayasa Lalu Lintas', 'Angkutan Jalan'),
    ),
    division(
      'Bidang Prasarana dan Keselamatan',
      seksi('Perlengkapan Jalan', 'Keselamatan Transportasi'),
    ),
    division('Bidang Pelayaran', seksi('Kepelabuhanan', 'Angkutan Penyeberangan')),
    uptd(
      'UPTD Pengujian Kendaraan Bermotor',
      office('UPTD Pengujian Kendaraan Bermotor', -5.4395, 122.6402, 100),
      {
        staff: [['Pengadministrasi Perkantoran', 5]],
        fungsional: [
          fungsional('Penguji Kendaraan Bermotor', ['Terampil', 'Ahli Pertama'], [2, 3]),
        ],
      },
    ),
  ],
  offices: [office('Kantor Dinas Perhubungan', -5.4625, 122.599, 100)],
};

export const DLH: AgencySpec = {
  code: 'DLH',
  name: 'Dinas Lingkungan Hidup',
  kind: 'dinas',
  head: { name: 'Kepala Dinas Lingkungan Hidup', type: 'jpt', kelas: 14 },
  field: 'lingkungan',
  size: 2,
  divisions: [
    division(
      'Bidang Tata Lingkungan',
      seksi('Kajian Dampak Lingkungan', 'Pemeliharaan Lingkungan Hidup'),
      {
        fungsional: [
          fungsional('Pengendali Dampak Lingkungan', ['Ahli Pertama', 'Ahli Muda'], [1, 2]),
        ],
      },
    ),
    division(
      'Bidang Pengelolaan Sampah dan Limbah B3',
      seksi('Pengurangan Sampah', 'Penanganan Sampah'),
    ),
    division(
      'Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan',
      seksi('Pemantauan Lingkungan', 'Penegakan Hukum Lingkungan'),
      {
        fungsional: [fungsional('Pengawas Lingkungan Hidup', ['Ahli Pertama'], [1, 2])],
      },
    ),
    division('Bidang Pertamanan dan Kebersihan', seksi('Pertamanan', 'Kebersihan')),
    uptd('UPTD Tempat Pemrosesan Akhir Sampah', office('UPTD TPA Sampah', -5.445, 122.66, 150), {
      staff: [
        ['Pengawas Lapangan Kebersihan', 6],
        ['Operator Alat Berat', 6],
      ],
    }),
  ],
  offices: [office('Kantor Dinas Lingkungan Hidup', -5.4748, 122.614, 90)],
};
