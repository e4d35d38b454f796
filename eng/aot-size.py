#!/usr/bin/env python3
"""What a Native AOT binary is made of, from ILC's map file (IlcGenerateMapFile=true): the bytes of every node of
the map summed by the assembly its name belongs to (method code, type data, statics, generic dictionaries), plus
the nodes no assembly owns (metadata, resources, maps) by their kind. Prints the largest contributors.

    python3 eng/aot-size.py path/to/migrate.map.xml path/to/migrate.ilc.rsp [count]

The assembly of a node is found from its mangled name: ILC writes an assembly's name with '.' as '_' (and
System.Private.* as S_P_*) before the type's name; the assemblies are the inputs and references of the .rsp file.
"""
import collections
import os
import re
import sys
import xml.etree.ElementTree as ET


def mangled(assembly):
    name = assembly.replace("System.Private.", "S_P_")
    return re.sub(r"[^A-Za-z0-9]", "_", name)


def main():
    map_path, rsp_path = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    assemblies = set()
    with open(rsp_path, encoding="utf-8") as rsp:
        for line in rsp:
            line = line.strip()
            path = line[3:] if line.startswith("-r:") else line if line.endswith(".dll") else None
            if path:
                assemblies.add(os.path.splitext(os.path.basename(path))[0])
    # Longest names first, so Npgsql_... is not taken for a prefix of Npgsql_Foo_... when both exist.
    prefixes = sorted(((mangled(a) + "_", a) for a in assemblies), key=lambda p: -len(p[0]))
    by_owner = collections.Counter()
    total = 0
    for _, node in ET.iterparse(map_path):
        length = node.get("Length")
        if length is None:
            continue
        length = int(length)
        total += length
        name = re.sub(r"^_ZTV\d+", "", node.get("Name", ""))
        owner = next((a for p, a in prefixes if name.startswith(p)), None)
        by_owner[owner or "(" + node.tag + ")"] += length
        node.clear()
    print(f"{total:,} bytes in the map's nodes; the largest contributors:")
    for owner, size in by_owner.most_common(count):
        print(f"  {size:>12,}  {100 * size / total:5.1f}%  {owner}")


if __name__ == "__main__":
    main()
