#!/usr/bin/env python3
"""Prints the iteration order of CPython sets of ints for the scenarios of
tests/Migrations.Runtime.Tests/Authoring/PythonIntSetTests.cs, which holds this output as its expected data.

Run it with the Python the OpenSlides backend ran (3.10; 3.11 prints the same), e.g.
    python3.10 eng/python-set-orders.py > orders.json
Every scenario here has a twin of the same name in the test, built with PythonIntSet's API. A large result is
printed as "sha256:<hex of the comma-joined list>:<count>" instead of the list itself.
"""
import hashlib
import json
import sys


def lcg(seed, count, modulo, offset=0):
    """The same pseudo-random ints as the test's Lcg: x = (x * 1103515245 + 12345) mod 2^31."""
    values = []
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) % 2**31
        values.append(x % modulo + offset)
    return values


def discarded(s, items):
    for item in items:
        s.discard(item)
    return s


def added(s, items):
    for item in items:
        s.add(item)
    return s


def updated(s, *others):
    for other in others:
        s.update(other)
    return s


def bulk():
    """2000 seeded ids, a third of them discarded again, 500 more added."""
    a = set(lcg(7, 2000, 100000))
    discarded(a, lcg(7, 2000, 100000)[::3])
    return added(a, lcg(8, 500, 100000, 100000))


def bulk_operations():
    a = bulk()
    b = set(lcg(9, 1500, 150000))
    return list(a | b) + list(a - b) + list(b - a) + list(a & b) + list(b & a) + list(a.copy())


SCENARIOS = {
    "small_ids": lambda: set([3, 1, 2]),
    "pair_751_4515": lambda: set([751, 4515]),
    "pair_4515_751": lambda: set([4515, 751]),
    "added_751_then_4515": lambda: added(set(), [751, 4515]),
    "scattered_large_ids": lambda: set([4515, 751, 12, 9000, 33, 1024, 77, 5]),
    "four_ids_no_resize": lambda: set([40, 17, 9, 1]),
    "five_ids_first_resize": lambda: set([40, 17, 9, 1, 33]),
    "colliding_mod_8": lambda: set([8, 16, 0, 24, 1, 9]),
    "multiples_of_8": lambda: set(range(0, 8 * 20, 8)),
    "multiples_of_8_descending": lambda: set(range(8 * 19, -1, -8)),
    "multiples_of_32_descending": lambda: set([32 * k for k in range(30)][::-1]),
    "around_multiples_of_32": lambda: set([31, 32, 33, 63, 64, 65, 95, 96, 97, 0, 1]),
    "around_1024": lambda: set([1023, 1024, 1025, 2047, 2048, 2049, 0, 1]),
    "multiples_of_1024": lambda: set(1024 * k for k in [5, 3, 9, 1, 7, 2]),
    "ids_around_2_pow_16": lambda: set([65535, 65536, 65537, 131072, 3, 196608]),
    "negatives": lambda: set([-1, -2, -3, 5, -8, 0, -9]),
    "minus_1_before_minus_2": lambda: set([-1, -2]),
    "minus_2_before_minus_1": lambda: set([-2, -1]),
    "int_extremes": lambda: set([2147483647, -2147483648, 0, -1, 1, 2147483646]),
    "list_with_duplicates": lambda: set([5, 3, 5, 3, 13, 5, 21, 13]),
    "discard_reuses_last_dummy": lambda: added(discarded(set([1, 9, 17]), [1, 17]), [25]),
    "discard_then_add_back": lambda: added(discarded(set([4515, 751, 3, 11]), [3]), [3, 19]),
    "discard_all_then_add": lambda: added(discarded(set([5, 13, 21]), [5, 13, 21]), [29, 5]),
    "discards_then_many_adds": lambda: added(discarded(set(range(0, 64, 4)), range(0, 64, 8)), range(100, 180, 5)),
    "discard_missing": lambda: discarded(set([4, 12]), [20, 4, 99]),
    "update_with_list": lambda: updated(set([4515]), [751, 12, 4, 4515]),
    "update_with_set": lambda: updated(set([4515, 3]), set([751, 19, 11])),
    "update_empty_with_set_of_4": lambda: updated(set(), set([17, 9, 1, 25])),
    "update_empty_with_set_of_6": lambda: updated(set(), set([3, 18, 19, 100, 101, 102])),
    "update_with_itself": lambda: (lambda s: updated(s, s))(set([40, 8, 16])),
    "copy_of_6_relaid": lambda: set([3, 18, 19, 100, 101, 102]).copy(),
    "copy_of_10_same_size": lambda: set([3, 18, 19, 100, 101, 102, 35, 50, 51, 7]).copy(),
    "copy_after_discards": lambda: discarded(set([3, 11, 19, 27, 35]), [11, 27]).copy(),
    "set_of_set": lambda: set(set([1024, 2048, 1, 4096, 3, 5000])),
    "set_of_list_of_set": lambda: set(list(set([3, 18, 19, 100, 101, 102]))),
    "union": lambda: set([4515, 3, 8]) | set([751, 16, 3]),
    "union_with_empty_left": lambda: set() | set([3, 18, 19, 100, 101, 102]),
    "union_with_itself": lambda: (lambda s: s | s)(set([3, 18, 19, 100, 101, 102])),
    "union_751_with_4515": lambda: set([751]) | set([4515]),
    "difference_iterates_left": lambda: set([4515, 751, 12, 33, 9]) - set([12, 40]),
    "difference_copies_left": lambda: set(range(0, 200, 7)) - set([14, 70]),
    "difference_with_itself": lambda: (lambda s: s - s)(set([3, 18, 19])),
    "difference_to_empty": lambda: set([1, 2]) - set([1, 2, 3]),
    "intersection_iterates_right_when_smaller": lambda: set(range(0, 300, 3)) & set([297, 9, 4515, 150, 33]),
    "intersection_iterates_left_when_smaller": lambda: set([297, 9, 4515, 150, 33]) & set(range(0, 300, 3)),
    "intersection_equal_sizes": lambda: set([1, 9, 17, 25, 33]) & set([33, 25, 17, 9, 1]),
    "clear_then_add": lambda: added((lambda s: (s.clear(), s)[1])(set(range(100))), [4515, 751]),
    "five_hundred_scattered": lambda: set(lcg(1, 500, 1000000)),
    "bulk_2000_seeded": bulk,
    "bulk_2000_seeded_operations": bulk_operations,
    "over_50000_growth_rule": lambda: set(lcg(3, 80000, 10000000)),
    "over_50000_union_and_difference": lambda: list(set(lcg(4, 60000, 5000000)) | set(lcg(5, 30000, 5000000)))
    + list(set(lcg(4, 60000, 5000000)) - set(lcg(5, 10000, 5000000))),
}


def render(value):
    value = list(value)
    if len(value) > 2500:
        text = ",".join(str(v) for v in value)
        return json.dumps(f"sha256:{hashlib.sha256(text.encode()).hexdigest()}:{len(value)}")
    lines, line = [], []
    for v in value:
        line.append(str(v))
        if len(line) == 20:
            lines.append(", ".join(line))
            line = []
    if line:
        lines.append(", ".join(line))
    if len(lines) <= 1:
        return "[" + (lines[0] if lines else "") + "]"
    return "[\n    " + ",\n    ".join(lines) + "\n  ]"


def main():
    print("{")
    items = list(SCENARIOS.items())
    for index, (name, build) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        print(f"  {json.dumps(name)}: {render(build())}{comma}")
    print("}")
    print(f"python {sys.version.split()[0]}", file=sys.stderr)


if __name__ == "__main__":
    main()
