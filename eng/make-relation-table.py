#!/usr/bin/env python3
"""Writes the relation table of OpenSlides' models (src/Migrations/Shared/Relations-4.2.30.json) from models.yml.

The table is what the model migrations need to know about the models of the backend they were written for
(openslides-backend 4.2.30): every collection and field in the backend's order, each field's type, and for the
relation fields their targets (collection -> back field), on_delete, equal_fields and required. 0059's cascade delete
is checked against it and 0074 (check_equal_fields) reads it in place of the backend's model_registry.

  python3 eng/make-relation-table.py [--out FILE] [--check]
  python3 eng/make-relation-table.py --models-yml models.yml [--models-py models.py] ...

Where models.yml comes from: the backend has the OpenSlides meta repository as the submodule `meta`; the commit its
tag records (git ls-tree 4.2.30 meta) is read from the meta mirror. The result is checked field by field against the
backend's generated models (openslides_backend/models/models.py at the same tag), so that the table holds what the
backend's model_registry holds. Needs PyYAML (Debian: python3-yaml, i.e. /usr/bin/python3).

As the backend's generator (cli/generate_models.py) and field classes (openslides_backend/models/fields.py) read
models.yml, so does this script:
  - collections whose name starts with "_" are not models; fields marked `calculated` are left out;
  - `to: coll/field` gives one target; `to: {collections: [...], field: f}` one per collection in that order;
    `to: [c1/f1, c2/f2, ...]` goes through a ChainMap, whose dict lists the targets in REVERSE order (the backend's
    models.py has them so, and 0074 iterates them in that order);
  - equal_fields is always a list (a single name becomes a one-element list), on_delete defaults to SET_NULL.

Format (one field a line, deterministic, UTF-8, keys in the backend's order):
  {"format": "openslides-relations/1", "source": {...},
   "collections": {"<collection>": {"<field>": <field>, ...}, ...}}
  <field> is the models.yml type as a string ("number", "string", "decimal(6)", ...) for a field that is neither a
  relation nor required; otherwise an object {"type": t, "required": true?} or, for the four relation types,
  {"type": t, "to": {"<collection>": "<back field>", ...}, "on_delete": "CASCADE"|"PROTECT"?,
   "equal_fields": [...]?, "required": true?} where an omitted key has its default (SET_NULL, [], false).

--check regenerates and exits 1 if the file differs (for CI); exit 2 on a setup or verification error.
"""
import argparse
import ast
import json
import os
import subprocess
import sys

FORMAT = "openslides-relations/1"
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
DEFAULT_OUT = os.path.join(ROOT, "src", "Migrations", "Shared", "Relations-4.2.30.json")
BACKEND_MIRROR = "/work/.mirror/OpenSlides+openslides-backend/repo"
META_MIRROR = "/work/.mirror/OpenSlides+openslides-meta/repo"
BACKEND_REF = "4.2.30"

RELATION_TYPES = ("relation", "relation-list", "generic-relation", "generic-relation-list")
ON_DELETE = ("SET_NULL", "PROTECT", "CASCADE")

# The backend generator's field classes (cli/generate_models.py), used to check models.py.
FIELD_CLASSES = {
    "string": "CharField", "number": "IntegerField", "boolean": "BooleanField", "JSON": "JSONField",
    "HTMLStrict": "HTMLStrictField", "HTMLPermissive": "HTMLPermissiveField", "float": "FloatField",
    "decimal(6)": "DecimalField", "timestamp": "TimestampField", "color": "ColorField",
    "string[]": "CharArrayField", "number[]": "NumberArrayField", "text": "TextField", "text[]": "TextArrayField",
    "relation": "RelationField", "relation-list": "RelationListField",
    "generic-relation": "GenericRelationField", "generic-relation-list": "GenericRelationListField",
}


def fail(message: str) -> None:
    print(f"make-relation-table: {message}", file=sys.stderr)
    sys.exit(2)


def git(repo: str, *args: str) -> str:
    try:
        return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        fail(f"git -C {repo} {' '.join(args)}: {getattr(e, 'stderr', '') or e}")
        raise


def parse_targets(to, where: str) -> dict:
    def one(text: str) -> dict:
        collection, sep, field = text.partition("/")
        if not sep or not collection or not field or "/" in field:
            fail(f"{where}: 'to' entry {text!r} is not collection/field")
        return {collection: field}

    if isinstance(to, str):
        return one(to)
    if isinstance(to, list):
        targets: dict = {}
        for entry in reversed(to):  # dict(ChainMap(*maps)) lists the keys of the last map first
            for collection, field in one(entry).items():
                targets.setdefault(collection, field)
        return targets
    if isinstance(to, dict) and isinstance(to.get("collections"), list) and isinstance(to.get("field"), str):
        return {collection: to["field"] for collection in to["collections"]}
    fail(f"{where}: unsupported 'to' {to!r}")
    raise AssertionError


def build_table(models: dict) -> dict:
    collections: dict = {}
    for collection, fields in models.items():
        if collection.startswith("_"):
            continue
        if not isinstance(fields, dict):
            fail(f"{collection}: not a mapping of fields")
        table: dict = {}
        for name, spec in fields.items():
            where = f"{collection}/{name}"
            if isinstance(spec, str):
                spec = {"type": spec}
            if not isinstance(spec, dict) or not isinstance(spec.get("type"), str):
                fail(f"{where}: no type")
            if spec.get("calculated"):
                continue
            kind = spec["type"]
            if kind not in FIELD_CLASSES:
                fail(f"{where}: unknown type {kind!r}")
            entry: dict = {"type": kind}
            if kind in RELATION_TYPES:
                entry["to"] = parse_targets(spec.get("to"), where)
                on_delete = spec.get("on_delete") or "SET_NULL"
                if on_delete not in ON_DELETE:
                    fail(f"{where}: unknown on_delete {on_delete!r}")
                if on_delete != "SET_NULL":
                    entry["on_delete"] = on_delete
                equal = spec.get("equal_fields")
                equal = [] if equal is None else [equal] if isinstance(equal, str) else list(equal)
                if equal:
                    entry["equal_fields"] = equal
            if spec.get("required"):
                entry["required"] = True
            table[name] = entry
        collections[collection] = table
    return collections


# ----------------------------------------------------------------------------------------------------------------------
# the check against the backend's generated models.py


def literal(node, where: str):
    try:
        return ast.literal_eval(node)
    except ValueError:
        fail(f"models.py {where}: not a literal: {ast.dump(node)}")
        raise


def read_models_py(text: str) -> dict:
    """collection -> field -> (class name, keyword arguments) from the generated models.py."""
    result: dict = {}
    for node in ast.parse(text).body:
        if not isinstance(node, ast.ClassDef):
            continue
        collection = None
        fields: dict = {}
        for statement in node.body:
            if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
                continue
            name = getattr(statement.targets[0], "id", None)
            value = statement.value
            if name == "collection":
                collection = literal(value, node.name)
            elif isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
                    and getattr(value.func.value, "id", None) == "fields":
                keywords = {}
                for keyword in value.keywords:
                    if keyword.arg == "on_delete":
                        keywords["on_delete"] = keyword.value.attr  # fields.OnDelete.CASCADE
                    elif keyword.arg in ("to", "required", "equal_fields"):
                        keywords[keyword.arg] = literal(keyword.value, f"{node.name}.{name}")
                fields[name] = (value.func.attr, keywords)
        if collection is None:
            fail(f"models.py: class {node.name} has no collection")
        result[collection] = fields
    return result


def verify(collections: dict, models_py: dict) -> None:
    problems = []
    if list(collections) != list(models_py):
        problems.append(f"collections differ: {list(collections)} vs models.py {list(models_py)}")
    for collection, fields in collections.items():
        generated = models_py.get(collection, {})
        if list(fields) != list(generated):
            problems.append(f"{collection}: fields differ: {list(fields)} vs models.py {list(generated)}")
            continue
        for name, entry in fields.items():
            cls, keywords = generated[name]
            want_cls = "OrganizationField" if name == "organization_id" else FIELD_CLASSES[entry["type"]]
            if cls != want_cls:
                problems.append(f"{collection}/{name}: {cls} in models.py, {entry['type']} here")
            if bool(keywords.get("required")) != bool(entry.get("required")):
                problems.append(f"{collection}/{name}: required differs")
            if entry["type"] in RELATION_TYPES:
                to = keywords.get("to", {})
                if list(to.items()) != list(entry["to"].items()):
                    problems.append(f"{collection}/{name}: to {to} in models.py, {entry['to']} here")
                if keywords.get("on_delete", "SET_NULL") != entry.get("on_delete", "SET_NULL"):
                    problems.append(f"{collection}/{name}: on_delete differs")
                equal = keywords.get("equal_fields", [])
                equal = [equal] if isinstance(equal, str) else list(equal)
                if equal != entry.get("equal_fields", []):
                    problems.append(f"{collection}/{name}: equal_fields {equal} in models.py, {entry.get('equal_fields')} here")
    if problems:
        fail("the table does not match the backend's models.py:\n  " + "\n  ".join(problems))


# ----------------------------------------------------------------------------------------------------------------------
# output


def render(source: dict, collections: dict) -> str:
    dump = lambda value: json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    lines = ["{", f'"format": {dump(FORMAT)},', f'"source": {dump(source)},', '"collections": {']
    for c_index, (collection, fields) in enumerate(collections.items()):
        lines.append(f"{dump(collection)}: {{")
        for f_index, (name, entry) in enumerate(fields.items()):
            plain = set(entry) == {"type"}
            value = entry["type"] if plain else entry
            lines.append(f"  {dump(name)}: {dump(value)}" + ("," if f_index < len(fields) - 1 else ""))
        lines.append("}" + ("," if c_index < len(collections) - 1 else ""))
    lines += ["}", "}"]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if --out differs from what would be written")
    parser.add_argument("--backend-mirror", default=BACKEND_MIRROR)
    parser.add_argument("--backend-ref", default=BACKEND_REF)
    parser.add_argument("--meta-mirror", default=META_MIRROR)
    parser.add_argument("--models-yml", help="read this file instead of the meta mirror")
    parser.add_argument("--models-py", help="check against this file instead of the backend mirror's")
    args = parser.parse_args()
    try:
        import yaml
    except ImportError:
        fail("PyYAML is missing: run with /usr/bin/python3 (apt-get install -y python3-yaml)")

    if args.models_yml:
        with open(args.models_yml, encoding="utf-8") as f:
            yml_text = f.read()
        source = {"models_yml": os.path.basename(args.models_yml)}
    else:
        tree = git(args.backend_mirror, "ls-tree", args.backend_ref, "meta").split()
        if len(tree) < 3 or tree[1] != "commit":
            fail(f"{args.backend_ref} of {args.backend_mirror} has no submodule 'meta'")
        meta_commit = tree[2]
        yml_text = git(args.meta_mirror, "show", f"{meta_commit}:models.yml")
        source = {"backend": args.backend_ref, "meta_commit": meta_commit, "file": "models.yml"}
    if args.models_py:
        with open(args.models_py, encoding="utf-8") as f:
            py_text = f.read()
    else:
        py_text = git(args.backend_mirror, "show", f"{args.backend_ref}:openslides_backend/models/models.py")

    collections = build_table(yaml.safe_load(yml_text))
    verify(collections, read_models_py(py_text))
    text = render(source, collections)
    json.loads(text)  # the output is JSON
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as f:
                same = f.read() == text
        except FileNotFoundError:
            same = False
        print(f"make-relation-table: {args.out} is {'up to date' if same else 'OUT OF DATE'}", file=sys.stderr)
        sys.exit(0 if same else 1)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    fields = sum(len(c) for c in collections.values())
    relations = sum(1 for c in collections.values() for e in c.values() if isinstance(e, dict) and "to" in e)
    print(f"make-relation-table: wrote {args.out}: {len(collections)} collections, {fields} fields "
          f"({relations} relations), {len(text.encode())} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
