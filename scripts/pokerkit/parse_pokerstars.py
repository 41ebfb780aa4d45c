#!/usr/bin/env python3
"""Check PokerStars-format hand histories with PokerKit 0.7.7's parser.

Usage:
    parse_pokerstars.py FILE [--json] [--stock]

The file is split into hands at blank lines (PokerKit's own splitter needs
two or more blank lines between hands, see README.md). Each hand is parsed
with ``HandHistory.from_pokerstars(...)`` (PokerKit's ``PokerStarsParser``),
replayed, and checked:

1. it parses: exactly one hand, no exception;
2. the replay finishes;
3. chips are conserved: sum(finishing stacks) == sum(starting stacks);
4. no posting or showing line is silently ignored by PokerKit's patterns
   (e.g. "posts small & big blinds", "posts straddle", "shows [..]" without
   the hand description);
5. every player PokerKit paid at a showdown has known hole cards (a missing
   or unparsed "shows" line otherwise makes PokerKit split the pot between
   unknown hands, silently);
6. ledger: PokerKit's finishing stacks equal the stacks implied by the text
   itself (seat stacks minus antes, blinds, calls, bets and raises, plus
   "Uncalled bet ... returned" and "collected" lines).

PokerKit 0.7.7's PokerStarsParser ignores "posts the ante" lines
(ANTE_POSTING is UNMATCHABLE_PATTERN), so an ante hand replays as if there
were no antes; an all-in that depended on the ante then fails to replay.
For hands with ante lines the check therefore uses a subclass of PokerKit's
own parser whose only change is an ANTE_POSTING pattern, with
``ante_trimming_status`` True when several players post an ante (uniform
ante) and False when one player does (big-blind ante), as PokerFace
configures PokerKit. The stock parser's outcome is reported too ("stock").
With ``--stock`` only the stock parser is used, and the ledger check is
skipped for ante hands.

One JSON line per hand with --json, then a summary line. Exit 1 on any
failure.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import json
import re
import sys
import warnings
from decimal import Decimal
from typing import Any

try:
    from pokerkit import ChipsPushing, HandHistory
    from pokerkit.notation import PokerStarsParser
    from pokerkit.utilities import parse_value
except ImportError:  # pragma: no cover
    sys.exit('pokerkit is not installed: make venv (pokerkit==0.7.7)')


class AntePokerStarsParser(PokerStarsParser):
    """PokerKit's PokerStars parser plus "posts the ante" lines."""

    ANTE_POSTING = re.compile(
        r'(?P<player>.+): posts the ante \D?(?P<ante>[0-9.]+)',
    )


AMOUNT = r'\D?(?P<amount>[0-9][0-9.,]*)'
LEDGER_PATTERNS = [
    ('seat', re.compile(r'^Seat \d+: (?P<player>.+) \(\D?(?P<amount>[0-9][0-9.,]*) in chips')),
    ('ante', re.compile(r'^(?P<player>.+): posts the ante ' + AMOUNT)),
    ('blind', re.compile(r'^(?P<player>.+): posts (?:small|big) blind ' + AMOUNT)),
    ('blinds', re.compile(r'^(?P<player>.+): posts small & big blinds ' + AMOUNT)),
    ('street', re.compile(r'^\*\*\* (?:FLOP|TURN|RIVER) \*\*\*')),
    ('call', re.compile(r'^(?P<player>.+): calls ' + AMOUNT)),
    ('bet', re.compile(r'^(?P<player>.+): bets ' + AMOUNT)),
    ('raise', re.compile(r'^(?P<player>.+): raises \D?[0-9][0-9.,]* to ' + AMOUNT)),
    ('return', re.compile(r'^Uncalled bet \(' + AMOUNT + r'\) returned to (?P<player>.+)$')),
    ('collect', re.compile(r'^(?P<player>.+) collected ' + AMOUNT
                           + r' from (?:main |side )?pot')),
]
ANTE_LINE = LEDGER_PATTERNS[1][1]
HAND_NUMBER = re.compile(r'^PokerStars (?:.*?)(?:Hand|Game) #(?P<hand>\d+):')
# Lines that look like a player's action; each must match one of PokerKit's
# patterns, or PokerKit silently drops it.
ACTION_LINE = re.compile(r'^(?P<player>.+?): (?P<verb>posts|shows)\b')


def dropped_lines(text: str) -> list[str]:
    """Posting and showing lines that PokerKit's parser would ignore."""
    out = []
    for line in text.splitlines():
        line = line.rstrip()
        m = ACTION_LINE.match(line)
        if m is None:
            continue
        if m['verb'] == 'posts':
            if not (PokerStarsParser.BLIND_OR_STRADDLE_POSTING.search(line)
                    or AntePokerStarsParser.ANTE_POSTING.search(line)):
                out.append(line)
        elif not PokerStarsParser.HOLE_CARDS_SHOWING.search(line):
            out.append(line)
    return out


def ledger(text: str) -> dict[str, Any]:
    """Finishing stacks implied by the text alone, by player name."""
    stacks: dict[str, Any] = {}
    committed: dict[str, Any] = {}
    in_summary = False
    for line in text.splitlines():
        line = line.rstrip()
        if line.startswith('*** SUMMARY ***'):
            in_summary = True
        if in_summary:
            continue
        for kind, pattern in LEDGER_PATTERNS:
            m = pattern.search(line)
            if m is None:
                continue
            if kind == 'street':
                committed.clear()
                break
            player = m['player']
            amount = parse_value(m['amount'])
            if kind == 'seat':
                if player not in stacks:
                    stacks[player] = amount
            elif kind in ('ante', 'blinds'):
                stacks[player] = stacks.get(player, 0) - amount
            elif kind in ('blind', 'call', 'bet'):
                stacks[player] = stacks.get(player, 0) - amount
                committed[player] = committed.get(player, 0) + amount
            elif kind == 'raise':
                delta = amount - committed.get(player, 0)
                stacks[player] = stacks.get(player, 0) - delta
                committed[player] = amount
            elif kind in ('return', 'collect'):
                stacks[player] = stacks.get(player, 0) + amount
            break
    return stacks


def split_hands(text: str) -> list[str]:
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    chunks = re.split(r'\n[ \t]*\n', text)
    return [c.strip('\n') + '\n' for c in chunks if c.strip()]


def last_error_line(captured: str, fallback: str) -> str:
    lines = [ln.strip() for ln in captured.splitlines()
             if re.match(r'^\s*\w*(Error|Exception)\b', ln.strip())]
    for line in reversed(lines):
        if not re.match(r'\w*Error: Unable to parse [\'"]', line):
            return line
    return fallback


def pk_parse(parser: Any, chunk: str) -> HandHistory:
    """Parse one hand with a PokerKit parser; raise ValueError with a short
    message on failure (PokerKit prints tracebacks; they are captured)."""
    captured = io.StringIO()
    try:
        with contextlib.redirect_stderr(captured), warnings.catch_warnings():
            warnings.simplefilter('ignore')  # e.g. 'time_zone_abbreviation'
            hands = list(parser(chunk, error_status=True))
    except (KeyError, ValueError) as e:
        raise ValueError(last_error_line(captured.getvalue(), f'{type(e).__name__}: {e}'))
    if len(hands) != 1:
        raise ValueError(f'PokerKit found {len(hands)} hands in this chunk '
                         "(does it start with 'PokerStars '?)")
    return hands[0]


def replay(hh: HandHistory) -> Any:
    state = None
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for state in hh:
            pass
    if state is None or state.status:
        raise ValueError('replay did not finish')
    return state


def unknown_winners(state: Any) -> list[int]:
    """Players paid at a showdown although PokerKit never saw their cards."""
    bad = set()
    for op in state.operations:
        if isinstance(op, ChipsPushing) and op.board_index is not None:
            for i, amount in enumerate(op.amounts):
                cards = state.hole_cards[i]
                if amount and (not cards or not all(cards)):
                    bad.add(i)
    return sorted(bad)


def jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def check_hand(source: str, chunk: str, stock_only: bool) -> dict[str, Any]:
    result: dict[str, Any] = {
        'source': source, 'hand': None, 'status': 'fail', 'parser': 'stock',
        'players': None, 'starting_stacks': None, 'finishing_stacks': None,
        'ledger_stacks': None, 'conserved': None,
        'antes_in_text': bool(any(ANTE_LINE.search(ln) for ln in chunk.splitlines())),
        'ante_trimming_status': None, 'stock': None, 'errors': [],
    }
    errors = result['errors']
    if m := HAND_NUMBER.match(chunk):
        result['hand'] = int(m['hand'])
    dropped = dropped_lines(chunk)
    if dropped:
        errors.append(f'lines PokerKit ignores: {dropped}')

    # 1. PokerKit's stock parser, exactly as a PokerKit user would call it.
    stock_hh = stock_state = None
    try:
        stock_hh = pk_parse(HandHistory.from_pokerstars, chunk)
        stock_state = replay(stock_hh)
        result['stock'] = 'ok'
    except Exception as e:
        result['stock'] = f'error: {e}'

    hh, state = stock_hh, stock_state
    if result['antes_in_text'] and not stock_only:
        result['parser'] = 'stock+antes'
        try:
            hh = pk_parse(AntePokerStarsParser(), chunk)
            posters = sum(1 for a in hh.antes if a)
            hh = dataclasses.replace(hh, ante_trimming_status=posters > 1)
            state = replay(hh)
        except Exception as e:
            errors.append(f'parse/replay (with antes): {e}')
            return result
    elif stock_state is None:
        errors.append(f'parse/replay: {result["stock"][7:]}')
        return result

    assert hh is not None and state is not None
    result['players'] = list(hh.players or [])
    result['ante_trimming_status'] = hh.ante_trimming_status
    result['starting_stacks'] = jsonable(list(hh.starting_stacks))
    finishing = list(state.stacks)
    result['finishing_stacks'] = jsonable(finishing)
    conserved = sum(finishing) == sum(hh.starting_stacks)
    result['conserved'] = conserved
    if not conserved:
        errors.append('chips not conserved')
    bad = unknown_winners(state)
    if bad:
        names = [result['players'][i] if i < len(result['players']) else f'p{i + 1}'
                 for i in bad]
        errors.append(f'showdown pot paid to unknown hole cards: {names} '
                      '(missing "NAME: shows [..] (description)" line?)')
    if result['antes_in_text'] and stock_only:
        pass  # the stock parser ignores antes by design: no ledger check
    else:
        by_name = ledger(chunk)
        expected = [by_name.get(p) for p in result['players']]
        result['ledger_stacks'] = jsonable(expected)
        if expected != finishing:
            errors.append(f'finishing stacks differ from the text ledger: PokerKit '
                          f'{jsonable(finishing)}, text {jsonable(expected)}')
    if not errors:
        result['status'] = 'ok'
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument('file')
    ap.add_argument('--json', action='store_true', help='one JSON line per hand')
    ap.add_argument('--stock', action='store_true',
                    help="use only PokerKit's stock parser (antes ignored)")
    args = ap.parse_args(argv)

    with open(args.file, encoding='utf-8-sig') as fp:
        chunks = split_hands(fp.read())
    ok = fail = stock_ok = 0
    for n, chunk in enumerate(chunks, 1):
        result = check_hand(f'{args.file}#{n}', chunk, args.stock)
        if result['status'] == 'ok':
            ok += 1
        else:
            fail += 1
        if result['stock'] == 'ok':
            stock_ok += 1
        if args.json:
            print(json.dumps(result))
        elif result['status'] != 'ok':
            print(f"fail: {result['source']} (hand {result['hand']}): "
                  + '; '.join(result['errors']))
    summary = {'hands': len(chunks), 'ok': ok, 'fail': fail,
               'stock_parser_ok': stock_ok}
    if args.json:
        print(json.dumps({'summary': summary}))
    print(f'{len(chunks)} hands: {ok} ok, {fail} fail; PokerKit stock parser '
          f'parsed and replayed {stock_ok}/{len(chunks)}', file=sys.stderr)
    return 1 if fail or not chunks else 0


if __name__ == '__main__':
    sys.exit(main())
