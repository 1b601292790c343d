"""A photograph-like PNG for the picture benchmark: smooth colour gradients
with fine noise, from a fixed seed, written with zlib alone (no imaging
library needed)."""
import random
import struct
import zlib


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def photo_png(width, height, seed=1):
    rng = random.Random(seed)
    gradient = bytes(channel for x in range(width)
                     for channel in (x * 200 // width, 40 + x * 120 // width, 160 - x * 100 // width))
    # Noise in the low four bits, picked per row from a small pool: XOR of
    # whole rows as integers keeps Python fast.
    pool = [int.from_bytes(bytes(rng.getrandbits(4) for _ in range(3 * width)), "big") for _ in range(16)]
    base = int.from_bytes(gradient, "big")
    rows = bytearray()
    for _ in range(height):
        rows += b"\0" + (base ^ pool[rng.randrange(16)]).to_bytes(3 * width, "big")
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 6))
            + chunk(b"IEND", b""))
