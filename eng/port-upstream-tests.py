#!/usr/bin/env python3
# Converts an upstream OpenSlides backend migration test module (tests/system/migrations/test_NNNN_*.py, read on
# stdin) into C# test methods for tests/Migrations.Tests (one file per migration): it runs each test function against
# recording stand-ins for the fixtures write / migrate / finalize / assert_model and prints the recorded calls as
# calls of BackendMigrationTest. Only the test data carries over. Usage:
#   git show 4.2.30:tests/system/migrations/test_0012_committee_user_relation.py | python3 eng/port-upstream-tests.py M0012
import inspect, json, sys, types

src = sys.stdin.read()
prefix = sys.argv[1]  # e.g. M0012
util = types.ModuleType("datastore.shared.util"); util.KEYSEPARATOR = "/"
for name in ["datastore", "datastore.shared"]:
    sys.modules[name] = types.ModuleType(name)
sys.modules["datastore.shared.util"] = util
class DoesNotExist:
    """Stands in for the upstream marker: the model must not exist."""
conftest = types.ModuleType("tests.system.migrations.conftest"); conftest.DoesNotExist = DoesNotExist
for name in ["tests", "tests.system", "tests.system.migrations"]:
    sys.modules[name] = types.ModuleType(name)
sys.modules["tests.system.migrations.conftest"] = conftest
ns = {}
exec(compile(src, "test", "exec"), ns)

def raw(obj):
    text = json.dumps(obj, ensure_ascii=False)
    return '"""' + text + '"""'

out = []
for name, fn in ns.items():
    if not name.startswith("test_") or not callable(fn):
        continue
    lines = []
    def write(*events, information=None, user_id=None, **kw):
        if kw:
            raise SystemExit(f"{name}: write() with {sorted(kw)} is not supported; port this test by hand")
        if information is None and user_id is None:
            # upstream's defaults (information {}, user 1) are BackendMigrationTest.Write's
            lines.append("        await Write(" + ",\n            ".join(raw(e) for e in events) + ");")
        else:
            info = "null" if information is None else raw(information)
            lines.append(f"        await WriteWith({info}, {1 if user_id is None else user_id},\n            "
                         + ",\n            ".join(raw(e) for e in events) + ");")
    def finalize(m):
        lines.append(f'        await Finalize("{m}");')
    def migrate(m):
        lines.append(f'        await Migrate("{m}");')
    def assert_model(fqid, model, position=None, only_check_filled=()):
        filled = "" if not only_check_filled else ", [" + ", ".join(f'"{f}"' for f in only_check_filled) + "]"
        pos = "" if position is None else f", {position}"
        if filled:
            pos = filled + pos
        if isinstance(model, DoesNotExist):
            lines.append(f'        await AssertBackendModelDoesNotExist("{fqid}"{pos});')
        else:
            lines.append(f'        await AssertBackendModel("{fqid}", {raw(model)}{pos});')
    def clear_datastore():
        lines.append("        await ClearDatastore();")
    def read_model(*args, **kwargs):
        raise SystemExit(f"{name}: read_model is not supported; port this test by hand")
    fixtures = {"write": write, "finalize": finalize, "migrate": migrate, "assert_model": assert_model,
                "clear_datastore": clear_datastore, "read_model": read_model}
    args = [fixtures[p] for p in inspect.signature(fn).parameters]
    fn(*args)
    out.append(f"    [Fact]\n    public async Task {prefix}_{name[5:]}()\n    {{\n" + "\n".join(lines) + "\n    }\n")
print("\n".join(out))
