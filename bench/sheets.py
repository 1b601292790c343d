"""The printing rows of bench/run: a package printed with `deckpress print`,
and a sheet whose every card shows a photograph."""
from measure import BenchError, format_seconds, timed
from checks import check_package, check_sheet
import make_decks
import photo

PRINT_TARGET_SECONDS = 1.5
PHOTO_TARGET_SECONDS, PHOTO_TARGET_MB = 3.0, 40
PHOTO_CARDS, PHOTO_SIZE = 1000, (2400, 1600)


def package_print_row(bench, row_type, runs):
    """`deckpress print` of the package of the 10,000-note deck."""
    deck = bench.deck(10_000)
    out = bench.work / "out-print"
    timed([bench.binary, "build", deck, "-o", out, "--only", "apkg", "--force", "--quiet"], 1)
    apkg = out / f"{deck.stem}.apkg"
    notes, cards = check_package(apkg)
    pdf = bench.work / "printed.pdf"
    timing = timed([bench.binary, "print", apkg, "-o", pdf], runs)
    check_sheet(pdf)
    return row_type(f"print of a {notes:,}-note package ({cards:,} cards)", format_seconds(timing.seconds),
                    f"{timing.peak_mb:.0f}", f"≤ {format_seconds(PRINT_TARGET_SECONDS)}",
                    timing.seconds <= PRINT_TARGET_SECONDS)


def photo_deck(count):
    notes = "".join(f'\n[[note]]\nid = "photo-{i:04d}"\nfront = "Where was photograph {i} taken?"\n'
                    f'back = """\nOn the coast.\n\n![Photograph {i}](media/photo.png)\n"""\n'
                    for i in range(count))
    return '[deck]\nname = "Photographs"\n' + notes


def photo_sheet_row(bench, row_type, runs):
    """A sheet of 1,000 cards, each showing the same 2400 x 1600 PNG photograph."""
    folder = bench.work / "photos"
    (folder / "media").mkdir(parents=True, exist_ok=True)
    (folder / "media" / "photo.png").write_bytes(photo.photo_png(*PHOTO_SIZE))
    deck = folder / "photos.toml"
    deck.write_text(photo_deck(PHOTO_CARDS), encoding="utf-8")
    out = bench.work / "out-photos"
    timing = timed([bench.binary, "build", deck, "-o", out, "--only", "pdf", "--force", "--quiet"], runs)
    pdf = out / "photos.pdf"
    check_sheet(pdf)
    megabytes = pdf.stat().st_size / 1e6
    work = (f"{PHOTO_CARDS:,} cards, each showing a {PHOTO_SIZE[0]}×{PHOTO_SIZE[1]} photograph (one PNG), "
            f"PDF; the PDF is {megabytes:.1f} MB")
    met = timing.seconds <= PHOTO_TARGET_SECONDS and megabytes <= PHOTO_TARGET_MB
    return row_type(work, format_seconds(timing.seconds), f"{timing.peak_mb:.0f}",
                    f"≤ {format_seconds(PHOTO_TARGET_SECONDS)}, ≤ {PHOTO_TARGET_MB} MB of PDF", met)
