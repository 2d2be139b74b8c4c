"""Generate N realistic Indonesian government press releases (~400 words each), deterministically.

    python bench/generate_corpus.py OUT_DIR --n 10000 [--seed 7] [--format txt|jsonl] [--words 400]

Each release recombines the patterns of corpus/: a headline, a dateline, an opening sentence naming the
organizer, the event, its dates (written in every form the corpus uses), venue and place, a theme, an
official with honorifics and degrees, a representation ("diwakili oleh"), a quote, and filler sentences
taken from the real releases in corpus/ until the release reaches about --words words. Every release is
unique (it carries its own letter number), so the document ids never collide.

Output streams to disk: .txt files in sub-folders of 1000 (OUT_DIR/00000/r0000001.txt), or one
OUT_DIR/releases.jsonl with {id, url, title, published, content}. `releases(n, seed)` yields the same
releases in memory for benchmarks that do not need files.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"

# ------------------------------------------------------------------ tables (rules are data)
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

# (province, acronym, capital, [(kabupaten/kota, seat)])
REGIONS = [
    ("Sulawesi Tengah", "Sulteng", "Palu", [("Kabupaten Poso", "Poso"), ("Kabupaten Morowali Utara", "Kolonodale"),
                                             ("Kabupaten Donggala", "Banawa")]),
    ("Jawa Tengah", "Jateng", "Semarang", [("Kabupaten Pekalongan", "Kajen"), ("Kota Surakarta", "Surakarta"),
                                           ("Kabupaten Banyumas", "Purwokerto")]),
    ("Jawa Timur", "Jatim", "Surabaya", [("Kabupaten Lamongan", "Lamongan"), ("Kota Malang", "Malang"),
                                         ("Kabupaten Banyuwangi", "Banyuwangi")]),
    ("Kalimantan Timur", "Kaltim", "Samarinda", [("Kota Balikpapan", "Balikpapan"), ("Kabupaten Kutai Kartanegara",
                                                                                     "Tenggarong")]),
    ("Sumatera Utara", "Sumut", "Medan", [("Kabupaten Karo", "Kabanjahe"), ("Kota Pematangsiantar",
                                                                           "Pematangsiantar")]),
    ("Nusa Tenggara Barat", "NTB", "Mataram", [("Kabupaten Lombok Tengah", "Praya"), ("Kota Bima", "Bima")]),
    ("Aceh", "Aceh", "Banda Aceh", [("Kabupaten Pidie", "Sigli"), ("Kota Lhokseumawe", "Lhokseumawe")]),
    ("Papua", "Papua", "Jayapura", [("Kabupaten Biak Numfor", "Biak"), ("Kabupaten Jayapura", "Sentani")]),
    ("Kalimantan Barat", "Kalbar", "Pontianak", [("Kabupaten Sanggau", "Sanggau"), ("Kota Singkawang",
                                                                                    "Singkawang")]),
    ("Bali", "Bali", "Denpasar", [("Kabupaten Gianyar", "Gianyar"), ("Kabupaten Buleleng", "Singaraja")]),
    ("Gorontalo", "Gorontalo", "Gorontalo", [("Kabupaten Boalemo", "Tilamuta"), ("Kota Gorontalo", "Gorontalo")]),
    ("Sulawesi Selatan", "Sulsel", "Makassar", [("Kabupaten Gowa", "Sungguminasa"), ("Kota Parepare",
                                                                                     "Parepare")]),
]
# (portfolio, acronym stem, topic words used in titles and themes)
PORTFOLIOS = [
    ("Perindustrian dan Perdagangan", "Perindag", "industri kecil dan menengah"),
    ("Kesehatan", "Kes", "pencegahan stunting"),
    ("Pendidikan dan Kebudayaan", "Dikbud", "kurikulum merdeka"),
    ("Komunikasi dan Informatika", "Kominfo", "transformasi digital"),
    ("Pemberdayaan Masyarakat dan Desa", "PMD", "dana desa"),
    ("Ketahanan Pangan", "KP", "cadangan pangan"),
    ("Tenaga Kerja dan Transmigrasi", "Nakertrans", "pelatihan berbasis kompetensi"),
    ("Kelautan dan Perikanan", "DKP", "kampung nelayan modern"),
    ("Pariwisata", "Dispar", "desa wisata"),
    ("Koperasi dan UKM", "Diskop UKM", "digitalisasi UMKM"),
    ("Sosial", "Dinsos", "bantuan sosial lansia"),
    ("Perhubungan", "Dishub", "angkutan perintis"),
]
NATIONAL = [
    ("Kementerian Perindustrian", "Kemenperin"), ("Kementerian Kesehatan", "Kemenkes"),
    ("Kementerian Dalam Negeri", "Kemendagri"), ("Kementerian Kelautan dan Perikanan", "KKP"),
    ("Badan Pusat Statistik", "BPS"), ("Badan Nasional Penanggulangan Bencana", "BNPB"),
    ("Kementerian Agama", "Kemenag"), ("Kementerian Pertanian", "Kementan"),
]
EVENTS = ["Rapat Koordinasi", "Bimbingan Teknis", "Sosialisasi", "Rapat Kerja", "Pelatihan", "Workshop",
          "Forum Group Discussion", "Musyawarah Perencanaan Pembangunan", "Monitoring dan Evaluasi", "Apel Siaga",
          "Seminar", "Lokakarya"]
EVENT_VERBS = ["menyelenggarakan", "menggelar", "melaksanakan", "mengadakan"]
VENUES = ["Hotel Santika", "Aula Kantor Gubernur", "Gedung Serbaguna", "Hotel Aston", "Ruang Rapat Bappeda",
          "Balai Pertemuan", "Hotel Grand Mercure", "Pendopo Kabupaten", "Gedung Wanita", "Torau Resort",
          "Aula Dinas", "Convention Hall"]
FIRST = ["Mira", "Abdul", "Rudi", "Nurul", "Ratna", "Ahmad", "Siti", "Budi", "Dewi", "Hendra", "Made", "Ni Wayan",
         "Yohanes", "Fransiska", "Muhammad", "Sri", "Agus", "Lusiana", "Teuku", "Andi", "Rahmat", "Yulia",
         "Bambang", "Putu", "Maria", "Irwan", "Fitri", "Hasan", "Nadia", "Rangga"]
LAST = ["Yuliastuti", "Latjare", "Dewanto", "Hidayati", "Kusumawardani", "Saputra", "Rahayu", "Santoso",
        "Lestari", "Wijaya", "Sukerti", "Manurung", "Sitepu", "Tanjung", "Mang", "Pratama", "Nasution",
        "Simanjuntak", "Hasibuan", "Siregar", "Wulandari", "Kurniawan", "Harahap", "Sembiring", "Pohan",
        "Rumbiak", "Mahmud", "Ginting", "Permana", "Suryadi"]
HONORIFICS = ["", "", "Dr. ", "Ir. ", "H. ", "Hj. ", "Drs. ", "Prof. Dr. "]
DEGREES = ["", "", ", S.E.", ", M.Si.", ", S.H., M.H.", ", S.Sos., M.AP", ", S.T., M.T.", ", MPH", ", S.Pd."]
HEADS = ["Kepala", "Plt. Kepala", "Plh. Kepala", "Sekretaris", "Kepala Bidang Perencanaan", "Kepala Seksi Pembinaan"]
PRINCIPALS = ["Gubernur", "Bupati", "Wali Kota", "Sekretaris Daerah", "Menteri"]
REPRESENTATIVES = ["Asisten II Bidang Perekonomian dan Pembangunan", "Staf Ahli Bidang Pemerintahan",
                   "Asisten I Bidang Pemerintahan dan Kesra", "Kepala Biro Perekonomian", "Wakil Bupati"]
SPEECH = ["dalam sambutannya menyampaikan bahwa", "menjelaskan bahwa", "menegaskan bahwa", "dalam laporannya mengatakan",
          "mengajak seluruh peserta agar"]
THEME_CUES = ["mengusung tema", "bertema", "bertajuk", "dengan tema"]
THEME_WORDS = ["Sinergi", "Kolaborasi", "Akselerasi", "Penguatan", "Transformasi", "Inovasi"]
THEME_TAILS = ["untuk Pertumbuhan Ekonomi Berkelanjutan", "Menuju Indonesia Emas 2045", "yang Inklusif dan Merata",
               "sebagai Kunci Kesejahteraan Masyarakat", "untuk Pelayanan Publik yang Prima"]
PARTICIPANTS = ["aparatur sipil negara", "pelaku usaha", "kepala desa", "penyuluh", "guru", "kader posyandu",
                "perwakilan perangkat daerah", "tokoh masyarakat"]


# ------------------------------------------------------------------ date forms
def _long(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


DATE_FORMS = [
    lambda d, e: (f"pada {_long(d)}", None),
    lambda d, e: (f"pada hari {WEEKDAYS[d.weekday()]}, {_long(d)}", None),
    lambda d, e: (f"{WEEKDAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})", None),
    lambda d, e: (f"{WEEKDAYS[d.weekday()]} ({d.day:02d}/{d.month:02d}/{d.year})", None),
    lambda d, e: (f"pada tanggal {d.day} sampai dengan {_long(e)}", e),
    lambda d, e: (f"pada {d.day}-{_long(e)}", e),
    lambda d, e: (f"tanggal {d.day} s.d. {_long(e)}", e),
    lambda d, e: (f"pada tanggal {d.day} s/d {_long(e)}", e),
    lambda d, e: (f"selama dua hari, {d.day} dan {_long(e)}", e),
    lambda d, e: (f"pada {d.day} {MONTHS[d.month - 1]}", None),
    lambda d, e: (f"{WEEKDAYS[d.weekday()]} ({d.day}/{d.month})", None),
    lambda d, e: (f"pada {d.isoformat()}", None),
]


# ------------------------------------------------------------------ filler from the real corpus
# A sentence ends at . ! ? before a capital, unless the dot closes an abbreviation (Dr., H., S.E., Kab.).
_SENTENCE_END = re.compile(r"(?<!\b[A-Z]\.)(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.)(?<=[.!?])\s+(?=[A-Z\"“])")
_DATELINE = re.compile(r"^[A-Z][A-Z .]+(,| –| -)")
_LOWER = {"dan", "di", "ke", "untuk", "yang"}


def _title(words: str) -> str:
    return " ".join(w if w in _LOWER else w[:1].upper() + w[1:] for w in words.split())


def _corpus_sentences() -> list[str]:
    """Body sentences of the embedded corpus (not headlines), to pad releases with real prose."""
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8").split("\n", 2)[-1])
    for path in sorted(CORPUS.glob("feeds/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            body = record.get("content") or record.get("text") or ""
            if "<" not in body:
                texts.append(body)
    sentences = []
    for text in texts:
        for s in _SENTENCE_END.split(text):
            s = " ".join(s.split())
            if 12 <= len(s.split()) <= 60 and s.endswith(".") and not _DATELINE.match(s) \
                    and s.count('"') % 2 == 0 and s.count("“") == s.count("”"):
                sentences.append(s)
    return sentences or ["Kegiatan ini diharapkan dapat meningkatkan kualitas pelayanan kepada masyarakat."]


def _person(rng: random.Random) -> tuple[str, str]:
    """(full form with honorific and degree, bare name)."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return f"{rng.choice(HONORIFICS)}{name}{rng.choice(DEGREES)}", name


def release(i: int, rng: random.Random, filler: list[str], words: int = 400) -> dict:
    province, prov_acr, capital, kabs = rng.choice(REGIONS)
    kab, seat = rng.choice(kabs)
    portfolio, acr, topic = rng.choice(PORTFOLIOS)
    level = rng.random()
    if level < 0.45:
        org, org_acr, where = f"Dinas {portfolio} Provinsi {province}", f"Dinas {acr} {prov_acr}", province
        city = capital
    elif level < 0.85:
        org, org_acr, where = f"Dinas {portfolio} {kab}", f"Dinas {acr}", kab
        city = seat
    else:
        org, org_acr = rng.choice(NATIONAL)
        where, city = province, capital
    start = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 6 * 365))
    end = start + timedelta(days=rng.choice([1, 1, 2]))
    date_text, _ = rng.choice(DATE_FORMS)(start, end)
    published = end + timedelta(days=rng.choice([0, 1, 2]))
    event = f"{rng.choice(EVENTS)} {_title(topic)} {where} Tahun {start.year}"
    theme = f"{rng.choice(THEME_WORDS)} {_title(topic)} {rng.choice(THEME_TAILS)}"
    venue = rng.choice(VENUES)
    official, official_name = _person(rng)
    deputy, deputy_name = _person(rng)
    principal = f"{rng.choice(PRINCIPALS)} {where.replace('Kabupaten ', '').replace('Kota ', '')}"
    n_people = rng.randrange(20, 400)
    budget = f"Rp{rng.randrange(50, 9000):,}".replace(",", ".") + " juta"
    letter = f"{rng.choice(['000.1', '400.3', '500.8', '005'])}/{i:06d}/{acr.split()[0]}/{start.year}"

    title = f"{event}"
    paragraphs = [
        f"{city.upper()}, {_long(published)} – {org} ({org_acr}) {rng.choice(EVENT_VERBS)} {event} "
        f"{date_text} bertempat di {venue}, {kab}. Kegiatan tersebut {rng.choice(THEME_CUES)} “{theme}” dan "
        f"diikuti oleh {n_people} peserta dari unsur {rng.choice(PARTICIPANTS)} dan {rng.choice(PARTICIPANTS)}.",
        f"{rng.choice(HEADS)} {org}, {official} {rng.choice(SPEECH)} kegiatan ini bertujuan untuk memperkuat "
        f"sinergi program {topic} antara pemerintah pusat, pemerintah provinsi dan pemerintah kabupaten/kota. "
        f"Menurut {official_name}, anggaran yang dialokasikan untuk program tersebut mencapai {budget}.",
        f"{principal} yang diwakili oleh {rng.choice(REPRESENTATIVES)}, {deputy} membuka kegiatan secara resmi. "
        f"“Kami berharap {topic} dapat dirasakan manfaatnya oleh seluruh masyarakat {where},” ujar {deputy_name}.",
    ]
    body_words = sum(len(p.split()) for p in paragraphs) + len(title.split())
    extra = []
    while body_words < words - 25:
        sentence = rng.choice(filler)
        extra.append(sentence)
        body_words += len(sentence.split())
    for k in range(0, len(extra), 3):
        paragraphs.append(" ".join(extra[k:k + 3]))
    paragraphs.append(f"Kegiatan ini dilaksanakan berdasarkan surat Nomor {letter}. ({org_acr})")
    return {
        "id": f"r{i:07d}",
        "url": f"https://berita.example.go.id/{start.year}/r{i:07d}",
        "title": title,
        "published": published.isoformat(),
        "content": "\n\n".join(paragraphs),
    }


def releases(n: int, seed: int = 7, words: int = 400, start: int = 0) -> Iterator[dict]:
    """The same n releases for the same seed, one at a time."""
    filler = _corpus_sentences()
    for i in range(start, start + n):
        yield release(i, random.Random(f"{seed}:{i}"), filler, words)


def release_text(record: dict) -> str:
    return f"{record['title']}\n\n{record['content']}\n"


def write_corpus(out: Path, n: int, seed: int = 7, fmt: str = "txt", words: int = 400) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        path = out / "releases.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for record in releases(n, seed, words):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        return path
    for i, record in enumerate(releases(n, seed, words)):
        shard = out / f"{i // 1000:05d}"
        if i % 1000 == 0:
            shard.mkdir(exist_ok=True)
        (shard / f"{record['id']}.txt").write_text(release_text(record), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--format", choices=("txt", "jsonl"), default="txt")
    parser.add_argument("--words", type=int, default=400)
    args = parser.parse_args(argv)
    path = write_corpus(args.out, args.n, args.seed, args.format, args.words)
    print(f"{args.n} releases -> {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
