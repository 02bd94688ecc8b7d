/**
 * Every interface string of the site, in Indonesian, under flat keys. Components and pages
 * take their text from here; nothing the reader sees as interface text is written elsewhere.
 * Strings with `{name}` placeholders are filled by `t(key, { name })`.
 */
import { fill } from './template.ts';

const strings = {
  'site.name': 'Kliping',
  'date.timeZone': 'WIB',
  'site.tagline': 'Naskah asli tanpa diubah, sumbernya jelas, tanggalnya teliti.',
  'site.description':
    'Kliping adalah arsip berita berbahasa Indonesia: naskah asli yang disimpan utuh, lengkap dengan asal-usulnya, catatan arsip, dan linimasa peristiwa.',
  'a11y.skip': 'Langsung ke isi',
  'list.comma': ', ',
  'list.and': ' dan ',
  'nav.label': 'Navigasi utama',
  'nav.home': 'Beranda',
  'nav.timeline': 'Linimasa',
  'nav.search': 'Cari',
  'nav.indexes': 'Indeks',
  'nav.topics': 'Topik',
  'nav.sources': 'Sumber',
  'nav.about': 'Tentang Kliping',
  'nav.feed': 'RSS',
  'footer.nav': 'Tautan arsip',
  'feed.title': 'Kliping — artikel terbaru',
  'feed.description': 'Artikel terbaru di arsip Kliping, dengan teks lengkap seperti naskah aslinya.',
  'footer.about':
    'Setiap artikel disimpan persis seperti naskah aslinya. Judul, tanggal, dan catatan yang berasal dari arsip selalu ditandai.',
  'footer.colophon': 'Tanpa iklan, tanpa pelacak.',

  'home.title': 'Arsip berita',
  'home.latest': 'Artikel terbaru',
  'home.timeline': 'Sekilas linimasa',
  'home.timelineAll': 'Lihat seluruh linimasa',
  'home.count': '{count} artikel dalam arsip',
  'home.allArticles': 'Semua artikel, menurut tanggal terbit',

  'article.devisedTitle': 'Judul dari arsip',
  'article.devisedTitleHint': 'Naskah aslinya tidak berjudul; judul ini disusun oleh Kliping.',
  'article.published': 'Terbit',
  'article.by': 'Oleh {name}',
  'article.wire': 'berdasarkan laporan',
  'article.cited': 'mengutip',
  'article.events': 'Peristiwa dalam berita ini',
  'article.publishedInferred': 'diperkirakan dari isi berita',
  'article.text': 'Isi berita',
  'article.paragraph': 'Paragraf {number}',
  'article.prevNext': 'Artikel lain menurut tanggal terbit',
  'article.previous': 'Sebelumnya',
  'article.next': 'Berikutnya',
  'article.readAlso': 'Tautan “Baca Juga” dari {publisher}; alamat tautannya tidak ikut tersimpan.',

  'provenance.title': 'Asal-usul naskah',
  'provenance.publisher': 'Penerbit',
  'provenance.wire': 'Berdasarkan laporan',
  'provenance.cited': 'Mengutip',
  'provenance.editor': 'Editor',
  'provenance.byline': 'Penulis',
  'provenance.dateline': 'Keterangan tempat',
  'provenance.imageCredit': 'Kredit gambar',
  'provenance.imageNotCaptured': 'gambarnya tidak ikut disimpan',
  'provenance.credits': 'Keterangan di naskah asli',
  'provenance.original': 'Artikel asli',
  'provenance.originalUnknown': 'Alamatnya tidak tercatat di naskah',
  'provenance.capture': 'Naskah asli (teks)',
  'provenance.archived': 'Disimpan di arsip',
  'provenance.publishedBasis': 'Tanggal terbit',
  'provenance.inferred': 'tidak tercantum di naskah; diperkirakan dari isi berita',
  'provenance.stated': 'tercantum di naskah',
  'provenance.fixity': 'Sidik SHA-256',
  'provenance.language': 'Bahasa',
  'provenance.languageId': 'Indonesia',

  'notes.title': 'Catatan arsip',
  'notes.hint': 'Ditulis oleh Kliping, bukan bagian dari naskah asli.',
  'notes.mark': 'Catatan arsip {number}',
  'notes.back': 'Kembali ke paragraf {paragraph}',
  'notes.topic.date': 'Tanggal',
  'notes.topic.title': 'Judul',
  'notes.topic.text': 'Teks',
  'notes.topic.source': 'Sumber',

  'pagination.label': 'Halaman lain: {list}',
  'pagination.previous': 'Sebelumnya',
  'pagination.next': 'Berikutnya',
  'pagination.where': 'Halaman {number} dari {count}',

  'timeline.title': 'Linimasa',
  'timeline.overview': 'Tahun dan bulan',
  'timeline.counts': '{events} peristiwa · {publications} artikel terbit',
  'timeline.eventCount': '{count} peristiwa',
  'timeline.months': 'Bulan',
  'timeline.whole': 'Seluruh linimasa',
  'timeline.up': 'Linimasa {date}',
  'timeline.publications': '{count} artikel terbit',
  'timeline.publicationsIndex': 'lihat Indeks hari itu',
  'timeline.empty': 'Belum ada peristiwa atau artikel pada masa ini.',
  'timeline.nav': 'Masa lain di linimasa',
  'timeline.intro':
    'Peristiwa yang dilaporkan artikel dalam arsip, menurut tanggal kejadian, dengan tautan ke paragraf yang menjadi sumbernya. Tanggal terbit artikel ditandai terpisah.',
  'timeline.jump': 'Lompat ke',
  'timeline.wholeYear': 'Sepanjang {year}',
  'timeline.event': 'Peristiwa',
  'timeline.publication': 'Artikel terbit',
  'timeline.sources': 'Sumber',
  'timeline.place': 'Tempat',
  'timeline.paragraphWord': 'paragraf',

  'search.title': 'Cari di arsip',
  'search.label': 'Kata kunci',
  'search.placeholder': 'mis. Stoltenberg, Krimea, Jenewa',
  'search.submit': 'Cari',
  'search.sort': 'Urutkan',
  'search.sort.relevansi': 'Paling relevan',
  'search.sort.terbaru': 'Terbaru',
  'search.sort.terlama': 'Terlama',
  'search.filters': 'Saring hasil',
  'search.clear': 'Hapus semua filter',
  'search.filter.penerbit': 'Penerbit',
  'search.filter.tahun': 'Tahun',
  'search.filter.bulan': 'Bulan',
  'search.filter.topik': 'Topik',
  'search.aliases': 'Juga dicari: “{query}”',
  'search.keys':
    'Tekan / atau Ctrl+K untuk mencari; panah atas dan bawah menelusuri hasil; Esc mengosongkan.',
  'search.filtered': '{count} artikel sesuai filter',
  'search.more': 'Tampilkan {count} hasil lagi',
  'search.moreIdle': 'Tampilkan hasil lagi',
  'a11y.skipSearch': 'Langsung ke pencarian',
  'search.landmarkHeader': 'Pencarian dari tajuk situs',
  'search.landmarkPage': 'Pencarian arsip',
  'search.noscript':
    'Pencarian memerlukan JavaScript. Tanpa JavaScript, telusuri artikel lewat linimasa, indeks harian, atau topik.',
  'search.loading': 'Mencari…',
  'search.partial': '{count} hasil di arsip terbaru untuk “{query}”; mencari di seluruh arsip…',
  'search.partialFiltered': '{count} artikel di arsip terbaru sesuai filter; mencari di seluruh arsip…',
  'search.unmatched': 'Tidak ada hasil untuk “{query}”: kata {words} tidak ada dalam arsip.',
  'search.unmatchedTry': 'Cari “{query}” saja',
  'search.devised': 'Judul disusun arsip',
  'search.empty': 'Ketik kata kunci untuk mencari di seluruh teks arsip.',
  'search.count': '{count} hasil untuk “{query}”',
  'search.none':
    'Tidak ada hasil untuk “{query}”. Coba kata lain, bentuk dasar kata, atau telusuri linimasa.',
  'search.error': 'Pencarian tidak dapat dimuat. Muat ulang halaman, atau telusuri linimasa.',

  'topics.title': 'Topik',
  'topics.intro': 'Orang, organisasi, negara dan tempat yang diberitakan artikel dalam arsip.',
  'topics.kind.person': 'Tokoh',
  'topics.kind.organisation': 'Organisasi',
  'topics.kind.country': 'Negara',
  'topics.kind.place': 'Tempat',
  'topic.aliases': 'Juga disebut',
  'topic.events': 'Peristiwa',
  'topic.articles': 'Artikel',
  'topic.noEvents': 'Belum ada peristiwa yang tercatat.',
  'topic.noArticles': 'Belum ada artikel yang menyebutnya.',
  'topic.allEvents': 'Semua {count} peristiwa',
  'topic.eventsOf': 'Peristiwa: {name}',
  'topic.articlesOf': 'Artikel tentang {name}',
  'topics.all': 'Semua {count} {kind}',
  'topics.kindTitle': 'Topik: {kind}',
  'topics.articleCount': '{count} artikel',
  'article.topics': 'Topik',
  'article.coverage': 'Liputan lain tentang peristiwa yang sama',
  'article.coverageEvents': 'Peristiwa yang sama',

  'sources.title': 'Sumber',
  'sources.intro':
    'Media yang menerbitkan artikel dalam arsip, dan kantor berita yang menjadi sumber atau dikutip.',
  'sources.kind.outlet': 'Media',
  'sources.kind.agency': 'Kantor berita',
  'source.website': 'Situs',
  'source.published': 'Artikel yang diterbitkan',
  'source.wire': 'Artikel berdasarkan laporannya',
  'source.cited': 'Artikel yang mengutipnya',
  'source.articles': 'Artikel',
  'source.articlesOf': 'Artikel dari {name}',
  'source.role.published': 'Diterbitkan {name}',
  'source.role.wire': 'Berdasarkan laporan {name}',
  'source.role.cited': 'Mengutip {name}',
  'source.none': 'Belum ada artikel dalam arsip.',

  'indexes.title': 'Indeks',
  'indexes.intro': 'Artikel dalam arsip menurut tanggal terbit (WIB).',
  'index.titleDay': 'Indeks {date}',
  'index.titleMonth': 'Indeks {date}',
  'index.titleYear': 'Indeks {date}',
  'index.count': '{count} artikel',
  'index.nav': 'Indeks lain',
  'index.previous': 'Sebelumnya',
  'index.next': 'Berikutnya',
  'index.up': 'Lihat {date}',
  'index.days': 'Hari',
  'index.months': 'Bulan',
  'index.articles': 'Artikel',
  'index.articlesOf': 'Artikel {date}',
  'index.many': 'Terlalu banyak artikel untuk satu halaman: pilih {what} di atas.',
  'index.manyMonths': 'bulan',
  'index.manyDays': 'hari',

  'coverage.title': 'Artikel per bulan',
  'coverage.label':
    'Grafik batang: artikel per bulan terbit, {from} sampai {to}. Seluruhnya {total} artikel; terbanyak {max} pada {busiest}; {empty} bulan tanpa artikel.',
  'coverage.caption':
    'Jumlah artikel dalam arsip menurut bulan terbit (WIB), {from} sampai {to}. Bulan tanpa artikel ditandai garis pendek di bawah garis dasar. Bulan kosong berarti arsip tidak menyimpan artikel bulan itu, bukan berarti tidak ada berita: tidak adanya bukti bukan bukti ketiadaan.',
  'coverage.table': 'Angka per bulan',
  'coverage.year': 'Tahun',
  'coverage.total': 'Jumlah',

  'cite.title': 'Kutip artikel ini',
  'cite.apa': 'APA',
  'cite.bibtex': 'BibTeX',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat ini tidak ada di arsip. Mungkin tautannya keliru atau halamannya dipindahkan.',
  'notFound.home': 'Kembali ke beranda',

  'meta.cardLine': 'Arsip berita berbahasa Indonesia',
  'meta.cardAlt': 'Kliping: arsip berita berbahasa Indonesia',
  'meta.timeline': 'Peristiwa dan terbitan, dari yang terlama',
  'meta.indexes': 'Indeks tahun dan bulan',
} as const;

export type StringKey = keyof typeof strings;

/** The string under `key`, with `{name}` placeholders filled from `values`. */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return fill(strings[key], values);
}

/** The strings the search script uses in the browser; the page hands them over, the script names them by this type. */
export const SEARCH_STRINGS = [
  'search.loading',
  'search.partial',
  'search.partialFiltered',
  'search.empty',
  'search.count',
  'search.none',
  'search.error',
  'search.aliases',
  'search.filtered',
  'search.more',
  'search.unmatched',
  'search.unmatchedTry',
  'search.devised',
] as const satisfies readonly StringKey[];

export type SearchStringKey = (typeof SEARCH_STRINGS)[number];

/** The search script's strings, for the page to hand over. */
export function searchStrings(): Record<SearchStringKey, string> {
  return Object.fromEntries(SEARCH_STRINGS.map((key) => [key, strings[key]])) as Record<
    SearchStringKey,
    string
  >;
}
