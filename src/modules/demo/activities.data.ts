import type { PositionType } from '../org/rules/rank.rules';
import type { DemoActivity } from './demo-city.types';

/**
 * Activity catalogue in the style of a job analysis (anjab/ABK): output unit and standard
 * minutes per unit. Activities without a prefix apply to every position of the type; with
 * a prefix, only to positions whose name starts with it.
 */

type Row = readonly [name: string, unit: string, minutes: number, prefix?: string];

const group = (codePrefix: string, positionType: PositionType, rows: readonly Row[]) =>
  rows.map(([name, unit, minutes, prefix], i): DemoActivity => {
    const activity: DemoActivity = {
      code: `${codePrefix}-${String(i + 1).padStart(2, '0')}`,
      positionType,
      name,
      unit,
      minutes,
    };
    if (prefix) activity.positionNamePrefix = prefix;
    return activity;
  });

const JPT: readonly Row[] = [
  ['Memimpin rapat koordinasi pimpinan', 'rapat', 90],
  ['Menandatangani keputusan dan naskah dinas', 'dokumen', 15],
  ['Mendisposisi surat masuk', 'surat', 5],
  ['Mengevaluasi capaian kinerja perangkat daerah', 'laporan', 120],
  ['Melakukan pembinaan pegawai', 'kegiatan', 60],
  ['Mewakili pimpinan daerah dalam acara resmi', 'kegiatan', 120],
];

const ADMINISTRATOR: readonly Row[] = [
  ['Menyusun rencana kerja bidang', 'dokumen', 180],
  ['Memimpin rapat teknis', 'rapat', 60],
  ['Mendisposisi surat dan memberi arahan', 'surat', 10],
  ['Memeriksa dan memaraf konsep naskah dinas', 'naskah', 15],
  ['Memantau pelaksanaan kegiatan', 'kegiatan', 90],
  ['Menyusun laporan kinerja bidang', 'laporan', 120],
  ['Menilai kinerja bawahan', 'pegawai', 30],
  ['Melakukan monitoring wilayah kelurahan', 'kunjungan', 120, 'Camat'],
];

const PENGAWAS: readonly Row[] = [
  ['Membagi tugas dan memberi petunjuk kepada bawahan', 'kegiatan', 30],
  ['Memverifikasi laporan harian bawahan', 'laporan', 5],
  ['Menyusun konsep naskah dinas', 'naskah', 45],
  ['Menyusun laporan bulanan', 'laporan', 60],
  ['Mengoordinasikan kegiatan dengan unit lain', 'kegiatan', 60],
  ['Menyusun telaahan staf', 'telaahan', 90],
  ['Menandatangani surat keterangan warga', 'surat', 5, 'Lurah'],
  ['Memimpin musyawarah kelurahan', 'rapat', 120, 'Lurah'],
];

const PELAKSANA: readonly Row[] = [
  ['Mengagendakan surat masuk', 'surat', 10],
  ['Mengagendakan dan mengirim surat keluar', 'surat', 10],
  ['Mengetik konsep naskah dinas', 'naskah', 30],
  ['Mengarsipkan dokumen', 'berkas', 10],
  ['Menginput data ke sistem informasi', 'data', 5],
  ['Menyusun laporan bulanan', 'laporan', 60],
  ['Melayani pengunjung', 'orang', 15],
  ['Menyiapkan bahan rapat', 'kegiatan', 45],
  ['Menyusun notulen rapat', 'notulen', 45],
  ['Membuat surat perintah membayar', 'dokumen', 30, 'Bendahara'],
  ['Mencatat transaksi pada buku kas umum', 'transaksi', 10, 'Bendahara'],
  ['Menyusun surat pertanggungjawaban', 'dokumen', 45, 'Bendahara'],
  ['Menyusun laporan realisasi anggaran', 'laporan', 120, 'Penyusun Laporan Keuangan'],
  ['Memverifikasi bukti pengeluaran', 'berkas', 15, 'Pengadministrasi Keuangan'],
  ['Memverifikasi dokumen permintaan pembayaran', 'dokumen', 20, 'Verifikator Keuangan'],
  ['Memproses usulan kenaikan pangkat', 'berkas', 30, 'Pengelola Kepegawaian'],
  ['Memutakhirkan data kepegawaian', 'data', 10, 'Pengelola Kepegawaian'],
  ['Merekap daftar hadir pegawai', 'rekap', 30, 'Pengadministrasi Kepegawaian'],
  ['Mencatat barang milik daerah', 'barang', 10, 'Pengelola Barang Milik Daerah'],
  ['Melaksanakan stock opname persediaan', 'kegiatan', 120, 'Pengelola Barang Milik Daerah'],
  ['Menyusun rencana kerja dan anggaran', 'dokumen', 180, 'Pengelola Program dan Kegiatan'],
  ['Mengolah dan memvalidasi data', 'data', 15, 'Pengolah Data'],
  ['Menyusun analisis data', 'laporan', 90, 'Analis Data'],
  ['Melayani permohonan layanan administrasi', 'berkas', 15, 'Penata Layanan Operasional'],
  ['Membuat surat keterangan domisili dan usaha', 'surat', 15, 'Pengadministrasi Pemerintahan'],
  ['Memfasilitasi kegiatan pemberdayaan masyarakat', 'kegiatan', 120, 'Pengelola Pemberdayaan'],
  ['Mengantar pasien rujukan', 'perjalanan', 60, 'Pengemudi Ambulans'],
  ['Mengawasi pengangkutan sampah', 'rute', 60, 'Pengawas Lapangan Kebersihan'],
];

const FUNGSIONAL: readonly Row[] = [
  ['Menyusun laporan pelaksanaan tugas jabatan', 'laporan', 60],
  ['Mengikuti pengembangan kompetensi', 'jam pelajaran', 45],
  ['Melakukan pengkajian keperawatan', 'pasien', 15, 'Perawat'],
  ['Memberikan asuhan keperawatan', 'pasien', 30, 'Perawat'],
  ['Melakukan serah terima pasien antar shift', 'shift', 20, 'Perawat'],
  ['Melakukan pemeriksaan pasien', 'pasien', 15, 'Dokter'],
  ['Melakukan visite pasien rawat inap', 'pasien', 10, 'Dokter'],
  ['Melakukan tindakan operasi', 'tindakan', 120, 'Dokter Spesialis'],
  ['Melakukan pemeriksaan kehamilan', 'pasien', 20, 'Bidan'],
  ['Menolong persalinan normal', 'persalinan', 120, 'Bidan'],
  ['Melakukan pemeriksaan laboratorium', 'sampel', 20, 'Pranata Laboratorium'],
  ['Melakukan pemeriksaan radiologi', 'pemeriksaan', 20, 'Radiografer'],
  ['Melayani resep', 'resep', 10, 'Apoteker'],
  ['Menyiapkan obat sesuai resep', 'resep', 10, 'Tenaga Teknis Kefarmasian'],
  ['Mengode diagnosis rekam medis', 'berkas', 5, 'Perekam Medis'],
  ['Menyusun menu diet pasien', 'pasien', 15, 'Nutrisionis'],
  ['Melakukan inspeksi kesehatan lingkungan', 'lokasi', 60, 'Sanitarian'],
  ['Melakukan penyelidikan epidemiologi', 'kasus', 120, 'Epidemiolog'],
  ['Menyusun kertas kerja pemeriksaan', 'KKP', 240, 'Auditor'],
  ['Menyusun laporan hasil pemeriksaan', 'laporan', 240, 'Auditor'],
  ['Menganalisis kebutuhan pegawai', 'dokumen', 120, 'Analis Sumber Daya Manusia Aparatur'],
  ['Memverifikasi usulan layanan kepegawaian', 'berkas', 20, 'Analis Sumber Daya Manusia Aparatur'],
  ['Menyusun bahan penilaian kinerja pegawai', 'rekap', 90, 'Analis Sumber Daya Manusia Aparatur'],
  ['Memelihara aplikasi', 'aplikasi', 60, 'Pranata Komputer'],
  ['Menangani gangguan jaringan', 'tiket', 30, 'Pranata Komputer'],
  ['Menata arsip inaktif', 'boks', 60, 'Arsiparis'],
  ['Melayani peminjaman buku', 'transaksi', 5, 'Pustakawan'],
  ['Melaksanakan patroli ketertiban umum', 'patroli', 120, 'Polisi Pamong Praja'],
  ['Melaksanakan pengamanan kegiatan', 'kegiatan', 180, 'Polisi Pamong Praja'],
  ['Melaksanakan pemadaman kebakaran', 'kejadian', 180, 'Pemadam Kebakaran'],
  ['Memeriksa kesiapan peralatan pemadam', 'pemeriksaan', 60, 'Pemadam Kebakaran'],
  ['Melakukan kunjungan penyuluhan kelompok tani', 'kunjungan', 120, 'Penyuluh Pertanian'],
  ['Melakukan penyuluhan kelompok nelayan', 'kunjungan', 120, 'Penyuluh Perikanan'],
  ['Menyusun dokumen perencanaan pembangunan', 'dokumen', 240, 'Perencana'],
  ['Melakukan supervisi akademik', 'sekolah', 180, 'Pengawas Sekolah'],
  ['Memantau satuan pendidikan nonformal', 'lembaga', 120, 'Penilik'],
  ['Memutakhirkan database kependudukan', 'data', 5, 'Administrator Database Kependudukan'],
  ['Menganalisis laporan keuangan daerah', 'laporan', 180, 'Analis Keuangan'],
  ['Melaksanakan pemilihan penyedia', 'paket', 240, 'Pengelola Pengadaan'],
];

export const ACTIVITIES: readonly DemoActivity[] = [
  ...group('JPT', 'jpt', JPT),
  ...group('ADM', 'administrator', ADMINISTRATOR),
  ...group('PGW', 'pengawas', PENGAWAS),
  ...group('PLK', 'pelaksana', PELAKSANA),
  ...group('FNG', 'fungsional', FUNGSIONAL),
];
