/**
 * Name material for synthetic employees, in the mix of a Butonese city: Butonese names
 * (La/Wa, and La Ode/Wa Ode for the nobility), general Muslim names, Bugis (Andi),
 * Javanese and Christian (Toraja, Minahasa, Maluku, Flores) names. Every combination is
 * invented; any likeness to a real person is chance.
 */

export type NameGroup = 'buton' | 'muslim' | 'bugis' | 'jawa' | 'kristen';

export const NAME_GROUP_WEIGHTS: Readonly<Record<NameGroup, number>> = {
  buton: 42,
  muslim: 25,
  bugis: 13,
  jawa: 11,
  kristen: 9,
};

// biome-ignore format: name lists read better packed
/** Short names used after "La" / "Wa" in everyday Butonese naming. */
export const BUTON_SHORT = {
  L: ['Ali', 'Ugi', 'Dani', 'Rusli', 'Hamu', 'Sadi', 'Kasim', 'Nuhu', 'Rabu', 'Tahi', 'Ane',
    'Mudi', 'Sarifu', 'Baa', 'Ima', 'Hasidi', 'Juma', 'Kamaru', 'Tondi', 'Rudi', 'Sahidi'],
  P: ['Ani', 'Ina', 'Sia', 'Ati', 'Rini', 'Hamina', 'Fatima', 'Ija', 'Nuri', 'Sitti', 'Mia',
    'Saria', 'Hadia', 'Ramla', 'Nuru', 'Salma', 'Zahra', 'Asia', 'Rafia'],
} as const;

// biome-ignore format: name lists read better packed
export const MUSLIM_GIVEN = {
  L: ['Muhammad', 'Ahmad', 'Abdul Rahman', 'Syamsul', 'Hasanuddin', 'Rusdin', 'Ikhsan', 'Arfan',
    'Fajar', 'Rahmat', 'Ridwan', 'Saleh', 'Yusran', 'Jufri', 'Hamzah', 'Zainal', 'Irwan',
    'Amiruddin', 'Nasrun', 'Syahrir', 'Abdul Gafur', 'Ismail', 'Hasrun', 'Safaruddin', 'Darwis',
    'Kamaruddin', 'Sahirun', 'Imran', 'Faisal', 'Akbar', 'Rizal', 'Hendra', 'Yusuf', 'Arif',
    'Taufik', 'Syarifuddin', 'Mustafa', 'Nurdin', 'Umar', 'Idris', 'Haerul', 'Muhlis'],
  P: ['Siti', 'Nurhayati', 'Hasnawati', 'Rosmiati', 'Nurlina', 'Sitti Rahma', 'Asniar', 'Wahida',
    'Fitriani', 'Rahmawati', 'Nurjannah', 'Hastuti', 'Sumarni', 'Hasmiati', 'Yuliana', 'Marlina',
    'Irawati', 'Musdalifah', 'Sartini', 'Nur Aisyah', 'Halima', 'Jumriati', 'Murni', 'Rabiah',
    'Hariani', 'Zulfa', 'Khadijah', 'Andriani', 'Nurul Huda', 'Ratna', 'Syamsiah',
    'Darmawati', 'Ernawati', 'Risma', 'Aminah', 'Sulastri', 'Nirwana', 'Mardiana'],
} as const;

// biome-ignore format: name lists read better packed
export const MUSLIM_SECOND = {
  L: ['Syahputra', 'Hidayat', 'Saputra', 'Ramadhan', 'Kurniawan', 'Setiawan', 'Pratama',
    'Rasyid', 'Hakim', 'Maulana', 'Firdaus', 'Ashari', 'Nurdin', 'Kadir', 'Syukur', 'Rauf'],
  P: ['Lestari', 'Anggraeni', 'Sari', 'Wulandari', 'Puspita', 'Rahmadani', 'Fitriani', 'Amalia',
    'Safitri', 'Handayani', 'Ramadhani', 'Utami', 'Hasanah', 'Kartika', 'Permatasari'],
} as const;

// biome-ignore format: name lists read better packed
export const BUGIS_GIVEN = {
  L: ['Baso', 'Muhammad Arsyad', 'Syamsuddin', 'Hasanuddin', 'Amir', 'Mappe', 'Sultan',
    'Muhammad Yunus', 'Tenri', 'Makmur', 'Ilham', 'Jamaluddin', 'Burhanuddin', 'Mansyur'],
  P: ['Besse', 'Nurhaeni', 'Nurhaedah', 'Tenri Ola', 'Hasnah', 'Kartini', 'Nurbaya', 'Husniah',
    'Suriani', 'Hamsinah', 'Nurhalisa', 'Rahmatia', 'Sakinah', 'Indah'],
} as const;

// biome-ignore format: name lists read better packed
export const JAWA_GIVEN = {
  L: ['Sutrisno', 'Bambang Sugiarto', 'Agus Setiawan', 'Budi Santoso', 'Joko Purnomo',
    'Slamet Riyadi', 'Heru Prasetyo', 'Wahyu Hidayat', 'Eko Prasetyo', 'Dwi Cahyono',
    'Teguh Waluyo', 'Suparman', 'Sugeng Rahardjo', 'Hadi Susanto', 'Purwanto', 'Gunawan'],
  P: ['Sri Wahyuni', 'Endang Susilowati', 'Dwi Lestari', 'Tri Handayani', 'Sumiyati',
    'Rini Astuti', 'Retno Wulandari', 'Siti Aminah', 'Puji Rahayu', 'Yuni Kartika',
    'Ninik Suryani', 'Wiwik Sulistyowati', 'Eni Purwanti', 'Kusmiyati'],
} as const;

// biome-ignore format: name lists read better packed
export const KRISTEN_GIVEN = {
  L: ['Yohanes', 'Petrus', 'Markus', 'Stefanus', 'Daniel', 'Yosef', 'Fransiskus', 'Ronald',
    'Paulus', 'Yakobus', 'Agustinus', 'Hendrik', 'Frans', 'Alexander', 'Simon'],
  P: ['Maria', 'Yohana', 'Kristina', 'Elisabeth', 'Agustina', 'Magdalena', 'Veronika', 'Debora',
    'Martha', 'Yuliana', 'Theresia', 'Ribka', 'Natalia', 'Priskila'],
} as const;

// biome-ignore format: name lists read better packed
export const KRISTEN_FAMILY = [
  'Tandirerung', 'Pongsibanne', 'Sumual', 'Lumintang', 'Pattiasina', 'Tupamahu', 'Manuhutu',
  'Tangdilintin', 'Sampe', 'Palinggi', 'Rantetana', 'Wenas', 'Pelupessy', 'Latuheru', 'Lewar',
  'Bria', 'Sinaga', 'Tambunan',
] as const;
