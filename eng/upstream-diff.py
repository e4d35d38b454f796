#!/usr/bin/python3
"""The Python half of eng/upstream-diff.sh: runs upstream OpenSlides' own datastore migrations and compares models.

Run it with Debian's /usr/bin/python3 and the packages of eng/upstream-diff-deps.sh. SRC is a directory holding the
two upstream snapshots, SRC/backend (openslides-backend) and SRC/datastore (openslides-datastore-service), as
eng/upstream-diff.sh extracts them from the git mirrors.

  upstream-diff.py memory   --src SRC [--to N] EXPORT OUT   upstream's MigrationWrapperMemory (the meeting import's
                                                            in-memory path) on an export; OUT = the migrated models
  upstream-diff.py db-load  --src SRC EXPORT                upstream's schema.sql, then the export written as one
                                                            position by upstream's writer (cli/import_data_only.py)
  upstream-diff.py db-migrate --src SRC [--to N]            upstream's MigrationWrapper: migrate, then finalize
  upstream-diff.py db-export --src SRC OUT                  upstream's export script (cli/export_data_only.py): the
                                                            live models without meta fields, as an export
  upstream-diff.py db-schema --src SRC                      upstream's schema.sql only (for --datastore-sql)
  upstream-diff.py db-dump  [--events] OUT                  the models table (fqid, data, deleted), the positions
                                                            (without timestamps) and id_sequences, as JSON; with
                                                            --events also every event (position, fqid, type, data,
                                                            weight)
  upstream-diff.py compare  [--ignore-list-order] [--max-report K] LABEL UPSTREAM OURS
                                                            model by model; exit 1 on a difference

The database commands read upstream's DATABASE_* variables (DATABASE_HOST, DATABASE_PORT, DATABASE_NAME,
DATABASE_USER, DATABASE_PASSWORD_FILE or OPENSLIDES_DEVELOPMENT).

--to N registers only the migrations with a target migration index <= N (the files 0001 .. 00(N-1)): upstream's own
loader (MigrationWrapper.load_migrations) finds them all, and its list is truncated before it is registered, so the
handler's target migration index is N. Without --to, all of the snapshot's migrations run.

Stubs (modules the migration path imports but that are not in Debian; none of them does anything on this path):
  opentelemetry.*  imported at import time by openslides_backend/__init__.py, openslides_backend/shared/otel.py and
                   datastore/shared/util/otel.py; tracing is off unless OPENTELEMETRY_ENABLED is set, so only the
                   names are needed (no-op classes).
  osauthlib        the auth service's client library (installed from git upstream); imported through
                   openslides_backend.action (which 0045's TextHashMixin and 0050 pull in) by the auth adapter and
                   views. Only constants and exception classes are needed at import time.
  redis messaging  the datastore writer publishes the written fields on the redis message bus after its
                   transaction; RedisConnectionHandlerService.xadd is made a no-op (no redis server here).
"""
import argparse
import decimal
import importlib.util
import io
import json
import os
import sys
import time
import types

FORMAT = "upstream-diff-models/1"


# ----------------------------------------------------------------------------------------------------------------------
# upstream imports


def install_stubs() -> None:
    class _Noop:
        _TRACEPARENT_HEADER_NAME = "traceparent"

        def __init__(self, *args, **kwargs):
            pass

        def __call__(self, *args, **kwargs):
            return _Noop()

        def __getattr__(self, name):
            return _Noop()

        @classmethod
        def create(cls, *args, **kwargs):
            return cls()

    class _StubException(Exception):
        pass

    def module(name, **attrs):
        if name in sys.modules:
            return sys.modules[name]
        mod = types.ModuleType(name)
        mod.__dict__.update(attrs)
        mod.__path__ = []  # a package, so that submodules can be imported from it
        mod.__upstream_diff_stub__ = True
        sys.modules[name] = mod
        if "." in name:
            parent, _, child = name.rpartition(".")
            setattr(sys.modules[parent], child, mod)
        return mod

    try:
        import opentelemetry  # noqa: F401  (a real one, if ever installed)
    except ImportError:
        module("opentelemetry")
        module("opentelemetry.trace", get_tracer_provider=lambda: _Noop(), set_tracer_provider=lambda provider: None)
        module("opentelemetry.trace.propagation")
        module("opentelemetry.trace.propagation.tracecontext", TraceContextTextMapPropagator=_Noop)
        for name in ("exporter", "exporter.otlp", "exporter.otlp.proto", "exporter.otlp.proto.grpc"):
            module("opentelemetry." + name)
        module("opentelemetry.exporter.otlp.proto.grpc.trace_exporter", OTLPSpanExporter=_Noop)
        module("opentelemetry.instrumentation")
        module("opentelemetry.instrumentation.flask", FlaskInstrumentor=_Noop)
        module("opentelemetry.instrumentation.redis", RedisInstrumentor=_Noop)
        module("opentelemetry.instrumentation.requests", RequestsInstrumentor=_Noop)
        module("opentelemetry.sdk")
        module("opentelemetry.sdk.resources", SERVICE_NAME="service.name", Resource=_Noop)
        module("opentelemetry.sdk.trace", TracerProvider=_Noop)
        module("opentelemetry.sdk.trace.export", BatchSpanProcessor=_Noop)

    try:
        import osauthlib  # noqa: F401
    except ImportError:
        exceptions = dict(
            AuthenticateException=type("AuthenticateException", (_StubException,), {}),
            AuthorizationException=type("AuthorizationException", (_StubException,), {}),
            InvalidCredentialsException=type("InvalidCredentialsException", (_StubException,), {}),
        )
        module(
            "osauthlib",
            AUTHENTICATION_HEADER="Authentication",
            AUTHORIZATION_HEADER="Authorization",
            COOKIE_NAME="refreshId",
            ANONYMOUS_USER=0,
            AuthHandler=_Noop,
            **exceptions,
        )
        module("osauthlib.exceptions", **exceptions)


def setup_upstream(src: str) -> None:
    backend = os.path.join(src, "backend")
    datastore = os.path.join(src, "datastore")
    for path, what in ((backend, "openslides_backend"), (datastore, "datastore")):
        if not os.path.isdir(os.path.join(path, what)):
            sys.exit(f"upstream-diff: {path}/{what} is missing (extract the upstream snapshots first)")
    sys.path[:0] = [backend, datastore]
    install_stubs()


def load_migrations(to):
    """Upstream's own loader, its list truncated to the migrations with target index <= to."""
    from openslides_backend.migrations.migration_wrapper import MigrationWrapper

    classes = MigrationWrapper.load_migrations()
    if to is None:
        return classes
    chosen = [c for c in classes if c().target_migration_index <= to]
    if len(chosen) != to - 1:
        have = max((c().target_migration_index for c in classes), default=1)
        sys.exit(f"upstream-diff: --to {to}: upstream's migrations only reach migration index {have}")
    return chosen


def patch_wrapper_loader(to):
    from openslides_backend.migrations.migration_wrapper import MigrationWrapper

    chosen = load_migrations(to)
    MigrationWrapper.load_migrations = staticmethod(lambda base_migration_module_pypath=None: list(chosen))
    return MigrationWrapper


def read_export(path: str):
    with open(path, "rb") as f:
        data = json.loads(f.read())  # as upstream reads a file: a duplicate key keeps its last value
    if not isinstance(data, dict) or not isinstance(data.get("_migration_index"), int):
        sys.exit(f"upstream-diff: {path}: not an export (no integer _migration_index at the top level)")
    return data


# ----------------------------------------------------------------------------------------------------------------------
# upstream runs


def cmd_memory(args) -> None:
    # The in-memory path never needs a database: the variables that the services read when they are set up point
    # nowhere, so that an attempt to connect would fail loudly instead of touching a real database.
    os.environ.update(DATABASE_HOST="no-database.invalid", DATABASE_PORT="1", DATABASE_NAME="none",
                      DATABASE_USER="none", OPENSLIDES_DEVELOPMENT="1")
    setup_upstream(args.src)
    export = read_export(args.export)
    start = export["_migration_index"]
    patch_wrapper_loader(args.to)
    from datastore.reader.services import register_services
    from datastore.shared.util import fqid_from_collection_and_id
    from openslides_backend.migrations.migration_wrapper import MigrationWrapperMemory

    # What the backend does at start-up (openslides_backend/main.py: datastore.reader.app's register_services, here
    # without creating the reader's Flask application), before the meeting import creates MigrationWrapperMemory.
    register_services()

    # As the backend's meeting import builds its input (openslides_backend/action/actions/meeting/import_.py):
    # an ordered dict fqid -> model, in the file's order.
    models = {}
    for collection, collection_models in export.items():
        if collection == "_migration_index":
            continue
        for id_, model in collection_models.items():
            models[fqid_from_collection_and_id(collection, id_)] = model
    wrapper = MigrationWrapperMemory()
    target = wrapper.handler.target_migration_index
    started = time.monotonic()
    # Upstream's handler checks the index itself (an export above the target fails with its message).
    wrapper.set_import_data(models, start)
    wrapper.execute_command("finalize")
    migrated = wrapper.get_migrated_models()
    print(f"upstream-diff: upstream in-memory migration {start} -> {target}: {time.monotonic() - started:.2f} s",
          file=sys.stderr)
    write_models(args.out, target, {fqid: {"data": model} for fqid, model in migrated.items()})


def connect():
    import psycopg2

    if os.environ.get("OPENSLIDES_DEVELOPMENT", "").lower() in ("1", "on", "true"):
        password = "openslides"
    else:
        with open(os.environ["DATABASE_PASSWORD_FILE"]) as f:
            password = f.read()
    return psycopg2.connect(
        host=os.environ["DATABASE_HOST"], port=int(os.environ.get("DATABASE_PORT") or 5432),
        dbname=os.environ["DATABASE_NAME"], user=os.environ["DATABASE_USER"], password=password)


def no_redis() -> None:
    from datastore.writer.redis_backend.redis_connection_handler import RedisConnectionHandlerService

    from typing import Dict

    def xadd(self, topic: str, fields: Dict[str, str]) -> None:  # the protocol's signature, which the injector checks
        return None

    RedisConnectionHandlerService.xadd = xadd


def cmd_db_load(args) -> None:
    setup_upstream(args.src)
    read_export(args.export)  # fail early and clearly on a file that is no export
    no_redis()
    from datastore.shared.postgresql_backend.create_schema import create_schema
    from datastore.writer.services import register_services

    register_services()
    create_schema()  # datastore/shared/postgresql_backend/schema.sql

    # The datastore's own import script (cli/import_data_only.py): it registers the services again, empties the
    # datastore (in development mode) and writes the file as one position (user 0, no information) with the file's
    # migration index. It reads stdin, which is the file here.
    module = load_upstream_script(args.src, "import_data_only")
    started = time.monotonic()
    with open(args.export, encoding="utf-8") as f:
        stdin, sys.stdin = sys.stdin, io.StringIO(f.read())
    try:
        module.main()
    finally:
        sys.stdin = stdin
    print(f"upstream-diff: upstream import (writer): {time.monotonic() - started:.2f} s", file=sys.stderr)


def load_upstream_script(src, name):
    path = os.path.join(src, "datastore", "cli", name + ".py")
    spec = importlib.util.spec_from_file_location("upstream_" + name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cmd_db_export(args) -> None:
    setup_upstream(args.src)
    # The datastore's own export script (cli/export_data_only.py): the live models, meta fields stripped, and the
    # current migration index, printed as JSON.
    module = load_upstream_script(args.src, "export_data_only")
    stdout, sys.stdout = sys.stdout, io.StringIO()
    try:
        module.main()
        text = sys.stdout.getvalue()
    finally:
        sys.stdout = stdout
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)


def cmd_db_migrate(args) -> None:
    setup_upstream(args.src)
    wrapper_class = patch_wrapper_loader(args.to)
    started = time.monotonic()
    wrapper = wrapper_class(verbose=args.verbose)
    for command in ("migrate", "finalize"):
        wrapper.execute_command(command)
    print(f"upstream-diff: upstream migrate + finalize: {time.monotonic() - started:.2f} s", file=sys.stderr)


def cmd_db_schema(args) -> None:
    setup_upstream(args.src)
    from datastore.shared.postgresql_backend.create_schema import create_schema
    from datastore.writer.services import register_services

    register_services()
    create_schema()


def cmd_db_dump(args) -> None:
    connection = connect()
    extra = {}
    with connection, connection.cursor() as cursor:
        if args.events:
            cursor.execute("select position, fqid, type, data::text, weight from events order by position, weight")
            extra["events"] = [[p, f, t, parse(d) if d is not None else None, w] for p, f, t, d, w in cursor.fetchall()]
        cursor.execute("select fqid, data::text, deleted from models")
        models = {fqid: {"data": parse(data), "deleted": deleted} for fqid, data, deleted in cursor.fetchall()}
        cursor.execute("select distinct migration_index from positions order by 1")
        indices = [row[0] for row in cursor.fetchall()]
        cursor.execute("select collection, id from id_sequences")
        sequences = dict(cursor.fetchall())
        cursor.execute("select position, user_id, information::text, migration_index from positions order by 1")
        positions = [{"position": p, "user_id": u, "information": i, "migration_index": m}
                     for p, u, i, m in cursor.fetchall()]
    connection.close()
    write_models(args.out, indices[0] if len(indices) == 1 else indices, models,
                 {"positions": positions, "id_sequences": sequences, **extra})


# ----------------------------------------------------------------------------------------------------------------------
# files


def parse(text):
    # Numbers as written (an int stays an int, a fraction is a Decimal), so that 1 and 1.0 or 0.1 and a double's
    # rounding are not confused, and booleans are never numbers.
    return json.loads(text, parse_float=decimal.Decimal)


def write_models(path, index, models, extra=None) -> None:
    doc = {"_format": FORMAT, "_migration_index": index, "models": models}
    if extra:
        doc["meta"] = extra
    with open(path, "w", encoding="utf-8") as f:
        # Decimals as their text (json cannot write them as numbers without a float round trip).
        json.dump(to_jsonable(doc), f, ensure_ascii=False, indent=None, sort_keys=False)


def to_jsonable(value):
    if isinstance(value, decimal.Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_jsonable(v) for v in value]
    return value


def from_jsonable(value):
    if isinstance(value, dict):
        if len(value) == 1 and "$decimal" in value:
            return decimal.Decimal(value["$decimal"])
        return {k: from_jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [from_jsonable(v) for v in value]
    return value


def read_models(path):
    """Either our own dump format or an export ({"_migration_index": n, "<collection>": {"<id>": {…}}})."""
    with open(path, "rb") as f:
        doc = parse(f.read())
    if isinstance(doc, dict) and doc.get("_format") == FORMAT:
        doc = from_jsonable(doc)
        return doc["_migration_index"], doc["models"], doc.get("meta")
    if not isinstance(doc, dict) or "_migration_index" not in doc:
        sys.exit(f"upstream-diff: {path}: neither an export nor a models dump")
    models = {}
    for collection, collection_models in doc.items():
        if collection == "_migration_index":
            continue
        for id_, model in collection_models.items():
            models[f"{collection}/{id_}"] = {"data": model}
    return doc["_migration_index"], models, None


# ----------------------------------------------------------------------------------------------------------------------
# comparison


def canon(value, ignore_list_order):
    if value is None:
        return ("null",)
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, (int, decimal.Decimal)):
        return ("number", decimal.Decimal(value))
    if isinstance(value, float):
        return ("number", decimal.Decimal(repr(value)))
    if isinstance(value, str):
        return ("string", value)
    if isinstance(value, list):
        items = [canon(v, ignore_list_order) for v in value]
        return ("list", tuple(sorted(items) if ignore_list_order else items))
    if isinstance(value, dict):
        return ("object", tuple(sorted((k, canon(v, ignore_list_order)) for k, v in value.items())))
    raise TypeError(type(value))


MISSING = object()


def render(value):
    if value is MISSING:
        return "<missing>"
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(render(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {render(v)}" for k, v in sorted(value.items())) + "}"
    return json.dumps(value, ensure_ascii=False)


def show(value, limit=160):
    text = render(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


IGNORED_FIELDS = {"meta_position"}


def cmd_compare(args) -> int:
    up_index, up_models, up_meta = read_models(args.upstream)
    our_index, our_models, our_meta = read_models(args.ours)
    label, k = args.label, args.max_report
    lines = []
    problems = 0

    if up_index != our_index:
        problems += 1
        hint = f" (our tool migrates to its latest index: pass --to {our_index})" if isinstance(our_index, int) else ""
        lines.append(f"  _migration_index: upstream {up_index}, ours {our_index}{hint}")
    for key in ("positions", "id_sequences", "events"):
        if up_meta is not None and our_meta is not None and key in up_meta and key in our_meta:
            a, b = up_meta[key], our_meta[key]
            if canon(a, False) != canon(b, False):
                problems += 1
                if isinstance(a, dict) and isinstance(b, dict):
                    diff = {c: (a.get(c), b.get(c)) for c in sorted(set(a) | set(b)) if a.get(c) != b.get(c)}
                    lines.append(f"  {key}: differ (collection: (upstream, ours)) {show(diff, 400)}")
                else:
                    lines.append(f"  {key}: upstream {show(a)}, ours {show(b)}")

    only_up = sorted(set(up_models) - set(our_models), key=fqid_key)
    only_ours = sorted(set(our_models) - set(up_models), key=fqid_key)
    differing = []
    field_counts = {}
    for fqid in sorted(set(up_models) & set(our_models), key=fqid_key):
        a, b = up_models[fqid], our_models[fqid]
        changes = []
        if "deleted" in a and "deleted" in b and a["deleted"] != b["deleted"]:
            changes.append(("(deleted)", a["deleted"], b["deleted"]))
        da, db = a["data"], b["data"]
        for field in sorted(set(da) | set(db)):
            if field in IGNORED_FIELDS:
                continue
            if field not in da:
                changes.append((field, MISSING, db[field]))
            elif field not in db:
                changes.append((field, da[field], MISSING))
            elif canon(da[field], args.ignore_list_order) != canon(db[field], args.ignore_list_order):
                changes.append((field, da[field], db[field]))
        if changes:
            differing.append((fqid, changes))
            for field, _, _ in changes:
                cf = f"{fqid.split('/')[0]}/{field}"
                field_counts[cf] = field_counts.get(cf, 0) + 1

    problems += len(only_up) + len(only_ours) + len(differing)
    compared = len(set(up_models) & set(our_models))
    status = "IDENTICAL" if problems == 0 else "DIFFERENT"
    print(f"[{label}] {status}: {len(up_models)} upstream models, {len(our_models)} ours, {compared} in both; "
          f"{len(differing)} differ, {len(only_up)} only upstream, {len(only_ours)} only ours"
          + (" (list order ignored)" if args.ignore_list_order else ""))
    for line in lines:
        print(line)
    if only_up:
        print(f"  only upstream ({len(only_up)}): {', '.join(only_up[:k])}{' …' if len(only_up) > k else ''}")
    if only_ours:
        print(f"  only ours ({len(only_ours)}): {', '.join(only_ours[:k])}{' …' if len(only_ours) > k else ''}")
    if field_counts:
        counted = sorted(field_counts.items(), key=lambda x: (-x[1], x[0]))
        more = f", … {len(counted) - 2 * k} more" if len(counted) > 2 * k else ""
        print(f"  differing fields ({len(counted)}; collection/field: models): "
              + ", ".join(f"{cf}: {n}" for cf, n in counted[: 2 * k]) + more)
    for fqid, changes in differing[:k]:
        print(f"  {fqid}:")
        for field, a, b in changes[: 2 * k]:
            print(f"    {field}: upstream {show(a)}")
            print(f"    {' ' * len(field)}  ours     {show(b)}")
            if isinstance(a, list) and isinstance(b, list):
                print(f"    {' ' * len(field)}  {list_difference(a, b, args.ignore_list_order)}")
        if len(changes) > 2 * k:
            print(f"    … {len(changes) - 2 * k} more differing fields of {fqid}")
    if len(differing) > k:
        print(f"  … {len(differing) - k} more differing models (--max-report)")
    return 0 if problems == 0 else 1


def list_difference(a, b, ignore_order):
    """Where two lists differ: what only one side has (as multisets), else the first index that differs."""
    from collections import Counter

    ca, cb = Counter(canon(v, ignore_order) for v in a), Counter(canon(v, ignore_order) for v in b)
    parts = [f"{len(a)} vs {len(b)} items"]
    only_a = [v for v in a if (key := canon(v, ignore_order)) in ca and ca[key] > cb.get(key, 0)]
    only_b = [v for v in b if (key := canon(v, ignore_order)) in cb and cb[key] > ca.get(key, 0)]
    if only_a:
        parts.append(f"only upstream: {show(only_a, 120)}")
    if only_b:
        parts.append(f"only ours: {show(only_b, 120)}")
    if not only_a and not only_b:
        index = next(i for i, (x, y) in enumerate(zip(a, b)) if canon(x, ignore_order) != canon(y, ignore_order))
        parts.append(f"same items, order differs first at [{index}]: upstream {show(a[index], 60)}, "
                     f"ours {show(b[index], 60)}")
    return "; ".join(parts)


def fqid_key(fqid):
    collection, _, id_ = fqid.partition("/")
    return (collection, int(id_) if id_.isdigit() else 0, id_)


# ----------------------------------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("memory")
    p.add_argument("--src", required=True)
    p.add_argument("--to", type=int)
    p.add_argument("export")
    p.add_argument("out")

    p = sub.add_parser("db-load")
    p.add_argument("--src", required=True)
    p.add_argument("export")

    p = sub.add_parser("db-migrate")
    p.add_argument("--src", required=True)
    p.add_argument("--to", type=int)
    p.add_argument("--verbose", action="store_true")

    p = sub.add_parser("db-export")
    p.add_argument("--src", required=True)
    p.add_argument("out")

    p = sub.add_parser("db-schema")
    p.add_argument("--src", required=True)

    p = sub.add_parser("db-dump")
    p.add_argument("--events", action="store_true")
    p.add_argument("out")

    p = sub.add_parser("compare")
    p.add_argument("--ignore-list-order", action="store_true")
    p.add_argument("--max-report", type=int, default=20)
    p.add_argument("label")
    p.add_argument("upstream")
    p.add_argument("ours")

    args = parser.parse_args()
    if getattr(args, "to", None) is not None and args.to < 1:
        parser.error("--to must be at least 1")
    if args.command == "memory":
        cmd_memory(args)
    elif args.command == "db-load":
        cmd_db_load(args)
    elif args.command == "db-migrate":
        cmd_db_migrate(args)
    elif args.command == "db-export":
        cmd_db_export(args)
    elif args.command == "db-schema":
        cmd_db_schema(args)
    elif args.command == "db-dump":
        cmd_db_dump(args)
    elif args.command == "compare":
        return cmd_compare(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
