"""Benchmark decks: realistic notes from a fixed seed, so every run and every
machine times the same input.

    make_decks.py NOTES FILE [--seed N] [--name NAME]

Each note has a 20-word question, a 60-to-80-word Markdown answer with
emphasis and a short list, two tags and an `id`; about a tenth are cloze notes.
"""
import argparse
import random

WORDS = """
algorithm array binary buffer cache call class closure compiler constant
context data default depth element error event field file function graph
handler heap index input instance integer interface iterator kernel key
layer list lock loop memory method module network node number object order
output packet parser path pointer process protocol queue range record
reference register request result runtime scope server session signal
socket source stack state stream string structure syntax system table task
thread token transaction tree type value variable vector version window
always before between carefully during every first often only quickly rarely
returns reads writes holds builds checks keeps moves sends stores changes
the a an of to in is it and or for with on as by at that this from not
the of to in is a and the of to in is a and when which each its
""".split()

TAGS = "algorithms data-structures networking systems languages databases security tooling".split()


def words(rng, count):
    return " ".join(rng.choice(WORDS) for _ in range(count))


def question(rng):
    return words(rng, 19).capitalize() + " " + rng.choice(WORDS) + "?"


# 60 to 80 words: a sentence with emphasis, a three-item list, a closing sentence.
def answer(rng):
    total = rng.randint(60, 80)
    items = [words(rng, 4) for _ in range(3)]
    opening_count = (total - 12) // 2
    opening = words(rng, opening_count).split()
    opening[2] = "*" + opening[2] + "*"
    opening[5] = "**" + opening[5] + "**"
    closing = words(rng, total - 12 - opening_count)
    return (" ".join(opening).capitalize() + ":\n\n"
            + "".join("- " + item + "\n" for item in items)
            + "\n" + closing.capitalize() + ".")


def cloze_text(rng):
    parts = words(rng, 30).split()
    parts[4] = "{{c1::" + parts[4] + "}}"
    parts[15] = "{{c2::" + parts[15] + "}}"
    return " ".join(parts).capitalize() + "."


def toml_string(text):
    return '"""\n' + text.replace("\\", "\\\\").replace('"', '\\"') + '\n"""'


# Ids carry the seed so that decks of one folder never share one.
def note(rng, seed, number):
    tags = rng.sample(TAGS, 2)
    lines = ["[[note]]", f'id = "s{seed}-n{number:06d}"']
    if rng.random() < 0.1:
        lines += ['type = "cloze"', "text = " + toml_string(cloze_text(rng)),
                  "extra = " + toml_string(words(rng, 12).capitalize() + ".")]
    else:
        lines += ["front = " + toml_string(question(rng)), "back = " + toml_string(answer(rng))]
    lines.append(f'tags = ["{tags[0]}", "{tags[1]}"]')
    return "\n".join(lines) + "\n"


def deck(notes, seed, name):
    rng = random.Random(seed)
    header = f'[deck]\nname = "{name}"\ndescription = "Benchmark deck, seed {seed}."\n'
    return header + "".join("\n" + note(rng, seed, i) for i in range(notes))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notes", type=int)
    parser.add_argument("file")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--name", default="Benchmark")
    args = parser.parse_args()
    with open(args.file, "w", encoding="utf-8") as out:
        out.write(deck(args.notes, args.seed, args.name))


if __name__ == "__main__":
    main()
