#!/usr/bin/env python3
"""Replay .phh / .phhs hand histories in PokerKit 0.7.7 and compare the final
stacks with each file's ``finishing_stacks``.

This is how PHH files written by PokerFace are checked: PokerKit must replay
them to the same stacks.

Usage:
    replay_phh.py FILE_OR_DIR... [--json]

Directories are searched recursively for *.phh and *.phhs. A .phhs file holds
many hands (TOML tables [1], [2], ...); they are loaded with
``HandHistory.load_all`` and named ``file#n`` (n = 1-based position).

Per hand status:
    match     finishing_stacks present and equal to PokerKit's final stacks
    mismatch  finishing_stacks present and different
    computed  no finishing_stacks in the file; PokerKit's stacks are reported
    error     the file or hand could not be loaded or replayed (or, with
              --nt-only, its variant is not NT)

Any variant PokerKit knows is replayed (the famous/ set holds PLO, badugi,
2-7 triple draw and short-deck hands). The JSON line also carries "variant".

Exit status 1 if any hand is a mismatch or an error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from decimal import Decimal
from typing import Any, Iterator

try:
    from pokerkit import HandHistory
except ImportError:  # pragma: no cover
    sys.exit('pokerkit is not installed: make venv (pokerkit==0.7.7)')


def iter_files(paths: list[str]) -> Iterator[str]:
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(('.phh', '.phhs')):
                        yield os.path.join(root, name)
        else:
            yield path


def jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def load_hands(path: str) -> Iterator[tuple[str, HandHistory | None, str | None]]:
    """Yield (source, hand history or None, error or None)."""
    try:
        with open(path, 'rb') as fp:
            if path.endswith('.phhs'):
                hands = list(HandHistory.load_all(fp))
            else:
                hands = [HandHistory.load(fp)]
    except Exception as e:
        yield f'{path}#0', None, f'load: {type(e).__name__}: {e}'
        return
    if path.endswith('.phhs'):
        for n, hh in enumerate(hands, 1):
            yield f'{path}#{n}', hh, None
    else:
        yield f'{path}#1', hands[0], None


def replay(hh: HandHistory) -> list[Any]:
    """Run every state transition; return PokerKit's final stacks."""
    state = None
    for state in hh:
        pass
    assert state is not None
    if state.status:
        raise ValueError('hand did not finish (actions missing?)')
    return list(state.stacks)


def check(source: str, hh: HandHistory | None, error: str | None,
          args_nt_only: bool = False) -> dict[str, Any]:
    result: dict[str, Any] = {
        'source': source,
        'status': 'error',
        'finishing_stacks': None,
        'expected': None,
        'error': error,
    }
    if hh is None:
        return result
    expected = hh.finishing_stacks
    result['expected'] = jsonable(expected) if expected is not None else None
    result['variant'] = hh.variant
    if args_nt_only and hh.variant != 'NT':
        result['error'] = f'unsupported variant {hh.variant!r} (--nt-only)'
        return result
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('error')  # e.g. burned chips, bad cards
            stacks = replay(hh)
    except Exception as e:
        result['error'] = f'replay: {type(e).__name__}: {e}'
        return result
    result['finishing_stacks'] = jsonable(stacks)
    if expected is None:
        result['status'] = 'computed'
    elif list(expected) == stacks:
        result['status'] = 'match'
    else:
        result['status'] = 'mismatch'
        result['error'] = 'finishing stacks differ'
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument('paths', nargs='+', metavar='FILE_OR_DIR')
    ap.add_argument('--json', action='store_true', help='one JSON line per hand')
    ap.add_argument('--nt-only', action='store_true',
                    help="report variants other than NT (No-Limit Texas Hold'em) as errors")
    args = ap.parse_args(argv)

    counts = {'match': 0, 'mismatch': 0, 'computed': 0, 'error': 0}
    for path in iter_files(args.paths):
        for source, hh, error in load_hands(path):
            result = check(source, hh, error, args.nt_only)
            counts[result['status']] += 1
            if args.json:
                print(json.dumps(result), flush=False)
            elif result['status'] in ('mismatch', 'error'):
                print(f"{result['status']}: {source}: {result['error']}"
                      f" got {result['finishing_stacks']} expected {result['expected']}")
    total = sum(counts.values())
    summary = (f'{total} hands: {counts["match"]} match, {counts["mismatch"]} mismatch, '
               f'{counts["computed"]} computed, {counts["error"]} error')
    if args.json:
        print(json.dumps({'summary': counts, 'hands': total}))
    print(summary, file=sys.stderr)
    return 1 if counts['mismatch'] or counts['error'] else 0


if __name__ == '__main__':
    sys.exit(main())
