<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID" sourcelanguage="en">
  <context>
    <name>BriefEditor</name>
    <message>
      <source>Brief outline</source>
      <translation>Kerangka laporan</translation>
    </message>
    <message>
      <source>Sections and their items. Drag to reorder or move between sections; Ctrl+Up/Down moves, Insert adds, Delete removes, Enter shows the source.</source>
      <translation>Bagian dan butirnya. Seret untuk mengubah urutan atau memindahkan antarbagian; Ctrl+Atas/Bawah memindahkan, Insert menambah, Delete menghapus, Enter menampilkan sumber.</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Tambah</translation>
    </message>
    <message>
      <source>Add an item of your own to the selected section</source>
      <translation>Tambahkan butir Anda sendiri ke bagian yang dipilih</translation>
    </message>
    <message>
      <source>Add item</source>
      <translation>Tambah butir</translation>
    </message>
    <message>
      <source>&amp;Delete item</source>
      <translation>&amp;Hapus butir</translation>
    </message>
    <message>
      <source>Delete the selected items (Delete)</source>
      <translation>Hapus butir yang dipilih (Delete)</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Pindah ke &amp;atas</translation>
    </message>
    <message>
      <source>Move the item up (Ctrl+Up)</source>
      <translation>Pindahkan butir ke atas (Ctrl+Atas)</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>Pindah ke &amp;bawah</translation>
    </message>
    <message>
      <source>Move the item down (Ctrl+Down)</source>
      <translation>Pindahkan butir ke bawah (Ctrl+Bawah)</translation>
    </message>
    <message>
      <source>&amp;New item</source>
      <translation>Butir &amp;baru</translation>
    </message>
    <message>
      <source>Add an item of your own to the selected section (Insert)</source>
      <translation>Tambahkan butir Anda sendiri ke bagian yang dipilih (Insert)</translation>
    </message>
    <message>
      <source>&amp;Show source</source>
      <translation>&amp;Tampilkan sumber</translation>
    </message>
    <message>
      <source>Show the cited passage in the Reader</source>
      <translation>Tampilkan kutipan sumber di Pembaca</translation>
    </message>
    <message>
      <source>Delete item</source>
      <translation>Hapus butir</translation>
    </message>
    <message numerus="yes">
      <source>Delete %n items</source>
      <translation>
        <numerusform>Hapus %n butir</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Merge into one</source>
      <translation>&amp;Gabung menjadi satu</translation>
    </message>
    <message>
      <source>Make the selected items of one kind one item that cites all their passages</source>
      <translation>Jadikan butir terpilih yang sejenis satu butir yang mengutip semua bagian sumbernya</translation>
    </message>
    <message>
      <source>Merge items</source>
      <translation>Gabung butir</translation>
    </message>
    <message numerus="yes">
      <source>Merge %n items</source>
      <translation>
        <numerusform>Gabung %n butir</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BriefInfoForm</name>
    <message>
      <source>Title</source>
      <translation>Judul</translation>
    </message>
    <message>
      <source>The brief's title</source>
      <translation>Judul laporan</translation>
    </message>
    <message>
      <source>Date-time group</source>
      <translation>Kelompok tanggal-waktu</translation>
    </message>
    <message>
      <source>When the brief is current, e.g. 261400Z NOV 26</source>
      <translation>Saat laporan berlaku, mis. 261400Z NOV 26</translation>
    </message>
    <message>
      <source>DDHHMMZ MON YY</source>
      <translation>DDHHMMZ BLN TT</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Sekarang</translation>
    </message>
    <message>
      <source>Set the date-time group to the current UTC time</source>
      <translation>Isi kelompok tanggal-waktu dengan waktu UTC saat ini</translation>
    </message>
    <message>
      <source>Set date-time group to now</source>
      <translation>Isi kelompok tanggal-waktu dengan waktu sekarang</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Penulis</translation>
    </message>
    <message>
      <source>Who wrote the brief</source>
      <translation>Siapa yang menulis laporan</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisasi</translation>
    </message>
    <message>
      <source>The issuing organisation or unit</source>
      <translation>Organisasi atau unit penerbit</translation>
    </message>
    <message>
      <source>Distribution</source>
      <translation>Distribusi</translation>
    </message>
    <message>
      <source>Who may receive the brief</source>
      <translation>Siapa yang boleh menerima laporan</translation>
    </message>
    <message>
      <source>Handling marking</source>
      <translation>Penandaan penanganan</translation>
    </message>
    <message>
      <source>Printed at the top and bottom of every page; choose or type your own</source>
      <translation>Dicetak di atas dan bawah setiap halaman; pilih atau ketik sendiri</translation>
    </message>
    <message>
      <source>Export template</source>
      <translation>Templat ekspor</translation>
    </message>
    <message>
      <source>The layout used for export: standard, SITREP, one page…</source>
      <translation>Tata letak untuk ekspor: standar, SITREP, satu halaman…</translation>
    </message>
    <message>
      <source>Brief language</source>
      <translation>Bahasa laporan</translation>
    </message>
    <message>
      <source>The language of the brief's headings and numbers</source>
      <translation>Bahasa judul bagian dan angka dalam laporan</translation>
    </message>
    <message>
      <source>Show brief details</source>
      <translation>Tampilkan rincian laporan</translation>
    </message>
    <message>
      <source>Show or hide the date-time group, marking, author and other details</source>
      <translation>Tampilkan atau sembunyikan kelompok tanggal-waktu, penandaan, penulis, dan rincian lain</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Judul:</translation>
    </message>
    <message>
      <source>&amp;DTG:</source>
      <translation>&amp;DTG:</translation>
    </message>
    <message>
      <source>&amp;Marking:</source>
      <translation>&amp;Penandaan:</translation>
    </message>
    <message>
      <source>A&amp;uthor:</source>
      <translation>Pe&amp;nulis:</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisasi:</translation>
    </message>
    <message>
      <source>Dist&amp;ribution:</source>
      <translation>Dist&amp;ribusi:</translation>
    </message>
    <message>
      <source>Tem&amp;plate:</source>
      <translation>Tem&amp;plat:</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Bahasa:</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>Ubah %1</translation>
    </message>
    <message>
      <source>title</source>
      <translation>judul</translation>
    </message>
    <message>
      <source>date-time group</source>
      <translation>kelompok tanggal-waktu</translation>
    </message>
    <message>
      <source>author</source>
      <translation>penulis</translation>
    </message>
    <message>
      <source>organisation</source>
      <translation>organisasi</translation>
    </message>
    <message>
      <source>marking</source>
      <translation>penandaan</translation>
    </message>
    <message>
      <source>distribution</source>
      <translation>distribusi</translation>
    </message>
    <message>
      <source>template</source>
      <translation>templat</translation>
    </message>
    <message>
      <source>brief language</source>
      <translation>bahasa laporan</translation>
    </message>
  </context>
  <context>
    <name>BriefModel</name>
    <message>
      <source>? No speaker: the exported brief will say the speaker is not identified.</source>
      <translation>? Tanpa pembicara: brief yang diekspor akan menyebut pembicara tidak disebutkan.</translation>
    </message>
    <message>
      <source>Summary (BLUF)</source>
      <translation>Ringkasan (BLUF)</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>Situasi</translation>
    </message>
    <message>
      <source>Actors</source>
      <translation>Aktor</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Angka</translation>
    </message>
    <message>
      <source>Outlook</source>
      <translation>Prospek</translation>
    </message>
    <message>
      <source>Fact</source>
      <translation>Fakta</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Kutipan</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Angka</translation>
    </message>
    <message>
      <source>Actor</source>
      <translation>Aktor</translation>
    </message>
    <message>
      <source>Takes: %1</source>
      <translation>Menerima: %1</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(kosong)</translation>
    </message>
    <message>
      <source>⚠ The source text no longer matches this item's citation.</source>
      <translation>⚠ Teks sumber tidak lagi cocok dengan kutipan butir ini.</translation>
    </message>
    <message>
      <source>Double-click or press Enter to show the source passage.</source>
      <translation>Klik dua kali atau tekan Enter untuk menampilkan bagian sumber.</translation>
    </message>
    <message>
      <source>Move item</source>
      <translation>Pindahkan butir</translation>
    </message>
    <message numerus="yes">
      <source>Move %n items</source>
      <translation>
        <numerusform>Pindahkan %n butir</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>Briefing ran into a problem</source>
      <translation>Briefing mengalami masalah</translation>
    </message>
    <message>
      <source>Something went wrong that Briefing did not expect. Your project is safe: every change was saved as you made it.

If you report this, please include the details below.</source>
      <translation>Terjadi kesalahan yang tidak diperkirakan Briefing. Proyek Anda aman: setiap perubahan sudah disimpan saat Anda membuatnya.

Jika Anda melaporkan ini, sertakan rinciannya di bawah.</translation>
    </message>
    <message>
      <source>Error details</source>
      <translation>Rincian kesalahan</translation>
    </message>
    <message>
      <source>&amp;Copy Details</source>
      <translation>&amp;Salin Rincian</translation>
    </message>
    <message>
      <source>Copy the error details to the clipboard</source>
      <translation>Salin rincian kesalahan ke papan klip</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export brief</source>
      <translation>Ekspor laporan</translation>
    </message>
    <message>
      <source>&amp;PDF</source>
      <translation>&amp;PDF</translation>
    </message>
    <message>
      <source>&amp;Word (DOCX)</source>
      <translation>&amp;Word (DOCX)</translation>
    </message>
    <message>
      <source>A PDF for printing and circulation</source>
      <translation>PDF untuk dicetak dan diedarkan</translation>
    </message>
    <message>
      <source>A Word document others can edit</source>
      <translation>Dokumen Word yang dapat diubah orang lain</translation>
    </message>
    <message>
      <source>Export template</source>
      <translation>Templat ekspor</translation>
    </message>
    <message>
      <source>The layout of the exported brief</source>
      <translation>Tata letak laporan yang diekspor</translation>
    </message>
    <message>
      <source>Output file</source>
      <translation>Berkas keluaran</translation>
    </message>
    <message>
      <source>Where the exported file is written</source>
      <translation>Tempat berkas ekspor ditulis</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Telusuri…</translation>
    </message>
    <message>
      <source>Choose the output file</source>
      <translation>Pilih berkas keluaran</translation>
    </message>
    <message>
      <source>Browse for the output file</source>
      <translation>Telusuri berkas keluaran</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>Format:</translation>
    </message>
    <message>
      <source>&amp;Template:</source>
      <translation>&amp;Templat:</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>&amp;Berkas:</translation>
    </message>
    <message>
      <source>Export status</source>
      <translation>Status ekspor</translation>
    </message>
    <message>
      <source>Export in progress</source>
      <translation>Ekspor sedang berjalan</translation>
    </message>
    <message>
      <source>Pre&amp;view</source>
      <translation>Pra&amp;tinjau</translation>
    </message>
    <message>
      <source>Render the brief as PDF and show it here</source>
      <translation>Buat laporan sebagai PDF dan tampilkan di sini</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Ekspor</translation>
    </message>
    <message>
      <source>Write the file</source>
      <translation>Tulis berkas</translation>
    </message>
    <message>
      <source>&amp;Open file</source>
      <translation>&amp;Buka berkas</translation>
    </message>
    <message>
      <source>Open the exported file in its usual application</source>
      <translation>Buka berkas hasil ekspor di aplikasi biasanya</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Word (*.docx)</source>
      <translation>Word (*.docx)</translation>
    </message>
    <message>
      <source>Choose a file to export to.</source>
      <translation>Pilih berkas tujuan ekspor.</translation>
    </message>
    <message>
      <source>Exporting to %1…</source>
      <translation>Mengekspor ke %1…</translation>
    </message>
    <message>
      <source>No temporary folder for the preview is available.</source>
      <translation>Tidak ada folder sementara untuk pratinjau.</translation>
    </message>
    <message>
      <source>Rendering the preview…</source>
      <translation>Membuat pratinjau…</translation>
    </message>
    <message>
      <source>Exported to %1</source>
      <translation>Diekspor ke %1</translation>
    </message>
    <message>
      <source>Preview of the %1 template.</source>
      <translation>Pratinjau templat %1.</translation>
    </message>
    <message>
      <source>Export failed: %1</source>
      <translation>Ekspor gagal: %1</translation>
    </message>
    <message>
      <source>Export failed because of an internal error.</source>
      <translation>Ekspor gagal karena kesalahan internal.</translation>
    </message>
  </context>
  <context>
    <name>Highlight</name>
    <message>
      <source>Conflicts</source>
      <translation>Selisih sumber</translation>
    </message>
    <message>
      <source>Quotes</source>
      <translation>Kutipan</translation>
    </message>
    <message>
      <source>Statements</source>
      <translation>Pernyataan</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Angka</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Actors</source>
      <translation>Aktor</translation>
    </message>
    <message>
      <source>Key facts</source>
      <translation>Fakta utama</translation>
    </message>
    <message>
      <source>Outlook</source>
      <translation>Prospek</translation>
    </message>
  </context>
  <context>
    <name>ImportController</name>
    <message>
      <source>Pasted text</source>
      <translation>Teks yang ditempel</translation>
    </message>
    <message>
      <source>No files to import were found</source>
      <translation>Tidak ditemukan berkas untuk diimpor</translation>
    </message>
    <message>
      <source>Not added: another project was opened during the import</source>
      <translation>Tidak ditambahkan: proyek lain dibuka selama impor</translation>
    </message>
    <message>
      <source>The project is open read-only</source>
      <translation>Proyek dibuka hanya-baca</translation>
    </message>
    <message>
      <source>Already in the project as “{title}”</source>
      <translation>Sudah ada di proyek sebagai “{title}”</translation>
    </message>
    <message>
      <source>Import {0} articles</source>
      <translation>Impor {0} artikel</translation>
    </message>
    <message>
      <source>Unexpected error: {0}</source>
      <translation>Kesalahan tak terduga: {0}</translation>
    </message>
  </context>
  <context>
    <name>ImportFeedback</name>
    <message>
      <source>Import progress</source>
      <translation>Kemajuan impor</translation>
    </message>
    <message>
      <source>Import results</source>
      <translation>Hasil impor</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Mengimpor…</translation>
    </message>
    <message>
      <source>Import finished — imported: {imported}, duplicates: {duplicate}, failed: {failed}</source>
      <translation>Impor selesai — diimpor: {imported}, duplikat: {duplicate}, gagal: {failed}</translation>
    </message>
  </context>
  <context>
    <name>ImportResultsPanel</name>
    <message>
      <source>Import progress</source>
      <translation>Kemajuan impor</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Bersihkan</translation>
    </message>
    <message>
      <source>Clear the list of import results</source>
      <translation>Bersihkan daftar hasil impor</translation>
    </message>
    <message>
      <source>Import results</source>
      <translation>Hasil impor</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Sumber</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Hasil</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Rincian</translation>
    </message>
    <message>
      <source>%v of %m</source>
      <translation>%v dari %m</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Diimpor</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplikat</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Gagal</translation>
    </message>
    <message>
      <source>Drop files, folders, links or text to import them.</source>
      <translation>Letakkan berkas, folder, tautan, atau teks untuk mengimpornya.</translation>
    </message>
    <message>
      <source>Imported: {imported} · Duplicates: {duplicate} · Failed: {failed}</source>
      <translation>Diimpor: {imported} · Duplikat: {duplicate} · Gagal: {failed}</translation>
    </message>
  </context>
  <context>
    <name>ItemDetailEditor</name>
    <message>
      <source>Show source</source>
      <translation>Tampilkan sumber</translation>
    </message>
    <message>
      <source>Show the cited passage in the Reader (Enter); again for the next one</source>
      <translation>Tampilkan bagian yang dikutip di Pembaca (Enter); tekan lagi untuk bagian berikutnya</translation>
    </message>
    <message>
      <source>Show source passage</source>
      <translation>Tampilkan bagian sumber</translation>
    </message>
    <message>
      <source>Citation</source>
      <translation>Kutipan sumber</translation>
    </message>
    <message>
      <source>Select an item to edit it.</source>
      <translation>Pilih butir untuk mengubahnya.</translation>
    </message>
    <message>
      <source>No item selected</source>
      <translation>Tidak ada butir yang dipilih</translation>
    </message>
    <message>
      <source>No source: this item is your own text.</source>
      <translation>Tanpa sumber: butir ini teks Anda sendiri.</translation>
    </message>
    <message>
      <source>(removed article)</source>
      <translation>(artikel dihapus)</translation>
    </message>
    <message>
      <source>Source: %1 — “%2”</source>
      <translation>Sumber: %1 — “%2”</translation>
    </message>
    <message>
      <source>Source %3 of %4 (Enter shows the next): %1 — “%2”</source>
      <translation>Sumber %3 dari %4 (Enter menampilkan berikutnya): %1 — “%2”</translation>
    </message>
    <message>
      <source>The source text no longer matches this citation.</source>
      <translation>Teks sumber tidak lagi cocok dengan kutipan ini.</translation>
    </message>
    <message>
      <source>Edit %1: %2</source>
      <translation>Ubah %1: %2</translation>
    </message>
  </context>
  <context>
    <name>ItemEditor</name>
    <message>
      <source>Analyst note</source>
      <translation>Catatan analis</translation>
    </message>
    <message>
      <source>Your own comment; it stays in the project and is not exported</source>
      <translation>Komentar Anda sendiri; tetap di proyek dan tidak diekspor</translation>
    </message>
    <message>
      <source>— not set —</source>
      <translation>— belum diisi —</translation>
    </message>
    <message>
      <source>Fact</source>
      <translation>Fakta</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Kutipan</translation>
    </message>
    <message>
      <source>The verbatim words, without quotation marks</source>
      <translation>Kata-kata persis, tanpa tanda kutip</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>Pembicara</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Jabatan</translation>
    </message>
    <message>
      <source>The speaker's office or title</source>
      <translation>Jabatan atau gelar pembicara</translation>
    </message>
    <message>
      <source>Original language</source>
      <translation>Bahasa asli</translation>
    </message>
    <message>
      <source>ISO 639-1 code of the quote, e.g. id or en</source>
      <translation>Kode ISO 639-1 kutipan, mis. id atau en</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Terjemahan</translation>
    </message>
    <message>
      <source>Your translation, shown under the original</source>
      <translation>Terjemahan Anda, ditampilkan di bawah aslinya</translation>
    </message>
    <message>
      <source>As written</source>
      <translation>Seperti tertulis</translation>
    </message>
    <message>
      <source>The figure as the source writes it, e.g. 3.000</source>
      <translation>Angka seperti ditulis sumber, mis. 3.000</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Nilai</translation>
    </message>
    <message>
      <source>The number, written as in the brief's language (3.000 in Indonesian)</source>
      <translation>Angkanya, ditulis sesuai bahasa laporan (3.000 dalam bahasa Indonesia)</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Satuan</translation>
    </message>
    <message>
      <source>Counts</source>
      <translation>Menghitung</translation>
    </message>
    <message>
      <source>What the figure counts, e.g. troops</source>
      <translation>Apa yang dihitung angka itu, mis. tentara</translation>
    </message>
    <message>
      <source>Qualifier</source>
      <translation>Penjelas</translation>
    </message>
    <message>
      <source>e.g. at least, about, up to</source>
      <translation>mis. setidaknya, sekitar, hingga</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>Per tanggal</translation>
    </message>
    <message>
      <source>The date the figure refers to (YYYY-MM-DD)</source>
      <translation>Tanggal yang dirujuk angka itu (TTTT-BB-HH)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Person, organisation, place or other</source>
      <translation>Orang, organisasi, tempat, atau lainnya</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Orang</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisasi</translation>
    </message>
    <message>
      <source>Place or country</source>
      <translation>Tempat atau negara</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Lainnya</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Keterangan</translation>
    </message>
    <message>
      <source>Judgement</source>
      <translation>Penilaian</translation>
    </message>
    <message>
      <source>The analytic judgement about what comes next</source>
      <translation>Penilaian analitis tentang apa yang akan terjadi</translation>
    </message>
    <message>
      <source>Likelihood</source>
      <translation>Kemungkinan</translation>
    </message>
    <message>
      <source>ICD 203 expression of likelihood</source>
      <translation>Ungkapan kemungkinan ICD 203</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Keyakinan</translation>
    </message>
    <message>
      <source>ICD 203 analytic confidence</source>
      <translation>Keyakinan analitis ICD 203</translation>
    </message>
  </context>
  <context>
    <name>ItemFieldsEditor</name>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>TTTT-BB-HH</translation>
    </message>
    <message>
      <source>Not a number: the value is kept as it was</source>
      <translation>Bukan angka: nilai tetap seperti semula</translation>
    </message>
    <message>
      <source>Not a date (YYYY-MM-DD): the date is kept as it was</source>
      <translation>Bukan tanggal (TTTT-BB-HH): tanggal tetap seperti semula</translation>
    </message>
  </context>
  <context>
    <name>MainActions</name>
    <message>
      <source>Add as &amp;fact</source>
      <translation>Tambah sebagai &amp;fakta</translation>
    </message>
    <message>
      <source>Add as &amp;quote</source>
      <translation>Tambah sebagai &amp;kutipan</translation>
    </message>
    <message>
      <source>Add as fi&amp;gure</source>
      <translation>Tambah sebagai &amp;angka</translation>
    </message>
    <message>
      <source>Add as &amp;actor</source>
      <translation>Tambah sebagai a&amp;ktor</translation>
    </message>
    <message>
      <source>Add as &amp;outlook</source>
      <translation>Tambah sebagai &amp;prospek</translation>
    </message>
    <message>
      <source>Fact</source>
      <translation>Fakta</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Kutipan</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Angka</translation>
    </message>
    <message>
      <source>Actor</source>
      <translation>Aktor</translation>
    </message>
    <message>
      <source>Outlook</source>
      <translation>Prospek</translation>
    </message>
    <message>
      <source>&amp;New Project</source>
      <translation>Proyek &amp;Baru</translation>
    </message>
    <message>
      <source>Start a new, empty project</source>
      <translation>Mulai proyek baru yang kosong</translation>
    </message>
    <message>
      <source>&amp;Open Project…</source>
      <translation>&amp;Buka Proyek…</translation>
    </message>
    <message>
      <source>Open a .brief project file</source>
      <translation>Buka berkas proyek .brief</translation>
    </message>
    <message>
      <source>Save Project &amp;As…</source>
      <translation>Simpan Proyek &amp;Sebagai…</translation>
    </message>
    <message>
      <source>Save a copy of the project under a new name and continue there</source>
      <translation>Simpan salinan proyek dengan nama baru dan lanjutkan di sana</translation>
    </message>
    <message>
      <source>&amp;Import Articles…</source>
      <translation>&amp;Impor Artikel…</translation>
    </message>
    <message>
      <source>Import articles from files (or drop them on the window)</source>
      <translation>Impor artikel dari berkas (atau letakkan di jendela)</translation>
    </message>
    <message>
      <source>&amp;Paste as Article</source>
      <translation>&amp;Tempel sebagai Artikel</translation>
    </message>
    <message>
      <source>Import the clipboard (text, a web page or a link) as an article</source>
      <translation>Impor isi papan klip (teks, halaman web, atau tautan) sebagai artikel</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Ekspor…</translation>
    </message>
    <message>
      <source>Export the brief to PDF or DOCX</source>
      <translation>Ekspor laporan ke PDF atau DOCX</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Keluar</translation>
    </message>
    <message>
      <source>Close Briefing (everything is already saved)</source>
      <translation>Tutup Briefing (semuanya sudah disimpan)</translation>
    </message>
    <message>
      <source>&amp;Remove Article</source>
      <translation>&amp;Hapus Artikel</translation>
    </message>
    <message>
      <source>Remove the selected article from the project</source>
      <translation>Hapus artikel yang dipilih dari proyek</translation>
    </message>
    <message>
      <source>Import &amp;Results</source>
      <translation>&amp;Hasil Impor</translation>
    </message>
    <message>
      <source>Show what happened to each imported file</source>
      <translation>Tampilkan hasil setiap berkas yang diimpor</translation>
    </message>
    <message>
      <source>&amp;About Briefing</source>
      <translation>&amp;Tentang Briefing</translation>
    </message>
    <message>
      <source>Version and credits</source>
      <translation>Versi dan kredit</translation>
    </message>
    <message>
      <source>Show &amp;Log Folder</source>
      <translation>Tampilkan Folder &amp;Log</translation>
    </message>
    <message>
      <source>Open the folder with Briefing's log files</source>
      <translation>Buka folder berkas log Briefing</translation>
    </message>
    <message>
      <source>&amp;Sources</source>
      <translation>&amp;Sumber</translation>
    </message>
    <message>
      <source>Move the keyboard focus to the Sources list</source>
      <translation>Pindahkan fokus papan ketik ke daftar Sumber</translation>
    </message>
    <message>
      <source>&amp;Reader</source>
      <translation>&amp;Pembaca</translation>
    </message>
    <message>
      <source>Move the keyboard focus to the Reader</source>
      <translation>Pindahkan fokus papan ketik ke Pembaca</translation>
    </message>
    <message>
      <source>Su&amp;ggestions</source>
      <translation>Sa&amp;ran</translation>
    </message>
    <message>
      <source>Move the keyboard focus to the Suggestions</source>
      <translation>Pindahkan fokus papan ketik ke Saran</translation>
    </message>
    <message>
      <source>&amp;Brief</source>
      <translation>&amp;Laporan</translation>
    </message>
    <message>
      <source>Move the keyboard focus to the brief editor</source>
      <translation>Pindahkan fokus papan ketik ke penyunting laporan</translation>
    </message>
    <message>
      <source>Add the text selected in the Reader to the brief as a {kind} (Ctrl+{n})</source>
      <translation>Tambahkan teks yang dipilih di Pembaca ke laporan sebagai {kind} (Ctrl+{n})</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Buka &amp;Terakhir</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Sunting</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Tampilan</translation>
    </message>
    <message>
      <source>&amp;Highlight</source>
      <translation>&amp;Sorotan</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Bantuan</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Utama</translation>
    </message>
    <message>
      <source>Add selection as:</source>
      <translation>Tambah pilihan sebagai:</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Read-only notice</source>
      <translation>Pemberitahuan hanya-baca</translation>
    </message>
    <message>
      <source>The brief editor is not available in this build.</source>
      <translation>Penyunting laporan tidak tersedia dalam versi ini.</translation>
    </message>
    <message>
      <source>Brief</source>
      <translation>Laporan</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Urungkan</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Ulangi</translation>
    </message>
    <message>
      <source>Analysing…</source>
      <translation>Menganalisis…</translation>
    </message>
    <message>
      <source>Cannot create a project</source>
      <translation>Tidak dapat membuat proyek</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>Proyek baru</translation>
    </message>
    <message>
      <source>Cannot open the project</source>
      <translation>Tidak dapat membuka proyek</translation>
    </message>
    <message>
      <source>Opened {name}</source>
      <translation>{name} dibuka</translation>
    </message>
    <message>
      <source>Cannot save the project</source>
      <translation>Tidak dapat menyimpan proyek</translation>
    </message>
    <message>
      <source>Replace project?</source>
      <translation>Ganti proyek?</translation>
    </message>
    <message>
      <source>{name} already exists. Replace it with this project?</source>
      <translation>{name} sudah ada. Ganti dengan proyek ini?</translation>
    </message>
    <message>
      <source>Saved as {name}</source>
      <translation>Disimpan sebagai {name}</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Tanpa judul</translation>
    </message>
    <message>
      <source> [read-only]</source>
      <translation> [hanya-baca]</translation>
    </message>
    <message>
      <source>{name} is open in another Briefing window, so it is shown read-only here. Use File › Save Project As to work on a copy.</source>
      <translation>{name} sedang terbuka di jendela Briefing lain, jadi di sini ditampilkan hanya-baca. Gunakan Berkas › Simpan Proyek Sebagai untuk bekerja pada salinannya.</translation>
    </message>
    <message>
      <source>{name} was made by a newer version of Briefing and is shown read-only.</source>
      <translation>{name} dibuat oleh versi Briefing yang lebih baru dan ditampilkan hanya-baca.</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(tidak ada)</translation>
    </message>
    <message>
      <source>Open Project</source>
      <translation>Buka Proyek</translation>
    </message>
    <message>
      <source>Save Project As</source>
      <translation>Simpan Proyek Sebagai</translation>
    </message>
    <message>
      <source>The clipboard holds no text, link or file to import</source>
      <translation>Papan klip tidak berisi teks, tautan, atau berkas untuk diimpor</translation>
    </message>
    <message>
      <source>Import Articles</source>
      <translation>Impor Artikel</translation>
    </message>
    <message>
      <source>This project is open read-only; save a copy to change it</source>
      <translation>Proyek ini dibuka hanya-baca; simpan salinannya untuk mengubahnya</translation>
    </message>
    <message>
      <source>The source article is no longer in the project</source>
      <translation>Artikel sumber tidak ada lagi di proyek</translation>
    </message>
    <message>
      <source>The cited passage is outside the article's text</source>
      <translation>Bagian yang dikutip berada di luar teks artikel</translation>
    </message>
    <message>
      <source>Select some text in the Reader first</source>
      <translation>Pilih teks di Pembaca terlebih dahulu</translation>
    </message>
    <message>
      <source>Added to the brief: {0}</source>
      <translation>Ditambahkan ke laporan: {0}</translation>
    </message>
    <message>
      <source>{0} found</source>
      <translation>{0} ditemukan</translation>
    </message>
    <message>
      <source>Analysis failed</source>
      <translation>Analisis gagal</translation>
    </message>
    <message>
      <source>Analysis failed: {0}</source>
      <translation>Analisis gagal: {0}</translation>
    </message>
    <message>
      <source>Export is not available in this build</source>
      <translation>Ekspor tidak tersedia dalam versi ini</translation>
    </message>
    <message>
      <source>About Briefing</source>
      <translation>Tentang Briefing</translation>
    </message>
    <message>
      <source>&lt;b&gt;Briefing {version}&lt;/b&gt;&lt;p&gt;Turn news articles in any language into short, sourced briefs.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
      <translation>&lt;b&gt;Briefing {version}&lt;/b&gt;&lt;p&gt;Ubah artikel berita dalam bahasa apa pun menjadi laporan singkat yang bersumber.&lt;/p&gt;&lt;p&gt;Semuanya tetap di komputer ini.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>{name} cannot be written here, so it is shown read-only. Use File › Save Project As to work on a copy.</source>
      <translation>{name} tidak dapat ditulis di sini, jadi ditampilkan hanya-baca. Gunakan Berkas › Simpan Proyek Sebagai untuk bekerja pada salinannya.</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>PDF preview</source>
      <translation>Pratinjau PDF</translation>
    </message>
    <message>
      <source>Page count</source>
      <translation>Jumlah halaman</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Sesuaikan lebar</translation>
    </message>
    <message>
      <source>Zoom the pages to the width of the preview</source>
      <translation>Perbesar halaman selebar pratinjau</translation>
    </message>
    <message>
      <source>Whole page</source>
      <translation>Seluruh halaman</translation>
    </message>
    <message>
      <source>Show whole pages</source>
      <translation>Tampilkan seluruh halaman</translation>
    </message>
    <message>
      <source>The PDF could not be shown (%1).</source>
      <translation>PDF tidak dapat ditampilkan (%1).</translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n halaman</numerusform>
      </translation>
    </message>
    <message>
      <source>No preview yet: press Preview.</source>
      <translation>Belum ada pratinjau: tekan Pratinjau.</translation>
    </message>
  </context>
  <context>
    <name>ReaderView</name>
    <message>
      <source>Highlight {kind}</source>
      <translation>Sorot {kind}</translation>
    </message>
    <message>
      <source>Show or hide the highlighting of {kind}</source>
      <translation>Tampilkan atau sembunyikan sorotan {kind}</translation>
    </message>
    <message>
      <source>Article text</source>
      <translation>Teks artikel</translation>
    </message>
    <message>
      <source>Drop articles here: files, a folder, links or text from a browser.
Or use File › Import (Ctrl+I), or Ctrl+Shift+V to paste an article.

Then select text in the article to add it to the brief.</source>
      <translation>Letakkan artikel di sini: berkas, folder, tautan, atau teks dari peramban.
Atau gunakan Berkas › Impor (Ctrl+I), atau Ctrl+Shift+V untuk menempelkan artikel.

Lalu pilih teks dalam artikel untuk menambahkannya ke laporan.</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(tanpa judul)</translation>
    </message>
  </context>
  <context>
    <name>SourcesModel</name>
    <message>
      <source>Title</source>
      <translation>Judul</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>Penerbit</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Lang.</source>
      <translation>Bhs.</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>Nilai</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(tanpa judul)</translation>
    </message>
    <message>
      <source>Detected language {code} (confidence {confidence:.0%})</source>
      <translation>Bahasa terdeteksi {code} (keyakinan {confidence:.0%})</translation>
    </message>
  </context>
  <context>
    <name>SourcesView</name>
    <message>
      <source>Sources</source>
      <translation>Sumber</translation>
    </message>
    <message>
      <source>Imported articles; select one to read it</source>
      <translation>Artikel yang diimpor; pilih satu untuk membacanya</translation>
    </message>
    <message>
      <source>&lt;b&gt;Sources&lt;/b&gt;</source>
      <translation>&lt;b&gt;Sumber&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&amp;Grade Source</source>
      <translation>&amp;Nilai Sumber</translation>
    </message>
    <message>
      <source>&amp;Reliability</source>
      <translation>&amp;Keandalan</translation>
    </message>
    <message>
      <source>&amp;Credibility</source>
      <translation>Kr&amp;edibilitas</translation>
    </message>
    <message>
      <source>&amp;Clear Grade</source>
      <translation>&amp;Hapus Nilai</translation>
    </message>
  </context>
  <context>
    <name>SuggestionsModel</name>
    <message>
      <source>Suggestion</source>
      <translation>Saran</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Bukti</translation>
    </message>
  </context>
  <context>
    <name>SuggestionsPanel</name>
    <message>
      <source>Hide dismissed</source>
      <translation>Sembunyikan yang ditolak</translation>
    </message>
    <message>
      <source>Hide the suggestions you dismissed</source>
      <translation>Sembunyikan saran yang sudah Anda tolak</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Pulihkan</translation>
    </message>
    <message>
      <source>Bring back the selected dismissed suggestions (Delete)</source>
      <translation>Kembalikan saran terpilih yang sudah ditolak (Delete)</translation>
    </message>
    <message>
      <source>Filter suggestions</source>
      <translation>Saring saran</translation>
    </message>
    <message>
      <source>Suggestion kind</source>
      <translation>Jenis saran</translation>
    </message>
    <message>
      <source>Show one kind of suggestion</source>
      <translation>Tampilkan satu jenis saran</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Semua jenis</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation>Saran</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Bukti</translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>&amp;Terima</translation>
    </message>
    <message>
      <source>Add the selected suggestions to the brief (Enter)</source>
      <translation>Tambahkan saran yang dipilih ke laporan (Enter)</translation>
    </message>
    <message>
      <source>&amp;Reject</source>
      <translation>T&amp;olak</translation>
    </message>
    <message>
      <source>Dismiss the selected suggestions (Delete)</source>
      <translation>Abaikan saran yang dipilih (Delete)</translation>
    </message>
    <message>
      <source>Accept all of this &amp;kind</source>
      <translation>Terima semua &amp;jenis ini</translation>
    </message>
    <message>
      <source>Add every suggestion of the selected kind to the brief, as one undo step</source>
      <translation>Tambahkan semua saran dari jenis yang dipilih ke laporan, sebagai satu langkah urung</translation>
    </message>
    <message>
      <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
      <translation>&lt;b&gt;Saran&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Accept all {kind}</source>
      <translation>Terima semua {kind}</translation>
    </message>
    <message>
      <source>Cannot accept “{0}”: {1}</source>
      <translation>Tidak dapat menerima “{0}”: {1}</translation>
    </message>
    <message>
      <source>Accept suggestions</source>
      <translation>Terima saran</translation>
    </message>
    <message>
      <source>Items added to the brief: {0}</source>
      <translation>Butir ditambahkan ke laporan: {0}</translation>
    </message>
    <message>
      <source>Items added to the brief: {0}; joined to items already there: {1}</source>
      <translation>Butir ditambahkan ke laporan: {0}; digabung dengan butir yang sudah ada: {1}</translation>
    </message>
    <message>
      <source>Kept for this session only: %1</source>
      <translation>Hanya berlaku untuk sesi ini: %1</translation>
    </message>
  </context>
  <context>
    <name>UndoActions</name>
    <message>
      <source>Undo</source>
      <translation>Urungkan</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Ulangi</translation>
    </message>
    <message>
      <source>Undo the last change to the brief</source>
      <translation>Urungkan perubahan terakhir pada laporan</translation>
    </message>
    <message>
      <source>Redo the change just undone</source>
      <translation>Ulangi perubahan yang baru diurungkan</translation>
    </message>
    <message>
      <source>Opened project</source>
      <translation>Proyek dibuka</translation>
    </message>
    <message>
      <source>Undo history</source>
      <translation>Riwayat urungan</translation>
    </message>
    <message>
      <source>Click a step to return the brief to it</source>
      <translation>Klik satu langkah untuk mengembalikan laporan ke keadaan itu</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <source>Cannot open the project</source>
      <translation>Tidak dapat membuka proyek</translation>
    </message>
  </context>
</TS>