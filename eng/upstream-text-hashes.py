#!/usr/bin/python3
"""Prints the OpenSlides backend's motion text hashes (reference data for tests/Migrations.Tests/MotionTextHashTests.cs).

    bash eng/upstream-text-hashes-deps.sh              # Debian's python3-bs4 and python3-simplejson
    /usr/bin/python3 eng/upstream-text-hashes.py < motions.json > hashes.json
    PYTHONPATH=/path/to/bs4-source /usr/bin/python3 eng/upstream-text-hashes.py < motions.json

Input (stdin or the file named as the first argument): a JSON list whose items are either a string (an HTML motion
text) or an object holding the motion fields the hash reads ("text", "amendment_paragraphs"). Output: the same list
as JSON, each item {"motion": …, "html_text": …, "hash": …} where html_text is the extracted text (for a text) or the
JSON that is hashed (for amendment paragraphs), or {"motion": …, "error": "Type: message"} where upstream raises.

The computation is the backend's (openslides_backend/action/actions/motion/mixins.py, TextHashMixin.get_hash_for_motion,
and shared/html.py, get_text_from_html, at tag 4.2.30), restated here: a truthy "text" is parsed with BeautifulSoup's
"html.parser" and its get_text() is hashed; otherwise truthy "amendment_paragraphs" become {key: get_text(html)} and
simplejson.dumps(..., sort_keys=True) of that is hashed; otherwise there is no hash. The hash is md5 of the UTF-8 text.

Versions matter. The backend pins beautifulsoup4 4.14.3 and simplejson 3.20.2 and runs on CPython 3.10.18, whose
html.parser predates CPython's 2025 rewrite of it (the HTML5 end-of-file and comment rules, backported to 3.10 only
after 3.10.18). Debian 12's python3.11 up to 3.11.2-6+deb12u6 has that same older html.parser; later Debian security
updates carry the rewrite, and this script refuses to run on one. Debian 12's python3-bs4 is 4.11.2: it gives the same
text as 4.14.3 except for the numeric references &#0; (U+0000 instead of U+FFFD) and surrogates (a lone surrogate,
which makes the md5 step fail, instead of U+FFFD). To use bs4 4.14.3, put its source folder (the one holding bs4/)
on PYTHONPATH; the versions used are printed to stderr.
"""
import json
import sys
from hashlib import md5

import html.parser

import bs4
import simplejson
from bs4 import BeautifulSoup


def check_html_parser() -> None:
    # The pre-2025 parser has locatestarttagend_tolerant; the rewritten one replaced it with locatetagend.
    if not hasattr(html.parser, "locatestarttagend_tolerant") or hasattr(html.parser, "locatetagend"):
        sys.exit(
            "upstream-text-hashes: this Python's html.parser is the 2025 rewrite; the backend's CPython 3.10.18 "
            "predates it, so the hashes would differ. Use a Python whose html.parser still has "
            "locatestarttagend_tolerant (e.g. Debian 12's python3.11 3.11.2-6+deb12u6)."
        )


def text_from_html(markup):
    if markup:
        return BeautifulSoup(markup, features="html.parser").get_text()
    return ""


def hashed_text(motion):
    """The text that upstream hashes, or None where upstream gives no hash."""
    if markup := motion.get("text"):
        return text_from_html(markup)
    if paragraphs := motion.get("amendment_paragraphs"):
        return simplejson.dumps({key: text_from_html(value) for key, value in paragraphs.items()}, sort_keys=True)
    return None


def main() -> None:
    check_html_parser()
    source = open(sys.argv[1], encoding="utf-8") if len(sys.argv) > 1 else sys.stdin
    items = json.load(source)
    print(
        f"upstream-text-hashes: python {sys.version.split()[0]}, bs4 {bs4.__version__} ({bs4.__file__}), "
        f"simplejson {simplejson.__version__}",
        file=sys.stderr,
    )
    results = []
    for item in items:
        motion = {"text": item} if isinstance(item, str) else item
        try:
            text = hashed_text(motion)
            digest = None if text is None else md5(text.encode()).hexdigest()
            results.append({"motion": item, "html_text": text, "hash": digest})
        except Exception as e:  # upstream raises too; report which error
            results.append({"motion": item, "error": f"{type(e).__name__}: {str(e).splitlines()[0]}"})
    json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
