#!/usr/bin/env python3
"""Turns Natural Earth's 1:110m land (TopoJSON from the npm package world-atlas 2.0.2,
land-110m.json; Natural Earth is public domain) into the compact outline the topology map
draws: resources/maps/land-110m.bin.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    scripts/convert-land.py package/land-110m.json resources/maps/land-110m.bin

Format (little-endian): b"KDLAND1\\0", uint32 ring count, then per ring a uint32 point count
and that many (int16 longitude * 100, int16 latitude * 100) pairs.
"""
import json
import struct
import sys


def decode_arcs(topology):
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def main(source, target):
    topology = json.load(open(source))
    arcs = decode_arcs(topology)
    rings = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for ring in polygon:
                rings.append(ring_points(ring, arcs))
    with open(target, "wb") as out:
        out.write(b"KDLAND1\0")
        out.write(struct.pack("<I", len(rings)))
        for ring in rings:
            out.write(struct.pack("<I", len(ring)))
            for lon, lat in ring:
                out.write(struct.pack("<hh", round(lon * 100), round(lat * 100)))
    print(f"{len(rings)} rings, {sum(len(r) for r in rings)} points -> {target}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
