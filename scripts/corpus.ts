/**
 * Writes a synthetic archive for benchmarks: a complete content folder (captures, articles,
 * publishers, entities, events) of N articles of Indonesian-like news text, with the real
 * articles of content/ among them, so that search and build can be measured at 1,000 or
 * 10,000 articles. Run it with the project's Node (24), which runs TypeScript directly:
 *
 *   node_modules/.bin/node scripts/corpus.ts --out /tmp/kliping-1000 --count 1000 [--seed 1]
 *
 * then build it with `KLIPING_CONTENT=/tmp/kliping-1000/ astro build`.
 *
 * The text is made of real Indonesian words (affixed verbs, derived nouns, names of the
 * archive's entities), so that Pagefind's Indonesian stemming and index sizes behave as they
 * would on real news. Every synthetic article is a raw capture plus an article that accounts
 * for each of its lines, as the archive requires. The same --count and --seed give the same
 * bytes: all randomness comes from one seeded generator, and nothing reads the clock.
 *
 * It imports nothing from src/lib, whose modules Node cannot resolve on their own; the unit
 * test (tests/unit/corpus.test.ts) checks its output with the real schema and checks.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';

// ---------------------------------------------------------------------------------------------
// Randomness

/** A seeded source of randomness; the same seed gives the same sequence. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** mulberry32: a small, fast 32-bit generator, good enough for test data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
    chance: (p) => next() < p,
  };
}

/** Up to n distinct elements of a list, in random order. */
function sample<T>(r: Random, list: readonly T[], n: number): T[] {
  const pool = [...list];
  const taken: T[] = [];
  while (taken.length < n && pool.length > 0) taken.push(pool.splice(r.int(0, pool.length - 1), 1)[0]!);
  return taken;
}

// ---------------------------------------------------------------------------------------------
// The synthetic world: publishers, entities, topics and words

interface Publisher {
  id: string;
  name: string;
  kind: 'outlet' | 'agency';
  url: string;
  description: string;
}

/** An outlet of the synthetic world, with the dateline it prints ({NAME}, {name}, {CITY}, {City}). */
interface Outlet extends Publisher {
  dateline: string;
}

const SYNTHETIC_OUTLET = 'Portal berita rekaan untuk korpus uji kinerja Kliping.';

const OUTLETS: readonly Outlet[] = [
  ['warta-nusantara', 'wartanusantara.example', '{NAME} - {CITY}.'],
  ['kabar-harian', 'kabarharian.example', '{CITY}, {name} -'],
  ['suara-pagi', 'suarapagi.example', '{name}, {City} -'],
  ['lintas-kota', 'lintaskota.example', ''],
  ['gema-ekonomi', 'gemaekonomi.example', '{NAME} - {CITY}.'],
  ['berita-pekan', 'beritapekan.example', '{City}:'],
].map(([id, name, dateline]) => ({
  id: id!,
  name: name!,
  kind: 'outlet' as const,
  url: `https://${name}/`,
  description: SYNTHETIC_OUTLET,
  dateline: dateline!,
}));

/** Real agencies added to the real publishers; Reuters and Anadolu are already there. */
const AGENCIES: readonly Publisher[] = [
  {
    id: 'antara',
    name: 'Antara',
    kind: 'agency',
    url: 'https://www.antaranews.com/',
    description: 'Kantor berita nasional Indonesia.',
  },
  {
    id: 'afp',
    name: 'AFP',
    kind: 'agency',
    url: 'https://www.afp.com/',
    description: 'Kantor berita internasional yang berpusat di Paris.',
  },
  {
    id: 'ap',
    name: 'Associated Press',
    kind: 'agency',
    url: 'https://apnews.com/',
    description: 'Kantor berita internasional yang berpusat di New York.',
  },
];

/** Agencies an article can be based on or cite, by id and name. */
const WIRES = [
  { id: 'reuters', name: 'Reuters' },
  { id: 'antara', name: 'Antara' },
  { id: 'afp', name: 'AFP' },
  { id: 'ap', name: 'Associated Press' },
];
const CITED = [...WIRES, { id: 'anadolu', name: 'Anadolu Agency' }];

type EntityKind = 'person' | 'organisation' | 'country' | 'place';

/** What the text needs to know of an entity. */
interface EntityName {
  id: string;
  name: string;
  kind: EntityKind;
}

interface Entity extends EntityName {
  description: string;
  aliases: readonly string[];
}

/** [id, name, description, aliases separated by "|"] */
type EntityRow = readonly [string, string, string, string?];

/** Entities of one kind from compact rows. */
function entities(kind: EntityKind, rows: readonly EntityRow[]): Entity[] {
  return rows.map(([id, name, description, aliases]) => ({
    id,
    name,
    kind,
    description,
    aliases: aliases ? aliases.split('|') : [],
  }));
}

const ORGANISATIONS = entities('organisation', [
  ['bank-indonesia', 'Bank Indonesia', 'Bank sentral Republik Indonesia.', 'BI'],
  ['kemenkeu', 'Kementerian Keuangan', 'Kementerian yang mengelola keuangan negara.', 'Kemenkeu'],
  ['bps', 'Badan Pusat Statistik', 'Lembaga pemerintah penyedia data statistik resmi.', 'BPS'],
  ['ojk', 'Otoritas Jasa Keuangan', 'Lembaga pengatur dan pengawas sektor jasa keuangan.', 'OJK'],
  ['bei', 'Bursa Efek Indonesia', 'Penyelenggara pasar saham di Indonesia.', 'BEI|IDX'],
  [
    'pertamina',
    'Pertamina',
    'Badan usaha milik negara di bidang minyak dan gas bumi.',
    'PT Pertamina (Persero)',
  ],
  ['pln', 'PLN', 'Badan usaha milik negara penyedia listrik.', 'Perusahaan Listrik Negara'],
  ['bank-dunia', 'Bank Dunia', 'Lembaga keuangan internasional untuk pembangunan.', 'World Bank'],
  ['imf', 'Dana Moneter Internasional', 'Organisasi keuangan internasional.', 'IMF'],
  ['kpu', 'Komisi Pemilihan Umum', 'Lembaga penyelenggara pemilihan umum di Indonesia.', 'KPU'],
  ['bawaslu', 'Badan Pengawas Pemilu', 'Lembaga pengawas penyelenggaraan pemilu.', 'Bawaslu'],
  ['dpr', 'Dewan Perwakilan Rakyat', 'Lembaga legislatif Indonesia.', 'DPR'],
  [
    'mahkamah-konstitusi',
    'Mahkamah Konstitusi',
    'Lembaga peradilan yang menguji undang-undang dan memutus sengketa hasil pemilu.',
    'MK',
  ],
  ['kpk', 'Komisi Pemberantasan Korupsi', 'Lembaga negara yang menangani tindak pidana korupsi.', 'KPK'],
  ['polri', 'Kepolisian Negara Republik Indonesia', 'Kepolisian nasional Indonesia.', 'Polri'],
  ['kejaksaan-agung', 'Kejaksaan Agung', 'Lembaga penuntutan tertinggi di Indonesia.', 'Kejagung'],
  ['bnpb', 'Badan Nasional Penanggulangan Bencana', 'Lembaga koordinator penanggulangan bencana.', 'BNPB'],
  [
    'bmkg',
    'Badan Meteorologi, Klimatologi, dan Geofisika',
    'Lembaga pemantau cuaca, iklim dan gempa bumi.',
    'BMKG',
  ],
  ['basarnas', 'Badan SAR Nasional', 'Lembaga pencarian dan pertolongan.', 'Basarnas'],
  ['kemenkes', 'Kementerian Kesehatan', 'Kementerian yang mengurus kesehatan.', 'Kemenkes'],
  ['bpjs-kesehatan', 'BPJS Kesehatan', 'Badan penyelenggara jaminan kesehatan nasional.'],
  ['who', 'Organisasi Kesehatan Dunia', 'Badan PBB untuk kesehatan masyarakat.', 'WHO'],
  ['bpom', 'Badan Pengawas Obat dan Makanan', 'Lembaga pengawas obat dan makanan.', 'BPOM'],
  ['kemenhub', 'Kementerian Perhubungan', 'Kementerian yang mengurus transportasi.', 'Kemenhub'],
  [
    'kemenpupr',
    'Kementerian Pekerjaan Umum dan Perumahan Rakyat',
    'Kementerian yang membangun infrastruktur dan perumahan.',
    'Kementerian PUPR',
  ],
  ['kai', 'PT Kereta Api Indonesia', 'Badan usaha milik negara operator kereta api.', 'KAI'],
  ['pssi', 'Persatuan Sepak Bola Seluruh Indonesia', 'Induk organisasi sepak bola Indonesia.', 'PSSI'],
  ['koni', 'Komite Olahraga Nasional Indonesia', 'Organisasi pembina olahraga prestasi.', 'KONI'],
  ['kemenpora', 'Kementerian Pemuda dan Olahraga', 'Kementerian urusan pemuda dan olahraga.', 'Kemenpora'],
  ['pbb', 'Perserikatan Bangsa-Bangsa', 'Organisasi antarpemerintah sedunia.', 'PBB|United Nations'],
  ['asean', 'ASEAN', 'Perhimpunan Bangsa-Bangsa Asia Tenggara.'],
  ['kemenlu', 'Kementerian Luar Negeri', 'Kementerian yang mengurus hubungan luar negeri.', 'Kemenlu'],
]);

const COUNTRIES = entities('country', [
  ['indonesia', 'Indonesia', 'Republik Indonesia.'],
  ['malaysia', 'Malaysia', 'Negara tetangga di Asia Tenggara.'],
  ['singapura', 'Singapura', 'Negara kota di Asia Tenggara.', 'Singapore'],
  ['australia', 'Australia', 'Negara tetangga di selatan Indonesia.'],
  ['jepang', 'Jepang', 'Negara kepulauan di Asia Timur.', 'Japan'],
  ['tiongkok', 'Tiongkok', 'Republik Rakyat Tiongkok.', 'China|RRT'],
  ['india', 'India', 'Negara di Asia Selatan.'],
  ['korea-selatan', 'Korea Selatan', 'Negara di Asia Timur.', 'South Korea|Korsel'],
]);

const PLACES = entities('place', [
  ['jakarta', 'Jakarta', 'Ibu kota Indonesia.'],
  ['surabaya', 'Surabaya', 'Ibu kota Provinsi Jawa Timur.'],
  ['bandung', 'Bandung', 'Ibu kota Provinsi Jawa Barat.'],
  ['medan', 'Medan', 'Ibu kota Provinsi Sumatera Utara.'],
  ['semarang', 'Semarang', 'Ibu kota Provinsi Jawa Tengah.'],
  ['makassar', 'Makassar', 'Ibu kota Provinsi Sulawesi Selatan.'],
  ['palembang', 'Palembang', 'Ibu kota Provinsi Sumatera Selatan.'],
  ['denpasar', 'Denpasar', 'Ibu kota Provinsi Bali.'],
  ['yogyakarta', 'Yogyakarta', 'Ibu kota Daerah Istimewa Yogyakarta.', 'Jogja'],
  ['balikpapan', 'Balikpapan', 'Kota pelabuhan di Kalimantan Timur.'],
  ['samarinda', 'Samarinda', 'Ibu kota Provinsi Kalimantan Timur.'],
  ['pontianak', 'Pontianak', 'Ibu kota Provinsi Kalimantan Barat.'],
  ['manado', 'Manado', 'Ibu kota Provinsi Sulawesi Utara.'],
  ['padang', 'Padang', 'Ibu kota Provinsi Sumatera Barat.'],
  ['pekanbaru', 'Pekanbaru', 'Ibu kota Provinsi Riau.'],
  ['kupang', 'Kupang', 'Ibu kota Provinsi Nusa Tenggara Timur.'],
  ['jayapura', 'Jayapura', 'Ibu kota Provinsi Papua.'],
  ['ambon', 'Ambon', 'Ibu kota Provinsi Maluku.'],
  ['mataram', 'Mataram', 'Ibu kota Provinsi Nusa Tenggara Barat.'],
  ['malang', 'Malang', 'Kota di Jawa Timur.'],
  ['solo', 'Solo', 'Kota di Jawa Tengah.', 'Surakarta'],
  ['batam', 'Batam', 'Kota di Provinsi Kepulauan Riau.'],
  ['bogor', 'Bogor', 'Kota di Jawa Barat.'],
]);

const GIVEN_NAMES = (
  'Budi Siti Agus Dewi Rudi Sri Andi Rina Hendra Yusuf Ahmad Nur Putri Eko Wahyu Fitri ' +
  'Bambang Ratna Joko Indah Dimas Ayu Rizki Lestari Teguh Maya Arief Wulan Hadi Intan'
).split(' ');
const FAMILY_NAMES = (
  'Santoso Wijaya Pratama Saputra Hidayat Nugroho Kusuma Siregar Nasution Harahap Simanjuntak ' +
  'Lubis Wibowo Setiawan Gunawan Rahman Hakim Sulistyo Purnomo Susanto Halim Tanjung Manurung ' +
  'Pangaribuan Sembiring Tarigan Daulay Syahputra Permana Firmansyah'
).split(' ');

/** Invented people, who speak in the synthetic stories (real people are never quoted). */
const PEOPLE: readonly Entity[] = Array.from({ length: 60 }, (_, i) => {
  const name = `${GIVEN_NAMES[i % 30]} ${FAMILY_NAMES[(7 * i + Math.floor(i / 30)) % 30]}`;
  return {
    id: slugify(name),
    name,
    kind: 'person' as const,
    description: 'Tokoh rekaan dalam korpus uji kinerja; bukan orang sungguhan.',
    aliases: [],
  };
});

/** Names for editors and bylines (not entities). */
const STAFF = Array.from(
  { length: 40 },
  (_, i) => `${GIVEN_NAMES[(i * 11) % 30]} ${FAMILY_NAMES[(i * 13 + 5) % 30]}`,
);

const SYNTHETIC_ENTITIES: readonly Entity[] = [...ORGANISATIONS, ...COUNTRIES, ...PLACES, ...PEOPLE];

/** A field of news: what its stories are about, who acts and speaks in them, and where. */
interface Topic {
  /** Section of the outlet's URL, e.g. "ekonomi". */
  section: string;
  /** Noun phrases the stories are about. */
  subjects: readonly string[];
  /** Organisations that act (entity ids). */
  organisations: readonly string[];
  /** Other entities that act: countries, and in world news the real people of the archive. */
  actors: readonly string[];
  /** Titles of the experts who speak. */
  roles: readonly string[];
  /** Where the stories happen (place entity ids). */
  places: readonly string[];
}

/** A list written as one string, items separated by "|". */
const list = (text: string) => text.split('|');

const TOPICS: readonly Topic[] = [
  {
    section: 'ekonomi',
    subjects: list(
      'inflasi tahunan|pertumbuhan ekonomi|harga beras|harga minyak goreng|harga cabai merah|' +
        'nilai tukar rupiah|suku bunga acuan|cadangan devisa|neraca perdagangan|ekspor batu bara|' +
        'impor gandum|investasi asing|penerimaan pajak|subsidi bahan bakar|utang luar negeri|' +
        'daya beli masyarakat|kredit usaha rakyat|usaha mikro kecil dan menengah|' +
        'indeks harga saham gabungan|upah minimum provinsi|hilirisasi nikel|ekspor minyak sawit|' +
        'tarif listrik|harga gula pasir|program riset & pengembangan',
    ),
    organisations: list('bank-indonesia|kemenkeu|bps|ojk|bei|pertamina|pln|bank-dunia|imf'),
    actors: list('tiongkok|jepang|singapura|australia|india'),
    roles: list('ekonom senior|analis pasar modal|pengamat ekonomi|Ketua Asosiasi Pengusaha'),
    places: list('jakarta|surabaya|medan|batam|balikpapan|semarang|bandung'),
  },
  {
    section: 'politik',
    subjects: list(
      'pemilihan umum|daftar pemilih tetap|calon anggota legislatif|partai politik peserta pemilu|' +
        'koalisi pendukung|rancangan undang-undang|masa kampanye|surat suara|tempat pemungutan suara|' +
        'rekapitulasi suara|pilkada serentak|anggaran pemilu|netralitas aparatur sipil negara|' +
        'debat calon presiden|daerah pemilihan|ambang batas parlemen|hak angket|revisi undang-undang|' +
        'sengketa hasil pemilu|logistik pemilu',
    ),
    organisations: list('kpu|bawaslu|dpr|mahkamah-konstitusi'),
    actors: list('indonesia'),
    roles: list('pengamat politik|peneliti senior|Ketua Fraksi|anggota Komisi II'),
    places: list('jakarta|makassar|palembang|padang|pekanbaru|mataram|bandung'),
  },
  {
    section: 'hukum',
    subjects: list(
      'kasus korupsi|dugaan suap|penyidikan perkara|tersangka baru|berkas perkara|sidang tuntutan|' +
        'putusan pengadilan|upaya banding|barang bukti|keterangan saksi|penahanan tersangka|' +
        'kerugian negara|tindak pidana pencucian uang|penyitaan aset|perdagangan narkotika|' +
        'penipuan daring|pengadaan barang dan jasa|dana hibah|izin tambang ilegal|pungutan liar',
    ),
    organisations: list('kpk|polri|mahkamah-konstitusi|kejaksaan-agung'),
    actors: list('indonesia'),
    roles: list('kuasa hukum tersangka|pakar hukum pidana|Kepala Bidang Humas|peneliti antikorupsi'),
    places: list('jakarta|surabaya|medan|semarang|makassar|bandung|pontianak'),
  },
  {
    section: 'bencana',
    subjects: list(
      'banjir bandang|tanah longsor|gempa bumi|erupsi gunung api|kebakaran hutan dan lahan|' +
        'cuaca ekstrem|gelombang tinggi|pengungsi|posko pengungsian|bantuan logistik|' +
        'status tanggap darurat|jalur evakuasi|sistem peringatan dini|curah hujan|rumah rusak berat|' +
        'jembatan darurat|dapur umum|pasokan air bersih|kekeringan|abrasi pantai',
    ),
    organisations: list('bnpb|bmkg|basarnas|polri'),
    actors: list('indonesia'),
    roles: list('Kepala Pelaksana BPBD|relawan kemanusiaan|ahli geologi|Kepala Stasiun Meteorologi'),
    places: list('padang|manado|ambon|kupang|mataram|palembang|pontianak|jayapura|malang|bogor'),
  },
  {
    section: 'kesehatan',
    subjects: list(
      'vaksinasi dosis penguat|kasus baru|rumah sakit rujukan|tenaga kesehatan|obat-obatan|' +
        'angka stunting|demam berdarah|layanan puskesmas|jaminan kesehatan nasional|gizi buruk|' +
        'protokol kesehatan|kelompok lanjut usia (>60 tahun)|ibu hamil|imunisasi dasar|tuberkulosis|' +
        'alat kesehatan|kamar rawat inap|dokter spesialis|obat sirop|pemeriksaan kesehatan gratis',
    ),
    organisations: list('kemenkes|bpjs-kesehatan|who|bpom'),
    actors: list('indonesia|india|tiongkok'),
    roles: list('epidemiolog|Kepala Dinas Kesehatan|dokter spesialis anak|Ketua Ikatan Dokter'),
    places: list('jakarta|yogyakarta|surabaya|denpasar|semarang|bandung|makassar'),
  },
  {
    section: 'transportasi',
    subjects: list(
      'jalan tol|jembatan penghubung|pelabuhan peti kemas|bandara baru|kereta cepat|angkutan umum|' +
        'arus mudik|bendungan|jalur kereta api|rekayasa lalu lintas|harga tiket pesawat|' +
        'kapal penyeberangan|terminal bus|moda raya terpadu|kendaraan listrik|stasiun pengisian daya|' +
        'jalan nasional|rute penerbangan|sistem ganjil genap|uji kelaikan kendaraan',
    ),
    organisations: list('kemenhub|kemenpupr|pln|pertamina|kai'),
    actors: list('jepang|tiongkok|korea-selatan'),
    roles: list(
      'pengamat transportasi|Direktur Operasi|Kepala Dinas Perhubungan|Ketua Masyarakat Transportasi',
    ),
    places: list('jakarta|bandung|semarang|surabaya|balikpapan|samarinda|medan|batam|solo'),
  },
  {
    section: 'olahraga',
    subjects: list(
      'tim nasional|pertandingan persahabatan|babak kualifikasi|pelatih kepala|pemain muda|' +
        'stadion utama|kompetisi liga|medali emas|turnamen bulu tangkis|jadwal latihan|seleksi atlet|' +
        'tiket pertandingan|peringkat dunia|kejuaraan dunia|pemusatan latihan|bonus atlet|hak siar|' +
        'kelompok suporter|pekan olahraga nasional|lintasan balap',
    ),
    organisations: list('pssi|koni|kemenpora'),
    actors: list('malaysia|jepang|korea-selatan|australia'),
    roles: list('pengamat sepak bola|manajer tim|kapten tim|Ketua Umum'),
    places: list('jakarta|surabaya|bandung|palembang|solo|malang|denpasar'),
  },
  {
    section: 'internasional',
    subjects: list(
      'perundingan damai|kerja sama bilateral|sanksi ekonomi|keamanan kawasan|perjanjian perdagangan|' +
        'konferensi tingkat tinggi|bantuan kemanusiaan|hubungan diplomatik|gencatan senjata|' +
        'pasukan penjaga perdamaian|jaminan keamanan|ekspansi militer|latihan militer gabungan|' +
        'pasokan energi|krisis pengungsi|duta besar|pernyataan bersama|jalur diplomasi|sengketa wilayah|' +
        'kunjungan kenegaraan',
    ),
    organisations: list('nato|uni-eropa|osce|dewan-nato-rusia|pbb|asean|kemenlu'),
    actors: list(
      'rusia|ukraina|amerika-serikat|georgia|tiongkok|jepang|jens-stoltenberg|josep-borrell|' +
        'dmytro-kuleba|sergei-ryabkov|wendy-sherman|maria-zakharova',
    ),
    roles: list(
      'pengamat hubungan internasional|diplomat senior|juru bicara kedutaan|peneliti kebijakan luar negeri',
    ),
    places: list('brussel|jenewa|wina|kyiv|jakarta'),
  },
];

/** A transitive verb: [active me- form, passive di- form, headline form]. */
type Verb = readonly [string, string, string];

const VERBS: readonly Verb[] = (
  'membahas dibahas Bahas|mengumumkan diumumkan Umumkan|menetapkan ditetapkan Tetapkan|' +
  'menargetkan ditargetkan Targetkan|meningkatkan ditingkatkan Tingkatkan|memperkuat diperkuat Perkuat|' +
  'menyiapkan disiapkan Siapkan|membangun dibangun Bangun|memperbaiki diperbaiki Perbaiki|' +
  'menyetujui disetujui Setujui|menolak ditolak Tolak|mengevaluasi dievaluasi Evaluasi|' +
  'mengalokasikan dialokasikan Alokasikan|meresmikan diresmikan Resmikan|memantau dipantau Pantau|' +
  'mengawasi diawasi Awasi|menangani ditangani Tangani|menyelidiki diselidiki Selidiki|' +
  'melaporkan dilaporkan Laporkan|menyalurkan disalurkan Salurkan|mempercepat dipercepat Percepat|' +
  'menunda ditunda Tunda|membatalkan dibatalkan Batalkan|menaikkan dinaikkan Naikkan|' +
  'menurunkan diturunkan Turunkan|memperpanjang diperpanjang Perpanjang|menghentikan dihentikan Hentikan|' +
  'mengkaji dikaji Kaji|merevisi direvisi Revisi|mendukung didukung Dukung|mengkritik dikritik Kritik|' +
  'menertibkan ditertibkan Tertibkan|memeriksa diperiksa Periksa|mengirimkan dikirimkan Kirimkan|' +
  'membuka dibuka Buka|menutup ditutup Tutup|meluncurkan diluncurkan Luncurkan|menggelar digelar Gelar|' +
  'mengembangkan dikembangkan Kembangkan|memulihkan dipulihkan Pulihkan|mengurangi dikurangi Kurangi|' +
  'menambah ditambah Tambah|menjamin dijamin Jamin|mengatur diatur Atur|menerapkan diterapkan Terapkan|' +
  'mewajibkan diwajibkan Wajibkan|melarang dilarang Larang|menyepakati disepakati Sepakati|' +
  'merampungkan dirampungkan Rampungkan|menyelesaikan diselesaikan Selesaikan|mengajukan diajukan Ajukan|' +
  'mengesahkan disahkan Sahkan|memberikan diberikan Berikan|mencabut dicabut Cabut|' +
  'menyoroti disoroti Soroti|mempertanyakan dipertanyakan Pertanyakan|menyosialisasikan disosialisasikan Sosialisasikan'
)
  .split('|')
  .map((forms) => forms.split(' ') as unknown as Verb);

const CHANGES = list('naik|turun|meningkat|menurun|melonjak|merosot|bertambah|berkurang|tumbuh|mencapai');
/** What a change is measured against; the empty one leaves it unsaid. */
const COMPARISONS = list(
  'dibandingkan tahun lalu|secara tahunan|sepanjang semester pertama|dalam sebulan terakhir|' +
    'sejak awal tahun|per akhir bulan lalu|dibandingkan periode yang sama|',
);
/** Auxiliaries before a verb; the empty ones leave it bare. */
const MODALS = list('akan|telah|sedang|masih|segera|tengah|sudah|terus|||');
const INTENTS = list('berencana|berupaya|berjanji|berkomitmen|bersiap|berharap dapat|sepakat untuk');
const SAYS = list(
  'mengatakan|menyatakan|menegaskan|menjelaskan|mengungkapkan|menyebutkan|memastikan|mengakui',
);
const QUOTE_TAGS = list('kata|ujar|ungkap|jelas|tutur|tegas|imbuh');
const CONNECTORS = list(
  'Selain itu,|Sementara itu,|Di sisi lain,|Namun,|Oleh karena itu,|Sebelumnya,|Lebih lanjut,|' +
    'Dalam kesempatan yang sama,|Meski demikian,|Untuk itu,|Di tempat terpisah,|Sejauh ini,|Adapun',
);
const CONJUNCTIONS = list('dan|namun|sehingga|karena|sementara|meskipun|sebab|sedangkan');
const ADJECTIVES = list(
  'penting|strategis|signifikan|mendesak|berkelanjutan|terpadu|nasional|regional|darurat|ketat|' +
    'optimal|merata|transparan|akuntabel|efektif|efisien|produktif|stabil|kondusif|memadai|bertahap',
);
const GENERAL_SUBJECTS = list(
  'program prioritas|kebijakan baru|anggaran tambahan|rencana kerja|langkah antisipasi|' +
    'evaluasi menyeluruh|koordinasi lintas sektor|sosialisasi|data terbaru|laporan tahunan|' +
    'target pemerintah|regulasi turunan|peraturan daerah|skema pembiayaan|pengawasan lapangan|' +
    'bantuan langsung tunai|kerja sama|pendataan ulang|uji coba|peta jalan|pelayanan publik',
);
const GENERIC_ACTORS = list(
  'pemerintah|pemerintah daerah|pemerintah pusat|para pejabat|warga|masyarakat|pelaku usaha|' +
    'para ahli|aparat gabungan|petugas di lapangan|tim khusus|DPRD setempat|pihak terkait|kalangan akademisi',
);
const OFFICES = list('Juru Bicara|Ketua|Kepala|Direktur|Deputi|Wakil Ketua|Sekretaris|Kepala Biro Humas');
const TIMES = list(
  'tahun ini|tahun depan|pekan depan|bulan lalu|dalam waktu dekat|hingga akhir tahun|sejak awal tahun|' +
    'dalam beberapa pekan terakhir|pada semester kedua|menjelang akhir tahun|secara bertahap|' +
    'di sejumlah daerah|di seluruh Indonesia|bagi masyarakat|tanpa batas waktu',
);
const QUOTE_STATES = list(
  'situasi ini masih terkendali|kondisinya cukup mengkhawatirkan|semuanya terus membaik|' +
    'kami tidak ingin terburu-buru|semua pihak harus duduk bersama|kami membuka pintu dialog',
);
const UNITS = list('persen|persen|persen|miliar|triliun|orang|kilometer|ton|unit|kepala keluarga|hektare');
const SMALL_WORDS = new Set(list('di|ke|dari|dan|yang|untuk|pada|dengan|atau|oleh|dalam|bagi|hingga|sejak'));
const WEEKDAYS = list('Minggu|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu');
const MONTHS = list('Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember');

// ---------------------------------------------------------------------------------------------
// Dates (civil dates in WIB; plain arithmetic, never the clock or the local time zone)

interface Day {
  year: number;
  month: number;
  day: number;
}

/** Publication dates fall from 2019 to 2024. */
const FIRST_DAY: Day = { year: 2019, month: 1, day: 1 };
const DAYS_IN_RANGE = (Date.UTC(2024, 11, 31) - Date.UTC(2019, 0, 1)) / 86_400_000 + 1;

/** The day `offset` days after `from` (negative: before). */
function addDays(from: Day, offset: number): Day {
  const date = new Date(Date.UTC(from.year, from.month - 1, from.day + offset));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Two digits: 4 → "04". */
const pad = (n: number) => String(n).padStart(2, '0');
/** "YYYY-MM-DD". */
const isoDay = (d: Day) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
/** The Indonesian name of the day's weekday ("Selasa"). */
const weekday = (d: Day) => WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()]!;

/** "HH:MM" between 06:00 and 23:59. */
function timeOfDay(r: Random): string {
  return `${pad(r.int(6, 23))}:${pad(r.int(0, 59))}`;
}

// ---------------------------------------------------------------------------------------------
// Text

/** The archive's escaping of captured text for MDX (as escapeMarkdown in src/lib/body.ts). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~!&]/g, (char) => `\\${char}`)
    .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3')
    .replace(/^([-+=])(\s|$)/, '\\$1$2');
}

/** Lowercase words joined by "-", at most `words` of them. */
export function slugify(text: string, words = 8): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, words)
    .join('-');
}

/** A slug not yet in `taken` (adding "-2", "-3"… when needed), recorded as taken. */
function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** The number of words in a text. */
const words = (text: string) => text.split(' ').length;
/** The text with its first letter in upper case. */
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Joins the non-empty parts with single spaces. */
const phrase = (...parts: string[]) => parts.filter((part) => part !== '').join(' ');

/** An Indonesian headline: every word capitalised but the small ones. */
function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : capitalise(word)))
    .join(' ');
}

/** "4", "4,2", "3.400": numbers as Indonesian news writes them. */
function amount(r: Random): string {
  const unit = r.pick(UNITS);
  const decimal = (max: number) => (r.chance(0.5) ? `${r.int(1, max)}` : `${r.int(1, max)},${r.int(1, 9)}`);
  if (unit === 'miliar' || unit === 'triliun') return `Rp ${decimal(999)} ${unit}`;
  if (unit === 'persen') return `${decimal(40)} persen`;
  return `${String(r.int(2, 90_000)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ${unit}`;
}

/** Someone who speaks in a story: an invented person with a title. */
interface Speaker {
  person: Entity;
  /** "Juru Bicara Komisi Pemberantasan Korupsi", "pengamat politik". */
  role: string;
  /** The organisation in the role, if any. */
  organisation?: EntityName;
}

/** The state of one story while its text is written. */
interface Story {
  r: Random;
  topic: Topic;
  entities: ReadonlyMap<string, EntityName>;
  /** The day of publication, which the text refers to ("Selasa (4/1)"). */
  day: Day;
  place: EntityName;
  speakers: readonly Speaker[];
  introduced: Set<Speaker>;
  /** Entity ids in the order the text first names them. */
  mentioned: Set<string>;
  /** Agencies the text quotes. */
  cited: Set<string>;
  /** A sentence written but not yet placed: it opens the next paragraph. */
  carry: string | undefined;
}

/** A new story of the topic, published on `day`, with one to three speakers. */
function newStory(r: Random, world: World, topic: Topic, day: Day): Story {
  const speakers = sample(r, PEOPLE, r.int(1, 3)).map((person): Speaker => {
    if (r.chance(0.4)) return { person, role: r.pick(topic.roles) };
    const organisation = world.entities.get(r.pick(topic.organisations))!;
    return { person, role: `${r.pick(OFFICES)} ${organisation.name}`, organisation };
  });
  return {
    r,
    topic,
    entities: world.entities,
    day,
    place: world.entities.get(r.pick(topic.places))!,
    speakers,
    introduced: new Set(),
    mentioned: new Set(),
    cited: new Set(),
    carry: undefined,
  };
}

/** The name of an entity, recorded as mentioned. */
function mention(s: Story, id: string): string {
  s.mentioned.add(id);
  return s.entities.get(id)!.name;
}

/** A speaker as the subject of a sentence: title and full name the first time, then the surname. */
function speakerName(s: Story, speaker: Speaker, form: 'subject' | 'quote'): string {
  const name = speaker.person.name;
  if (s.introduced.has(speaker)) return name.split(' ').at(-1)!;
  s.introduced.add(speaker);
  mention(s, speaker.person.id);
  if (speaker.organisation) mention(s, speaker.organisation.id);
  return form === 'subject' ? `${speaker.role} ${name}` : `${name}, ${speaker.role}`;
}

/** Who does something: an organisation, a country or person, a speaker, or people in general. */
function actor(s: Story): string {
  const roll = s.r.next();
  if (roll < 0.35) return mention(s, s.r.pick(s.topic.organisations));
  if (roll < 0.5) return mention(s, s.r.pick(s.topic.actors));
  if (roll < 0.7) return speakerName(s, s.r.pick(s.speakers), 'subject');
  return s.r.pick(GENERIC_ACTORS);
}

/** What a sentence is about. */
function subject(s: Story): string {
  const base = s.r.chance(0.75) ? s.r.pick(s.topic.subjects) : s.r.pick(GENERAL_SUBJECTS);
  const roll = s.r.next();
  if (roll < 0.15) return `${base} yang ${s.r.pick(ADJECTIVES)}`;
  if (roll < 0.25) return `${base} di ${mention(s, s.r.pick(s.topic.places))}`;
  return base;
}

/** When, where or how: "pada Selasa (4/1)", "di Medan", "tahun ini". */
function adverbial(s: Story): string {
  const roll = s.r.next();
  if (roll < 0.2) return `pada ${weekday(s.day)} (${s.day.day}/${s.day.month})`;
  if (roll < 0.35) return `di ${mention(s, s.place.id)}`;
  if (roll < 0.45) return `secara ${s.r.pick(ADJECTIVES)}`;
  if (roll < 0.5) return '';
  return s.r.pick(TIMES);
}

/** A clause without its full stop. */
function clause(s: Story): string {
  const verb = s.r.pick(VERBS);
  const roll = s.r.next();
  if (roll < 0.35) return phrase(actor(s), s.r.pick(MODALS), verb[0], subject(s), adverbial(s));
  if (roll < 0.6) return phrase(subject(s), s.r.pick(MODALS), verb[1], adverbial(s));
  if (roll < 0.75) return phrase(subject(s), s.r.pick(CHANGES), amount(s.r), s.r.pick(COMPARISONS));
  if (roll < 0.92) return phrase(actor(s), s.r.pick(INTENTS), verb[0], subject(s), adverbial(s));
  return phrase(subject(s), 'dinilai masih', s.r.pick(ADJECTIVES), 'oleh', actor(s));
}

/** What a speaker says, in the first person. */
function quoteClause(s: Story): string {
  const verb = s.r.pick(VERBS);
  switch (s.r.int(0, 3)) {
    case 0:
      return phrase('kami', s.r.pick(MODALS), verb[0], subject(s), adverbial(s));
    case 1:
      return phrase(subject(s), 'harus', verb[1], adverbial(s));
    case 2:
      return phrase('kita perlu', verb[0], subject(s), 'secara', s.r.pick(ADJECTIVES));
    default:
      return s.r.pick(QUOTE_STATES);
  }
}

/** A quotation and who said it; now and then with straight quotes, or an exclamation. */
function quotation(s: Story): string {
  const said = `${s.r.pick(QUOTE_TAGS)} ${speakerName(s, s.r.pick(s.speakers), 'quote')}`;
  const text = capitalise(quoteClause(s));
  if (s.r.chance(0.05)) return `“${text}!” ${said}.`;
  return s.r.chance(0.3) ? `"${text}," ${said}.` : `“${text},” ${said}.`;
}

/** A rarer sentence: an agency cited, social media handles, an ampersand. */
function aside(s: Story): string {
  const roll = s.r.next();
  if (roll < 0.4) {
    const agency = s.r.pick(CITED);
    s.cited.add(agency.id);
    return `${capitalise(clause(s))}, dilansir dari ${agency.name}.`;
  }
  if (roll < 0.7) {
    const handle = s.place.name.toLowerCase().replace(/\W+/g, '');
    const tag = s.r.pick(s.topic.subjects).split(/\W+/).map(capitalise).join('');
    return `Informasi terbaru disampaikan melalui akun media sosial @humas_${handle} dengan tagar #${tag}.`;
  }
  return `Kegiatan tersebut melibatkan kalangan akademisi, dunia usaha & komunitas di ${mention(s, s.place.id)}.`;
}

/** One sentence of a story, with its full stop. */
function sentence(s: Story): string {
  const roll = s.r.next();
  if (roll < 0.3) return `${capitalise(clause(s))}.`;
  if (roll < 0.5) return quotation(s);
  if (roll < 0.58) return `Menurut ${speakerName(s, s.r.pick(s.speakers), 'subject')}, ${clause(s)}.`;
  if (roll < 0.73) return `${s.r.pick(CONNECTORS)} ${clause(s)}.`;
  if (roll < 0.85) return `${capitalise(clause(s))} ${s.r.pick(CONJUNCTIONS)} ${clause(s)}.`;
  if (roll < 0.96) {
    const who = capitalise(speakerName(s, s.r.pick(s.speakers), 'subject'));
    return `${who} ${s.r.pick(SAYS)} bahwa ${clause(s)}.`;
  }
  return aside(s);
}

/** The opening sentence: who did what, where, and on which day. */
function lead(s: Story): string {
  const verb = s.r.pick(VERBS);
  const when = `${weekday(s.day)} (${s.day.day}/${s.day.month})`;
  const what = phrase(actor(s), verb[0], s.r.pick(s.topic.subjects));
  return `${capitalise(what)} di ${mention(s, s.place.id)}, ${when}.`;
}

/**
 * A paragraph of 20–60 words (as long as no single sentence is over 40): sentences are
 * added until it reaches a random length; a sentence that would overflow opens the next.
 */
function paragraph(s: Story, opening: string): string {
  const target = s.r.int(20, 60);
  const parts = opening === '' ? [] : [opening];
  let count = opening === '' ? 0 : words(opening);
  while (count < target) {
    const next = s.carry ?? sentence(s);
    s.carry = undefined;
    const n = words(next);
    if (count + n > 60 && count >= 20) {
      s.carry = next;
      break;
    }
    parts.push(next);
    count += n;
  }
  return parts.join(' ');
}

/** A headline for a story of the topic. */
function headline(s: Story): string {
  const verb = s.r.pick(VERBS);
  const tail = s.r.chance(0.5) ? '' : s.r.chance(0.5) ? `di ${mention(s, s.place.id)}` : s.r.pick(TIMES);
  const name = s.r.chance(0.6)
    ? mention(s, s.r.pick(s.topic.organisations))
    : mention(s, s.r.pick(s.topic.actors));
  switch (s.r.int(0, 2)) {
    case 0:
      return titleCase(phrase(name, verb[2], s.r.pick(s.topic.subjects), tail));
    case 1:
      return titleCase(phrase(s.r.pick(s.topic.subjects), s.r.pick(CHANGES), amount(s.r), tail));
    default:
      return titleCase(phrase(s.r.pick(s.topic.subjects), verb[1], tail));
  }
}

// ---------------------------------------------------------------------------------------------
// Articles

/** What the archive needs to know of a generated article to cite it from an event. */
interface ArticleFacts {
  id: string;
  topic: Topic;
  published: Day;
  paragraphs: number;
  place: string;
  entities: readonly string[];
}

/** The raw capture and the article of one synthetic story. */
interface GeneratedArticle {
  facts: ArticleFacts;
  captureName: string;
  capture: string;
  mdx: string;
}

/** A line of the capture and what the article makes of it. */
type Line = { kind: 'title' | 'credit' | 'paragraph' | 'readAlso'; text: string };

/** The story's paragraphs and "Baca Juga" lines, in order. */
function storyLines(s: Story, world: World, opening: string): Line[] {
  const count = s.r.int(4, 15);
  // Now and then a numbered list, one item per paragraph ("1. …"), as news sites print them.
  const numbered =
    count >= 7 && s.r.chance(0.08) ? { at: s.r.int(2, count - 3), items: s.r.int(2, 3) } : undefined;
  const readAlso = s.r.chance(0.4) ? s.r.int(1, 3) : 0;
  const readAlsoAfter = new Set(Array.from({ length: readAlso }, () => s.r.int(1, count - 1)));
  s.carry = lead(s);
  const lines: Line[] = [];
  for (let i = 0; i < count; i++) {
    const item =
      numbered && i >= numbered.at && i < numbered.at + numbered.items ? `${i - numbered.at + 1}.` : '';
    lines.push({ kind: 'paragraph', text: paragraph(s, i === 0 ? opening : item) });
    if (readAlsoAfter.has(i)) {
      const other = newStory(s.r, world, s.r.pick(TOPICS), addDays(s.day, -s.r.int(1, 30)));
      lines.push({ kind: 'readAlso', text: `Baca Juga: ${headline(other)}` });
    }
  }
  return lines;
}

/** The dateline an outlet prints for a place, e.g. "WARTANUSANTARA.EXAMPLE - JAKARTA.". */
function datelineText(outlet: Outlet, place: EntityName): string {
  return outlet.dateline
    .replace('{NAME}', outlet.name.toUpperCase())
    .replace('{name}', outlet.name)
    .replace('{CITY}', place.name.toUpperCase())
    .replace('{City}', place.name);
}

/** A YAML string: JSON's double-quoted strings are valid YAML. */
const q = (text: string) => JSON.stringify(text);

/** A block list in YAML, or nothing when it is empty (the schema's default applies). */
function yamlList(key: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`${key}:`, ...items.map((item) => `  - ${item}`)];
}

/** How an outlet's page presented a story: the choices that shape its capture. */
interface Presentation {
  outlet: Outlet;
  /** The capture opens with the headline; otherwise with a credit line, and the title is devised. */
  headlineFirst: boolean;
  /** The capture states the publication date; otherwise the archive infers it from the text. */
  stated: boolean;
  /** "HH:MM" when the stated date has a time of day. */
  time: string | undefined;
  wire: { id: string; name: string } | undefined;
  editor: string | undefined;
  byline: string | undefined;
  imageCredit: string | undefined;
  /** The dateline that opens the text; empty when the outlet prints none. */
  dateline: string;
}

/** How a random outlet presents a story that happens at `place`. */
function presentation(r: Random, place: EntityName): Presentation {
  const outlet = r.pick(OUTLETS);
  const headlineFirst = r.chance(0.55);
  const stated = r.chance(0.65);
  const wire = !headlineFirst && r.chance(0.6) ? r.pick(WIRES) : undefined;
  return {
    outlet,
    headlineFirst,
    stated,
    time: stated && r.chance(0.8) ? timeOfDay(r) : undefined,
    wire,
    // A credit-first capture names the wire or the author, and the editor.
    editor: headlineFirst ? undefined : r.pick(STAFF),
    byline: (headlineFirst ? r.chance(0.5) : !wire) ? r.pick(STAFF) : undefined,
    imageCredit: headlineFirst && r.chance(0.5) ? outlet.name : undefined,
    dateline: outlet.dateline === '' ? '' : datelineText(outlet, place),
  };
}

/** The lines before the story: the headline or a credit line, the date, the byline. */
function captureHead(p: Presentation, title: string, published: Day): Line[] {
  const lines: Line[] = p.headlineFirst
    ? [{ kind: 'title', text: title }]
    : [
        {
          kind: 'credit',
          text: `${p.wire ? `Sumber: ${p.wire.name}` : `Penulis: ${p.byline}`} | Editor: ${p.editor}`,
        },
      ];
  if (p.stated) {
    const date = `${weekday(published)}, ${published.day} ${MONTHS[published.month - 1]} ${published.year}`;
    lines.push({ kind: 'credit', text: phrase(date, p.time ? `${p.time} WIB` : '') });
  }
  if (p.headlineFirst && p.byline) lines.push({ kind: 'credit', text: `Penulis: ${p.byline}` });
  return lines;
}

/** The lines after the story: the outlet's source and image credits. */
function captureTail(p: Presentation): Line[] {
  const lines: Line[] = p.headlineFirst ? [{ kind: 'credit', text: `Sumber : ${p.outlet.name}` }] : [];
  if (p.imageCredit) lines.push({ kind: 'credit', text: `Gambar : ${p.imageCredit}` });
  return lines;
}

/** The archive's notes on a synthetic article. */
function notes(p: Presentation): string[] {
  const notes = [
    ['source', 'Artikel sintetis buatan scripts/corpus.ts untuk uji kinerja; bukan berita sungguhan.'],
  ];
  if (!p.headlineFirst) {
    notes.push([
      'title',
      'Tangkapan tidak memuat judul: baris pertamanya adalah baris kredit. Judul ini disusun oleh arsip.',
    ]);
  }
  if (!p.stated) {
    notes.push([
      'date',
      'Tanggal terbit tidak tercantum dalam tangkapan; arsip menyimpulkannya dari hari dan tanggal dalam teks.',
    ]);
  }
  return ['notes:', ...notes.flatMap(([topic, text]) => [`  - topic: ${topic}`, `    text: ${q(text!)}`])];
}

/** The article's frontmatter, in the order of the README's field table. */
function frontmatter(
  r: Random,
  a: {
    id: string;
    title: string;
    summary: string;
    published: Day;
    p: Presentation;
    s: Story;
    credits: readonly string[];
    captureName: string;
    entities: readonly string[];
    cited: readonly string[];
  },
): string {
  const { p, published } = a;
  const archivedDay = addDays(published, r.int(1, 45));
  const archived = r.chance(0.4) ? `${isoDay(archivedDay)}T${timeOfDay(r)}+07:00` : isoDay(archivedDay);
  const url = `https://${p.outlet.name}/${a.s.topic.section}/${isoDay(published)}/${a.id}`;
  return [
    `title: ${q(a.title)}`,
    ...(p.headlineFirst ? [] : ['titleDevised: true']),
    `summary: ${q(a.summary)}`,
    `published: ${q(p.time ? `${isoDay(published)}T${p.time}+07:00` : isoDay(published))}`,
    `publishedBasis: ${p.stated ? 'stated' : 'inferred'}`,
    `archived: ${q(archived)}`,
    'language: id',
    `publisher: ${p.outlet.id}`,
    ...(p.wire ? [`wire: [${p.wire.id}]`] : []),
    ...(a.cited.length > 0 ? [`cited: [${a.cited.join(', ')}]`] : []),
    ...(p.editor ? [`editor: ${q(p.editor)}`] : []),
    ...(p.byline ? [`byline: ${q(p.byline)}`] : []),
    ...(p.dateline ? ['dateline:', `  text: ${q(p.dateline)}`, `  place: ${a.s.place.id}`] : []),
    ...(p.imageCredit ? [`imageCredit: ${q(p.imageCredit)}`] : []),
    ...yamlList('credits', a.credits.map(q)),
    ...(r.chance(0.5) ? [`originalUrl: ${q(url)}`] : []),
    `capture: captures/${a.captureName}`,
    ...yamlList('entities', a.entities),
    ...notes(p),
  ].join('\n');
}

/** A body block as MDX: the captured text escaped, a "Baca Juga" line wrapped. */
function mdxBlock(line: Line): string {
  const text = escapeMarkdown(line.text);
  return line.kind === 'readAlso' ? `<BacaJuga>${text}</BacaJuga>` : text;
}

/** One synthetic article: the capture as an outlet's page would give it, and its MDX. */
function generateArticle(r: Random, world: World, number: number, taken: Set<string>): GeneratedArticle {
  const topic = r.pick(TOPICS);
  const published = addDays(FIRST_DAY, r.int(0, DAYS_IN_RANGE - 1));
  const s = newStory(r, world, topic, published);
  const p = presentation(r, s.place);
  const title = headline(s);
  const lines = [...captureHead(p, title, published), ...storyLines(s, world, p.dateline), ...captureTail(p)];
  const body = lines.filter((line) => line.kind === 'paragraph' || line.kind === 'readAlso');

  // Only what the text names: a sentence written but never placed may have named more.
  const bodyText = body.map((line) => line.text).join('\n');
  const entities = [...s.mentioned].filter((id) => bodyText.includes(world.entities.get(id)!.name));
  const cited = CITED.filter((agency) => s.cited.has(agency.id) && bodyText.includes(agency.name));

  const id = uniqueSlug(slugify(title), taken);
  const captureName = `${String(number).padStart(5, '0')}_${hex(r)}${hex(r)}.txt`;
  const yamlHead = frontmatter(r, {
    id,
    title,
    summary: `${capitalise(clause(s))}.`,
    published,
    p,
    s,
    credits: lines.filter((line) => line.kind === 'credit').map((line) => line.text),
    captureName,
    entities,
    cited: cited.map((agency) => agency.id),
  });
  return {
    facts: {
      id,
      topic,
      published,
      paragraphs: body.filter((line) => line.kind === 'paragraph').length,
      place: s.place.id,
      entities,
    },
    captureName,
    capture: lines.map((line) => line.text).join('\n'),
    mdx: `---\n${yamlHead}\n---\n\n${body.map(mdxBlock).join('\n\n')}\n`,
  };
}

/** Eight random hexadecimal digits. */
function hex(r: Random): string {
  return Math.floor(r.next() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
}

// ---------------------------------------------------------------------------------------------
// Events

/** An event's date at a random precision, around the publication of the article that reports it. */
function eventDate(r: Random, published: Day): string {
  const roll = r.next();
  if (roll < 0.15) return String(published.year - r.int(0, 2));
  if (roll < 0.35) return isoDay(addDays(published, -r.int(0, 31))).slice(0, 7);
  if (roll < 0.8) return isoDay(addDays(published, -r.int(0, 6)));
  const offset = r.chance(0.8) ? '+07:00' : '+00:00';
  return `${isoDay(addDays(published, -r.int(0, 2)))}T${timeOfDay(r)}${offset}`;
}

/**
 * One event reported by an article and up to two others of the same topic, citing one to
 * three of their paragraphs; as YAML, in the style of content/events.yaml.
 */
function eventYaml(r: Random, world: World, anchor: ArticleFacts, taken: Set<string>): string {
  const sources = [anchor, ...sample(r, world.byTopic.get(anchor.topic)!, r.int(0, 2))].filter(
    (source, i, all) => all.indexOf(source) === i,
  );
  const citations = new Set<string>();
  const wanted = r.int(sources.length, 3);
  for (let i = 0; i < wanted; i++) {
    const source = sources[i % sources.length]!;
    citations.add(`    - { article: ${source.id}, paragraph: ${r.int(1, source.paragraphs)} }`);
  }
  const s = newStory(r, world, anchor.topic, anchor.published);
  const title = `${capitalise(clause(s))}.`;
  const entities = sample(r, anchor.entities, r.int(1, 4));
  return [
    `- id: ${uniqueSlug(slugify(title, 6), taken)}`,
    `  title: ${q(title)}`,
    `  date: '${eventDate(r, anchor.published)}'`,
    ...(r.chance(0.7) ? [`  place: ${anchor.place}`] : []),
    ...(entities.length > 0 ? [`  entities: [${entities.join(', ')}]`] : []),
    '  citations:',
    ...citations,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The corpus

/** The real content folder, read: what the corpus copies and builds on. */
export interface RealContent {
  /** Files under articles/ and captures/, by path relative to the content folder. */
  files: ReadonlyMap<string, Uint8Array>;
  publishers: string;
  entities: string;
  events: string;
}

/** A file of the corpus: its path relative to the output folder, and its content. */
export interface CorpusFile {
  path: string;
  content: string | Uint8Array;
}

/** Everything the generator knows: entities by id, and generated articles by topic. */
interface World {
  entities: ReadonlyMap<string, EntityName>;
  byTopic: Map<Topic, ArticleFacts[]>;
}

/** The real publishers.yaml, then the synthetic outlets and the added agencies. */
function publishersYaml(real: string): string {
  const entries = [...OUTLETS, ...AGENCIES].map((p) =>
    [
      `- id: ${p.id}`,
      `  name: ${q(p.name)}`,
      `  kind: ${p.kind}`,
      `  url: ${p.url}`,
      `  description: ${q(p.description)}`,
    ].join('\n'),
  );
  return `${withNewline(real)}# Synthetic outlets (scripts/corpus.ts) and more real agencies.\n${entries.join('\n')}\n`;
}

/** The real entities.yaml, then the entities the synthetic articles name. */
function entitiesYaml(real: string): string {
  const entries = SYNTHETIC_ENTITIES.map((e) =>
    [
      `- id: ${e.id}`,
      `  name: ${q(e.name)}`,
      `  kind: ${e.kind}`,
      `  description: ${q(e.description)}`,
      ...(e.aliases.length > 0 ? [`  aliases: [${e.aliases.map(q).join(', ')}]`] : []),
    ].join('\n'),
  );
  return `${withNewline(real)}# Added by scripts/corpus.ts for the synthetic articles.\n${entries.join('\n')}\n`;
}

/** The text, ending with a newline unless empty, so that more YAML entries can follow. */
const withNewline = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

/**
 * The files of a corpus of `count` articles (the real ones included), one at a time, so that
 * a caller can write them as they come. Pure: the same input gives the same files.
 */
export function corpusFiles(real: RealContent, count: number, seed: number): Generator<CorpusFile> {
  const realArticles = [...real.files.keys()].filter((path) => path.startsWith('articles/'));
  if (!Number.isInteger(count) || count < realArticles.length) {
    throw new RangeError(
      `count ${count} is not an integer of at least ${realArticles.length} (the real articles)`,
    );
  }
  return generateFiles(real, realArticles, count, seed);
}

/** The generator behind corpusFiles: real files, data collections, articles, then events. */
function* generateFiles(
  real: RealContent,
  realArticles: readonly string[],
  count: number,
  seed: number,
): Generator<CorpusFile> {
  for (const [path, content] of real.files) yield { path, content };
  yield { path: 'publishers.yaml', content: publishersYaml(real.publishers) };
  yield { path: 'entities.yaml', content: entitiesYaml(real.entities) };

  const realEntities = yaml.load(real.entities) as EntityName[];
  const world: World = {
    entities: new Map([...realEntities, ...SYNTHETIC_ENTITIES].map((e) => [e.id, e])),
    byTopic: new Map(TOPICS.map((topic) => [topic, []])),
  };
  const r = createRandom(seed);
  const slugs = new Set(realArticles.map((path) => path.replace(/^articles\/|\.mdx$/g, '')));
  const generated: ArticleFacts[] = [];
  for (let n = 1; n <= count - realArticles.length; n++) {
    const article = generateArticle(r, world, n, slugs);
    generated.push(article.facts);
    world.byTopic.get(article.facts.topic)!.push(article.facts);
    yield { path: `captures/${article.captureName}`, content: article.capture };
    yield { path: `articles/${article.facts.id}.mdx`, content: article.mdx };
  }

  const eventIds = new Set<string>();
  const events = Array.from({ length: Math.round(generated.length / 5) }, () =>
    eventYaml(r, world, r.pick(generated), eventIds),
  );
  const header = events.length > 0 ? '# Synthetic events (scripts/corpus.ts).\n' : '';
  yield { path: 'events.yaml', content: `${withNewline(real.events)}${header}${events.join('')}` };
}

// ---------------------------------------------------------------------------------------------
// Files

/** The content folder of this project. */
export const PROJECT_CONTENT = fileURLToPath(new URL('../content/', import.meta.url));

/** Reads what the corpus copies from a content folder. */
export function readRealContent(dir: string): RealContent {
  const files = new Map<string, Uint8Array>();
  for (const folder of ['captures', 'articles']) {
    for (const name of readdirSync(join(dir, folder)).sort()) {
      files.set(`${folder}/${name}`, readFileSync(join(dir, folder, name)));
    }
  }
  const text = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    files,
    publishers: text('publishers.yaml'),
    entities: text('entities.yaml'),
    events: text('events.yaml'),
  };
}

/** What writeCorpus wrote. */
export interface CorpusSummary {
  articles: number;
  files: number;
  bytes: number;
}

/**
 * Writes a corpus into `out`, which must be missing or empty, file by file as they are made.
 * `content` is the real content folder it builds on (default: this project's).
 */
export function writeCorpus(options: {
  out: string;
  count: number;
  seed: number;
  content?: string;
}): CorpusSummary {
  const files = corpusFiles(readRealContent(options.content ?? PROJECT_CONTENT), options.count, options.seed);
  mkdirSync(options.out, { recursive: true });
  if (readdirSync(options.out).length > 0) {
    throw new Error(`${options.out}: is not empty; expected a new or empty folder`);
  }
  const made = new Set<string>();
  const summary = { articles: 0, files: 0, bytes: 0 };
  for (const file of files) {
    const path = join(options.out, file.path);
    const folder = dirname(path);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(path, file.content);
    summary.files += 1;
    summary.bytes += typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.length;
    if (file.path.startsWith('articles/')) summary.articles += 1;
  }
  return summary;
}

// ---------------------------------------------------------------------------------------------
// Command line

const USAGE = `Usage: node scripts/corpus.ts --out DIR --count N [--seed S]

Writes a synthetic content folder of N articles (the real articles of content/ included)
into DIR, which must be new or empty. The same N and S give the same bytes.

Options:
  --out DIR     the folder to write (captures/, articles/, publishers.yaml, entities.yaml, events.yaml)
  --count N     the number of articles, at least the number of real articles
  --seed S      an integer from 0 to 4294967295 (default: 1)
  -h, --help    show this help`;

/** An integer option within bounds, or an error that names it. */
function integerOption(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new Error(`--${name}: ${q(value)} is not an integer from ${min} to ${max}`);
  }
  return n;
}

/** Runs the command line; returns the exit code. */
function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.out === undefined || values.count === undefined)
    throw new Error('--out and --count are required (see --help)');
  const count = integerOption('count', values.count, 1, 10_000_000);
  const seed = integerOption('seed', values.seed, 0, 0xffff_ffff);
  const started = performance.now();
  const summary = writeCorpus({ out: values.out, count, seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const megabytes = (summary.bytes / 1_000_000).toFixed(1);
  console.log(
    `corpus: ${summary.articles} articles, ${summary.files} files, ${megabytes} MB in ${seconds} s (seed ${seed}) → ${values.out}`,
  );
  return 0;
}

if (import.meta.main) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`corpus: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
