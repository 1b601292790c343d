"""The content rows of bench/run: a sheet whose every card shows a display
formula (cold and warm MathJax cache, against the same cards without math),
and a sheet of Arabic, Hebrew and Devanagari (shaped scripts)."""
import random
import shutil
import statistics

from checks import check_sheet
from measure import Timing, format_seconds, peak_mb, run_once, timed

CARDS = 1000
MATH_COLD_SECONDS = 3.0
MATH_WARM_SHARE = 1.10  # of the same deck without math
SCRIPTS_SECONDS = 2.0

# Phrases with their meaning: right to left (joined and not) and an Indic script.
PHRASES = [
    ("أنا أتعلم العربية كل يوم", "I learn Arabic every day"),
    ("المكتبة مفتوحة حتى المساء", "The library is open until the evening"),
    ("אני לומד עברית בכל בוקר", "I study Hebrew every morning"),
    ("הספר נמצא על השולחן", "The book is on the table"),
    ("मैं हर दिन हिंदी पढ़ता हूँ", "I read Hindi every day"),
    ("क्षमा कीजिए, स्टेशन कहाँ है?", "Excuse me, where is the station?"),
]


def formula(rng, i):
    a, b = rng.randint(2, 99), rng.randint(2, 99)
    return f"x_{{{i}}} = \\\\frac{{-{b} \\\\pm \\\\sqrt{{{b}^2 - 4 \\\\cdot {a} c}}}}{{2 \\\\cdot {a}}}"


def math_deck(with_math):
    """One display formula per card; without math, the same TeX as plain text."""
    rng = random.Random(1)
    notes = []
    for i in range(CARDS):
        tex = formula(rng, i)
        back = f"$${tex}$$" if with_math else tex
        notes.append(f'\n[[note]]\nid = "m{i:04d}"\nfront = "Solve quadratic number {i} for x."\n'
                     f'back = """\n{back}\n"""\n')
    return f'[deck]\nname = "{"Math" if with_math else "No math"}"\n' + "".join(notes)


def scripts_deck():
    notes = []
    for i in range(CARDS):
        phrase, meaning = PHRASES[i % len(PHRASES)]
        notes.append(f'\n[[note]]\nid = "s{i:04d}"\nfront = "{phrase} ({i})"\nback = "{meaning}, number {i}."\n')
    return '[deck]\nname = "Scripts"\n' + "".join(notes)


def write_deck(bench, name, text):
    folder = bench.work / "content"
    folder.mkdir(parents=True, exist_ok=True)
    deck = folder / f"{name}.toml"
    deck.write_text(text, encoding="utf-8")
    return deck


def sheet_command(bench, deck, out):
    return [bench.binary, "build", deck, "-o", out, "--only", "pdf", "--force", "--quiet"]


def cold(command, cache, runs):
    """Each run starts with no typeset formula kept."""
    samples = []
    for _ in range(runs):
        shutil.rmtree(cache, ignore_errors=True)
        samples.append(run_once(command))
    shutil.rmtree(cache, ignore_errors=True)
    return Timing(statistics.median(samples), peak_mb(command))


def math_rows(bench, row_type, runs):
    """The formula sheet cold and warm, and the same cards without math."""
    out = bench.work / "out-content"
    with_math = sheet_command(bench, write_deck(bench, "math", math_deck(True)), out)
    without = sheet_command(bench, write_deck(bench, "no-math", math_deck(False)), out)
    cold_timing = cold(with_math, out / ".deckpress" / "math", max(3, runs // 2))
    warm = timed(with_math, runs)
    plain = timed(without, runs)
    check_sheet(out / "math.pdf")
    share = warm.seconds / plain.seconds
    work = f"{CARDS:,} cards with a display formula each, PDF"
    return [
        row_type(work + ", MathJax's cache empty", format_seconds(cold_timing.seconds),
                 f"{cold_timing.peak_mb:.0f}", f"≤ {format_seconds(MATH_COLD_SECONDS)}",
                 cold_timing.seconds <= MATH_COLD_SECONDS),
        row_type(work + ", cache warm", format_seconds(warm.seconds), f"{warm.peak_mb:.0f}",
                 f"≤ {MATH_WARM_SHARE:.0%} of the same cards without math ({share:.0%})",
                 share <= MATH_WARM_SHARE, f"without math: {format_seconds(plain.seconds)}", f"{share:.2f}×"),
    ]


def scripts_row(bench, row_type, runs):
    out = bench.work / "out-content"
    timing = timed(sheet_command(bench, write_deck(bench, "scripts", scripts_deck()), out), runs)
    check_sheet(out / "scripts.pdf")
    return row_type(f"{CARDS:,} cards in Arabic, Hebrew and Devanagari, PDF", format_seconds(timing.seconds),
                    f"{timing.peak_mb:.0f}", f"≤ {format_seconds(SCRIPTS_SECONDS)}", timing.seconds <= SCRIPTS_SECONDS)


def content_rows(bench, row_type, runs):
    return math_rows(bench, row_type, runs) + [scripts_row(bench, row_type, runs)]
