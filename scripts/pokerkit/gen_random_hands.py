#!/usr/bin/env python3
"""Play random legal No-Limit Texas Hold'em hands in PokerKit 0.7.7.

Every automation is on except the betting decisions, in ``Mode.TOURNAMENT``.
Each hand is written as one JSON line (schema in README.md); with
``--phh-dir`` each hand is also written as a ``.phh`` file by PokerKit's own
``HandHistory``.

Determinism: hand ``i`` of a run with ``--seed S`` seeds both Python's global
``random`` (PokerKit shuffles the deck with it) and our own ``random.Random``
with the string ``f"{S}:{i}"``, so every hand can be regenerated on its own
(``--start i --hands 1``).

Usage:
    gen_random_hands.py --hands 2000 --seed 1 --out hands.jsonl [--phh-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from typing import Any

try:
    import pokerkit
    from pokerkit import (
        Automation,
        AntePosting,
        BetCollection,
        BlindOrStraddlePosting,
        CheckingOrCalling,
        ChipsPushing,
        CompletionBettingOrRaisingTo,
        HandHistory,
        HoleCardsShowingOrMucking,
        Mode,
        NoLimitTexasHoldem,
    )
except ImportError:  # pragma: no cover
    sys.exit('pokerkit is not installed: make venv (pokerkit==0.7.7)')

EXPECTED_VERSION = '0.7.7'

# Everything except the betting decisions is automatic.
AUTOMATIONS = (
    Automation.ANTE_POSTING,
    Automation.BET_COLLECTION,
    Automation.BLIND_OR_STRADDLE_POSTING,
    Automation.CARD_BURNING,
    Automation.HOLE_DEALING,
    Automation.BOARD_DEALING,
    Automation.RUNOUT_COUNT_SELECTION,
    Automation.HOLE_CARDS_SHOWING_OR_MUCKING,
    Automation.HAND_KILLING,
    Automation.CHIPS_PUSHING,
    Automation.CHIPS_PULLING,
)

BLIND_LEVELS = ((1, 2), (5, 10), (50, 100), (25, 50))


def pokerkit_version() -> str:
    try:
        from importlib.metadata import version
        return version('pokerkit')
    except Exception:  # pragma: no cover
        return getattr(pokerkit, '__version__', 'unknown')


def random_stack(rng: random.Random, bb: int) -> int:
    """8% below one big blind, 17% at 1-15 BB, the rest at 15-300 BB."""
    r = rng.random()
    if r < 0.08:
        return rng.randint(1, bb - 1)  # may be below the ante / small blind
    if r < 0.25:
        return rng.randint(bb, 15 * bb)
    return rng.randint(15 * bb, 300 * bb)


def random_setup(rng: random.Random) -> dict[str, Any]:
    n = rng.randint(2, 9)
    sb, bb = rng.choice(BLIND_LEVELS)
    r = rng.random()
    if r < 0.15:
        # Uniform ante, trimmed (a short ante only wins what it matched).
        raw_antes: Any = max(1, bb * rng.choice((1, 1, 2, 5)) // 10)
        trimming = True
        ante_kind = 'uniform'
    elif r < 0.30:
        # Big-blind ante: paid by the big blind for everyone.
        raw_antes = {1: rng.choice((bb, bb, bb // 2))}
        trimming = False
        ante_kind = 'bb'
    else:
        raw_antes = 0
        trimming = False
        ante_kind = 'none'
    if n >= 4 and rng.random() < 0.10:
        blinds = [sb, bb, 2 * bb]  # UTG straddle
    else:
        blinds = [sb, bb]  # heads-up: PokerKit reverses this itself
    stacks = [random_stack(rng, bb) for _ in range(n)]
    return {
        'player_count': n,
        'raw_antes': raw_antes,
        'ante_kind': ante_kind,
        'blinds': blinds,
        'min_bet': bb,
        'ante_trimming_status': trimming,
        'starting_stacks': stacks,
    }


def choose(rng: random.Random, profile: dict[str, float],
           view: dict[str, Any]) -> tuple[str, int | None]:
    """Pick an action. Returns (op, raise_to or None)."""
    lo, hi = view['min_to'], view['max_to']
    r = rng.random()
    if view['can_fold'] and r < profile['fold']:
        return 'f', None
    r = rng.random()
    if lo is not None and r < profile['raise']:
        kind = rng.random()
        if kind < 0.35:
            amount = lo  # min-raise (or min bet)
        elif kind < 0.60:
            amount = hi  # all-in
        elif kind < 0.85:
            amount = rng.randint(lo, hi)  # uniform
        else:
            pot = view['pot_to']
            amount = pot if pot is not None else lo  # pot-size, capped
        return 'cbr', amount
    return 'cc', None


def play_hand(index: int, seed: int) -> tuple[dict[str, Any], Any, Any]:
    hand_seed = f'{seed}:{index}'
    random.seed(hand_seed)  # PokerKit shuffles with the global RNG
    rng = random.Random(hand_seed)
    setup = random_setup(rng)
    profile = {
        'fold': rng.choice((0.05, 0.15, 0.25, 0.35)),
        'raise': rng.choice((0.10, 0.20, 0.30, 0.45)),
    }
    game = NoLimitTexasHoldem(
        AUTOMATIONS,
        setup['ante_trimming_status'],
        setup['raw_antes'],
        tuple(setup['blinds']),
        setup['min_bet'],
        mode=Mode.TOURNAMENT,
    )
    state = game(tuple(setup['starting_stacks']), setup['player_count'])
    decisions = []
    guard = 0
    while state.status:
        actor = state.actor_index
        if actor is None:
            raise RuntimeError('state stuck: no actor but hand not over')
        view = {
            'actor': actor,
            'street': state.street_index,
            'call': state.checking_or_calling_amount,
            'min_to': state.min_completion_betting_or_raising_to_amount,
            'max_to': state.max_completion_betting_or_raising_to_amount,
            'pot_to': state.pot_completion_betting_or_raising_to_amount,
            'can_fold': state.can_fold(),
            'stack': state.stacks[actor],
            'bet': state.bets[actor],
        }
        op, amount = choose(rng, profile, view)
        if op == 'f':
            state.fold()
        elif op == 'cc':
            state.check_or_call()
        else:
            state.complete_bet_or_raise_to(amount)
        view['op'] = op
        view['amount'] = amount
        decisions.append(view)
        guard += 1
        if guard > 1000:
            raise RuntimeError('runaway hand')

    # Final pots: eligible players from PokerKit's frozen pot list, amounts
    # from the chips it pushed (push_chips drains Pot.unraked_amount).
    frozen = state._pots or []
    pushed = [0] * len(frozen)
    for operation in state.operations:
        if isinstance(operation, ChipsPushing):
            pushed[operation.pot_index] += operation.total_amount
    pots = [[pushed[k], list(p.player_indices)] for k, p in enumerate(frozen)]
    showdown = any(isinstance(o, HoleCardsShowingOrMucking)
                   for o in state.operations)
    finishing = list(state.stacks)
    hh = HandHistory.from_game_state(
        game,
        state,
        ante_trimming_status=setup['ante_trimming_status'],
        finishing_stacks=finishing,
        hand=index,
        user_defined_fields={'_seed': hand_seed},
    )
    record = {
        'index': index,
        'seed': seed,
        'hand_seed': hand_seed,
        'player_count': setup['player_count'],
        'antes': list(state.antes),
        'blinds_or_straddles': list(state.blinds_or_straddles),
        'min_bet': setup['min_bet'],
        'ante_trimming_status': setup['ante_trimming_status'],
        'starting_stacks': list(state.starting_stacks),
        'actions': list(hh.actions),
        'decisions': decisions,
        'finishing_stacks': finishing,
        'pots': pots,
        'showdown': showdown,
    }
    return record, hh, state


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument('--hands', type=int, required=True)
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', required=True, help='JSONL output file ("-" = stdout)')
    ap.add_argument('--phh-dir', help='also write one .phh file per hand here')
    ap.add_argument('--start', type=int, default=0,
                    help='index of the first hand (to regenerate a single hand)')
    args = ap.parse_args(argv)

    version = pokerkit_version()
    if version != EXPECTED_VERSION:
        print(f'warning: pokerkit {version}, expected {EXPECTED_VERSION}',
              file=sys.stderr)
    if args.phh_dir:
        os.makedirs(args.phh_dir, exist_ok=True)

    out = sys.stdout if args.out == '-' else open(args.out, 'w')
    stats = dict(hands=0, decisions=0, folds=0, calls=0, raises=0,
                 all_in_hands=0, side_pot_hands=0, showdowns=0,
                 heads_up=0, straddles=0, uniform_antes=0, bb_antes=0,
                 short_stack_hands=0, conserved=0, errors=0)
    t0 = time.perf_counter()
    c0 = time.process_time()
    try:
        for i in range(args.start, args.start + args.hands):
            try:
                rec, hh, state = play_hand(i, args.seed)
            except Exception as e:  # report, keep going
                stats['errors'] += 1
                print(f'hand {i}: {type(e).__name__}: {e}', file=sys.stderr)
                continue
            out.write(json.dumps(rec, separators=(',', ':')) + '\n')
            if args.phh_dir:
                path = os.path.join(args.phh_dir, f'{args.seed}-{i:06d}.phh')
                with open(path, 'wb') as fp:
                    hh.dump(fp)
            stats['hands'] += 1
            stats['decisions'] += len(rec['decisions'])
            for d in rec['decisions']:
                stats[{'f': 'folds', 'cc': 'calls', 'cbr': 'raises'}[d['op']]] += 1
            bb = rec['min_bet']
            if rec['player_count'] == 2:
                stats['heads_up'] += 1
            if len(rec['blinds_or_straddles']) > 2 and rec['blinds_or_straddles'][2]:
                stats['straddles'] += 1
            if any(rec['antes']):
                stats['uniform_antes' if rec['ante_trimming_status'] else 'bb_antes'] += 1
            if min(rec['starting_stacks']) < bb:
                stats['short_stack_hands'] += 1
            if any(s == 0 for s in _all_in_stacks(state)):
                stats['all_in_hands'] += 1
            if len(rec['pots']) > 1:
                stats['side_pot_hands'] += 1
            if rec['showdown']:
                stats['showdowns'] += 1
            if sum(rec['finishing_stacks']) == sum(rec['starting_stacks']):
                stats['conserved'] += 1
            else:
                print(f'hand {i}: chips NOT conserved', file=sys.stderr)
    finally:
        if out is not sys.stdout:
            out.close()
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    rate = stats['hands'] / dt if dt else 0.0
    cpu_rate = stats['hands'] / cpu if cpu else 0.0
    print(f'pokerkit {version}: {stats["hands"]} hands, {stats["decisions"]} decisions '
          f'(f {stats["folds"]}, cc {stats["calls"]}, cbr {stats["raises"]}); '
          f'all-in hands {stats["all_in_hands"]}, side-pot hands {stats["side_pot_hands"]}, '
          f'showdowns {stats["showdowns"]}; heads-up {stats["heads_up"]}, '
          f'straddles {stats["straddles"]}, uniform antes {stats["uniform_antes"]}, '
          f'BB antes {stats["bb_antes"]}, hands with a stack < BB {stats["short_stack_hands"]}; '
          f'chips conserved {stats["conserved"]}/{stats["hands"]}; errors {stats["errors"]}; '
          f'{dt:.1f} s wall, {rate:.1f} hands/s; {cpu:.1f} s CPU, {cpu_rate:.1f} hands/CPU-s',
          file=sys.stderr)
    return 0 if stats['errors'] == 0 and stats['conserved'] == stats['hands'] else 1


def _all_in_stacks(state: Any) -> list[int]:
    """Lowest stack of each player before the pots were pushed (0 = the player
    was all-in at some point, forced bets included). PokerKit keeps no stack
    history, so replay antes, blinds, calls and raises from the operations."""
    stacks = list(state.starting_stacks)
    bets = [0] * len(stacks)
    low = list(stacks)
    for op in state.operations:
        if isinstance(op, AntePosting):
            stacks[op.player_index] -= op.amount
        elif isinstance(op, BlindOrStraddlePosting):
            stacks[op.player_index] -= op.amount
            bets[op.player_index] += op.amount
        elif isinstance(op, CheckingOrCalling):
            stacks[op.player_index] -= op.amount
            bets[op.player_index] += op.amount
        elif isinstance(op, CompletionBettingOrRaisingTo):
            stacks[op.player_index] -= op.amount - bets[op.player_index]
            bets[op.player_index] = op.amount
        elif isinstance(op, BetCollection):
            bets = [0] * len(stacks)
        elif isinstance(op, ChipsPushing):
            break
        for k, s in enumerate(stacks):
            low[k] = min(low[k], s)
    return low


if __name__ == '__main__':
    sys.exit(main())
