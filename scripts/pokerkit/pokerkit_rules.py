#!/usr/bin/env python3
"""Tiny experiments that pin down PokerKit 0.7.7's No-Limit Hold'em rules.

Each experiment plays a scripted hand (fixed cards where they matter) in
``Mode.TOURNAMENT`` and asserts what PokerKit does. Run it to re-confirm the
facts listed in README.md ("PokerKit behaviours an engine must match"):

    python pokerkit_rules.py          # prints one line per fact, exit 0 if all hold

Player indices are PokerKit's: 0 = small blind, 1 = big blind, 2 = UTG, ...,
last = button; heads-up 0 = big blind, 1 = button/small blind.
"""

from __future__ import annotations

import sys
import warnings
from typing import Any, Callable

from pokerkit import (
    AntePosting,
    Automation,
    BetCollection,
    BlindOrStraddlePosting,
    ChipsPushing,
    HandHistory,
    HoleCardsShowingOrMucking,
    Mode,
    NoLimitTexasHoldem,
)

A = Automation
ALL = tuple(A)
# Everything automatic except dealing, so the experiments choose the cards.
NO_DEAL = tuple(a for a in ALL if a not in (A.HOLE_DEALING, A.BOARD_DEALING))

FACTS: list[tuple[str, str]] = []
EXPERIMENTS: list[Callable[[], None]] = []


def experiment(fn: Callable[[], None]) -> Callable[[], None]:
    EXPERIMENTS.append(fn)
    return fn


def fact(name: str, text: str) -> None:
    FACTS.append((name, text))
    print(f'[{name}] {text}')


def new(stacks, blinds=(1, 2), antes: Any = 0, min_bet=None, trimming=None,
        automations=ALL, mode=Mode.TOURNAMENT):
    if trimming is None:
        trimming = not isinstance(antes, dict)
    if min_bet is None:
        min_bet = blinds[1]
    game = NoLimitTexasHoldem(automations, trimming, antes, blinds, min_bet, mode=mode)
    return game, game(stacks, len(stacks))


def deal(state, *hands: str) -> None:
    for cards in hands:
        state.deal_hole(cards)


def view(state) -> dict[str, Any]:
    return dict(actor=state.actor_index, call=state.checking_or_calling_amount,
                min_to=state.min_completion_betting_or_raising_to_amount,
                max_to=state.max_completion_betting_or_raising_to_amount,
                can_fold=state.can_fold())


def ops(state, kind):
    return [o for o in state.operations if isinstance(o, kind)]


def pushes(state) -> list[tuple[int, tuple[int, ...]]]:
    return [(o.pot_index, o.amounts) for o in ops(state, ChipsPushing)]


# --------------------------------------------------------------------------


@experiment
def heads_up_reversal() -> None:
    _, s = new((100, 100), blinds=(1, 2))
    assert s.bets == [2, 1] and s.actor_index == 1
    s.check_or_call()              # button/SB completes
    assert s.actor_index == 0      # BB has the option
    s.check_or_call()
    assert s.street_index == 1 and s.actor_index == 0  # BB acts first postflop
    fact('HU blinds', 'blinds (1, 2) with 2 players: bets [2, 1] -> index 1 '
         '(button) posts the SB and acts first preflop; index 0 posts the BB '
         'and acts first on the flop')
    _, s = new((100, 100), blinds=(1, 2), antes={1: 2})
    assert [(o.player_index, o.amount) for o in ops(s, AntePosting)] == [(0, 2)]
    assert s.antes == (0, 2)
    fact('HU antes', 'antes {1: 2} heads-up: state.antes == (0, 2) but the '
         'ante is paid by index 0 (the BB): antes are reversed heads-up like '
         'blinds (get_effective_ante uses antes[not i])')
    _, s = new((100, 100), blinds=(1, 2), antes=1)
    assert len(ops(s, AntePosting)) == 2
    fact('HU antes', 'uniform ante 1 heads-up: both players post 1')


@experiment
def short_big_blind() -> None:
    _, s = new((1000, 16, 1000, 1000), blinds=(50, 100))
    assert s.bets == [50, 16, 0, 0]
    v = view(s)
    assert v['actor'] == 2 and v['call'] == 50 and v['min_to'] == 150
    s.check_or_call()              # UTG calls 50 (the largest posted bet)
    v = view(s)
    assert v['call'] == 50 and v['min_to'] == 150
    s.complete_bet_or_raise_to(150)
    v = view(s)
    assert v['actor'] == 0 and v['call'] == 100 and v['min_to'] == 250
    fact('short BB', '50/100, BB stack 16: bets [50, 16, 0, 0]; UTG call = 50 '
         '(largest posted bet, not the nominal BB), min raise-to = 150 '
         '(50 + min_bet 100); after BTN raises to 150 the SB must call 100 and '
         'min raise-to = 250')
    _, s = new((30, 1000, 1000), blinds=(50, 100))
    assert s.bets == [30, 100, 0] and view(s)['call'] == 100 and view(s)['min_to'] == 200
    fact('short SB', '50/100, SB stack 30: SB posts 30 all-in; UTG call 100, min raise-to 200')


@experiment
def incomplete_all_in_rule_96() -> None:
    # 1/2, four players: 0 SB, 1 BB, 2 UTG, 3 BTN.
    _, s = new((200, 200, 200, 25), blinds=(1, 2))
    s.complete_bet_or_raise_to(20)        # UTG raises to 20 (full raise of 18)
    v = view(s)
    assert v['actor'] == 3 and v['min_to'] == 25 and v['max_to'] == 25
    s.complete_bet_or_raise_to(25)        # BTN all-in 25: raise of 5 < 18
    v = view(s)
    assert v['actor'] == 0 and v['call'] == 24 and v['min_to'] == 43
    s.check_or_call()
    assert view(s)['min_to'] == 43        # BB has not acted: may re-raise
    s.check_or_call()
    v = view(s)
    assert v['actor'] == 2 and v['call'] == 5 and v['min_to'] is None
    assert not s.can_complete_bet_or_raise_to()
    fact('Rule 96', '1/2: UTG raises to 20, BTN all-in 25 (short +5): SB and BB '
         '(not yet acted) may re-raise, min raise-to = 43 (25 + last full raise 18); '
         'back at UTG (already acted): call 5 only, min_to None')
    # A short all-in does not change the min raise increment: BTN all-in for 25
    # then SB raises: min is 25 + 18.


@experiment
def rule_96a() -> None:
    # Flop: 4 players with 1000 except two short stacks. Check preflop around.
    def setup(short1, short2):
        _, s = new((1000, 1000, short1, short2), blinds=(1, 2))
        for _ in range(4):
            s.check_or_call()             # limp/check preflop, 2 each
        assert s.street_index == 1 and s.actor_index == 0
        s.complete_bet_or_raise_to(100)   # SB bets 100
        s.check_or_call()                 # BB calls
        s.complete_bet_or_raise_to(short1 - 2)  # UTG all-in
        s.complete_bet_or_raise_to(short2 - 2)  # BTN all-in
        return s
    s = setup(152, 212)                    # +50 then +60 = 110 >= 100
    v = view(s)
    assert v['actor'] == 0 and v['min_to'] == 310 and v['call'] == 110
    fact('Rule 96a', 'flop: SB bets 100, BB calls, UTG all-in 150 (+50), BTN all-in '
         '210 (+60): together >= 100, so SB (already acted) may re-raise; '
         'min raise-to = 310 (210 + 100)')
    s = setup(152, 192)                    # +50 then +40 = 90 < 100
    v = view(s)
    assert v['actor'] == 0 and v['min_to'] is None and v['call'] == 90
    fact('Rule 96a', 'same with BTN all-in 190 (+50, +40 = 90 < 100): SB and BB '
         'may only call 90 or fold')


@experiment
def no_reason_to_raise() -> None:
    _, s = new((1000, 1000, 60), blinds=(1, 2))
    s.complete_bet_or_raise_to(60)         # BTN all-in 60
    s.fold()                               # SB folds
    v = view(s)
    assert v['actor'] == 1 and v['call'] == 58 and v['min_to'] is None
    fact('no reason to raise', 'BTN all-in 60, SB folds: BB (1000 behind) may '
         'only call 58 or fold, min_to None: no other live player has chips')
    _, s = new((1000, 1000, 60, 1000), blinds=(1, 2))
    s.complete_bet_or_raise_to(60)         # UTG all-in 60
    s.complete_bet_or_raise_to(200)        # BTN raises to 200
    s.fold()
    v = view(s)
    assert v['actor'] == 1 and v['min_to'] == 340
    s.check_or_call()                      # BB calls 200
    assert s.street_index == 1
    fact('no reason to raise', 'with a live player still holding chips behind, '
         'raising stays legal (BB min raise-to 340 after 60 all-in + raise to 200)')
    _, s = new((1000, 1000, 150), blinds=(50, 100))
    s.check_or_call()                      # BTN (150) calls 100
    s.complete_bet_or_raise_to(1000)       # SB all-in 1000
    v = view(s)
    assert v['actor'] == 1 and v['min_to'] is None and v['call'] == 900
    fact('covered', 'player whose stack <= call amount: call (all-in) or fold only')


@experiment
def fold_when_check_possible() -> None:
    _, s = new((100, 100, 100), blinds=(1, 2))
    s.check_or_call()              # BTN calls 2
    s.check_or_call()              # SB completes
    assert s.actor_index == 1 and s.checking_or_calling_amount == 0
    assert not s.can_fold()
    try:
        s.fold()
    except ValueError as e:
        msg = str(e)
    else:
        raise AssertionError('fold accepted in tournament mode')
    _, c = new((100, 100, 100), blinds=(1, 2), mode=Mode.CASH_GAME)
    c.check_or_call()
    c.check_or_call()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        assert c.can_fold()
        c.fold()
    assert w
    fact('fold', f'TOURNAMENT: BB option with call 0: can_fold() False, fold() '
         f'raises ValueError({msg!r}); CASH_GAME: fold allowed with a UserWarning '
         '(PHH replays run in CASH_GAME mode)')


@experiment
def pot_size_and_short_all_in_raise() -> None:
    _, s = new((1000, 1000, 1000, 1000), blinds=(50, 100))
    assert s.pot_completion_betting_or_raising_to_amount == 350
    s.complete_bet_or_raise_to(350)
    assert s.pot_completion_betting_or_raising_to_amount == 1000  # capped (1150)
    fact('pot raise', '4 players 50/100, UTG: pot raise-to = 350 = 2*100 - 0 + 150 '
         '(total_pot_amount includes bets in front); capped at stack + bet')
    _, s = new((1000, 1000, 199), blinds=(50, 100))
    v = view(s)
    assert v['min_to'] == 199 and v['max_to'] == 199
    s.complete_bet_or_raise_to(199)
    assert view(s)['min_to'] == 299   # 199 + last full raise (100 = min_bet)
    fact('short all-in raise', 'stack 199 facing 100 at 50/100: min_to = max_to = 199 '
         '(all-in raise for less is a cbr); the next min raise-to is 299 = 199 + 100: '
         'the increment stays the last full raise (here min_bet)')
    _, s = new((1000, 1000, 1000), blinds=(50, 100))
    for _ in range(3):
        s.check_or_call()
    assert s.street_index == 1 and view(s)['min_to'] == 100
    s.complete_bet_or_raise_to(100)
    assert view(s)['min_to'] == 200
    fact('min bet', 'postflop min bet = min_bet (100); min raise after a 100 bet is to 200')


@experiment
def odd_chip() -> None:
    # 3 players 1/2: BTN calls, SB folds, BB checks: pot 5 split BB/BTN.
    _, s = new((100, 100, 100), blinds=(1, 2), automations=NO_DEAL)
    deal(s, '2c3d', 'AsKs', 'AhKh')
    s.check_or_call()      # BTN calls 2
    s.fold()               # SB folds
    s.check_or_call()      # BB checks
    for board in ('QcJd9s', '7h', '4c'):
        s.deal_board(board)
        s.check_or_call()
        s.check_or_call()
    assert pushes(s) == [(0, (0, 3, 2))] and s.stacks == [99, 101, 100], s.stacks
    fact('odd chip', '5-chip pot split by BB (index 1) and BTN (index 2): pushed '
         '(0, 3, 2): the odd chip goes to the lowest index among the winners, '
         'i.e. the first winner left of the button (SB side)')
    # Heads-up: index 0 is the BB, so the BB gets the odd chip.
    _, s = new((100, 100), blinds=(1, 2), antes={1: 1}, automations=NO_DEAL)
    deal(s, 'AsKs', 'AhKh')
    s.check_or_call()      # button completes
    s.check_or_call()      # BB checks
    for board in ('QcJd9s', '7h', '4c'):
        s.deal_board(board)
        s.check_or_call()
        s.check_or_call()
    assert pushes(s) == [(0, (3, 2))]
    fact('odd chip HU', 'heads-up, BB ante 1, blinds 1/2, limped and split: pot 5 '
         'pushed (3, 2): the BB (index 0) gets the odd chip, not the button')


@experiment
def pot_merging() -> None:
    # 5 players 1/2: 0 SB, 1 BB, 2 UTG (stack 4), 3 HJ, 4 BTN.
    _, s = new((100, 100, 4, 100, 100), blinds=(1, 2), automations=NO_DEAL)
    deal(s, '8c9c', 'Ad4h', 'Qc5d', 'ThJh', 'As3h')
    s.complete_bet_or_raise_to(4)   # UTG all-in 4 (a full raise)
    s.complete_bet_or_raise_to(9)   # HJ raises to 9
    s.check_or_call()               # BTN calls 9
    s.fold()                        # SB folds (1 in)
    s.check_or_call()               # BB calls 9
    s.deal_board('2c2d7h')
    s.complete_bet_or_raise_to(2)   # BB bets 2
    s.fold()                        # HJ folds (9 in)
    s.check_or_call()               # BTN calls
    s.deal_board('7s')
    s.check_or_call(); s.check_or_call()
    s.deal_board('Kc')
    s.check_or_call()
    live = [(p.amount, p.player_indices) for p in s.pots]
    assert live == [(17, (1, 2, 4)), (19, (1, 4))], live
    s.check_or_call()               # river checked through: showdown
    shows = [(o.player_index, bool(o.hole_cards)) for o in ops(s, HoleCardsShowingOrMucking)]
    assert shows == [(1, True), (2, True), (4, True)], shows
    assert pushes(s) == [(0, (0, 18, 0, 0, 18))], pushes(s)
    assert s.stacks == [99, 107, 0, 91, 107]
    fact('pot merging', 'contributions SB 1 (folded), BB 11, UTG 4 (all-in), '
         'HJ 9 (folded), BTN 11: before showdown pots = [17 (1,2,4), 19 (1,4)]; '
         'UTG loses (its hand is killed), so both pots have eligible set (1,4) and are merged '
         'into one pot of 36 split 18/18. Splitting each pot separately '
         '(WSOP Rule 74) gives BB 9+10 = 19, BTN 8+9 = 17: a 1-chip difference '
         'each way (final BB 107 vs 108)')


@experiment
def big_blind_ante() -> None:
    # 4 players 1/2, BB ante 2 (not trimmed), BB stack 4: ante 2 + blind 2 all-in.
    _, s = new((100, 4, 100, 100), blinds=(1, 2), antes={1: 2}, trimming=False,
               automations=NO_DEAL)
    assert [(o.player_index, o.amount) for o in ops(s, AntePosting)] == [(1, 2)]
    assert s.bets == [1, 2, 0, 0]
    deal(s, '7c2d', 'AsAh', 'KdQd', '9s8s')
    s.complete_bet_or_raise_to(10)   # UTG raises to 10
    s.check_or_call()                # BTN calls
    s.fold()                         # SB folds
    live = [(p.amount, p.player_indices) for p in s.pots]
    assert live == [(9, (1, 2, 3)), (16, (2, 3))], live
    for board in ('Tc6h3d', '4s', 'Jc'):
        s.deal_board(board)
        s.check_or_call(); s.check_or_call()
    assert s.stacks[1] == 9
    fact('BB ante', 'blinds 1/2, antes {1: 2}, trimming False, BB stack 4 -> ante 2 '
         'then blind 2 (all-in); UTG raises to 10, BTN calls, SB folds: pots '
         '[9 (1,2,3), 16 (2,3)]: the dead ante (2) is added whole to the main pot, '
         'unmatched; BB with AA wins 9')
    _, t = new((100, 4, 100, 100), blinds=(1, 2), antes={1: 2}, trimming=True,
               automations=NO_DEAL)
    deal(t, '7c2d', 'AsAh', 'KdQd', '9s8s')
    assert t.stacks[1] == 2 and t.bets == [1, 2, 0, 0]
    assert [o.bets for o in ops(t, BetCollection)][0] == (0, 0, 0, 0)
    fact('BB ante', 'the same with ante_trimming_status=True: the BB ante is handed back '
         'at ante collection (it exceeds the second-largest ante, 0), the BB keeps 2 '
         'behind; so a BB ante only works with trimming False')
    _, s = new((100, 3, 100, 100), blinds=(1, 2), antes={1: 2}, trimming=False)
    assert [(o.player_index, o.amount) for o in ops(s, AntePosting)] == [(1, 2)]
    assert [(o.player_index, o.amount) for o in ops(s, BlindOrStraddlePosting)] == [(0, 1), (1, 1)]
    v = view(s)
    assert v['call'] == 1 and v['min_to'] == 3
    fact('BB ante short', 'BB stack 3 with BB ante 2, blinds 1/2: PokerKit posts the '
         'ante first (2) and then a 1-chip blind; UTG call 1, min raise-to 3')


@experiment
def straddle() -> None:
    _, s = new((100,) * 6, blinds=(1, 2, 4), min_bet=2)
    v = view(s)
    assert s.bets == [1, 2, 4, 0, 0, 0] and v['actor'] == 3 and v['call'] == 4 and v['min_to'] == 6
    _, t = new((100,) * 6, blinds=(1, 2, 4), min_bet=4)
    assert view(t)['min_to'] == 8
    for _ in range(5):
        s.check_or_call()
    v = view(s)
    assert v['actor'] == 2 and v['call'] == 0 and v['min_to'] == 6 and not v['can_fold']
    s.check_or_call()
    assert s.street_index == 1 and s.actor_index == 0
    fact('straddle', 'blinds [1, 2, 4], 6 players: first actor index 3 (UTG+1), '
         'call 4, min raise-to = 4 + min_bet: 6 with min_bet 2 (8 only if min_bet=4); '
         'if all call, the straddler (index 2) acts last preflop with the option; '
         'postflop the SB (index 0) acts first')


@experiment
def forced_bb_call() -> None:
    game, s = new((1000, 1000, 60), blinds=(50, 100))
    v = view(s)
    assert v['actor'] == 2 and v['call'] == 60 and v['min_to'] is None
    s.check_or_call()               # BTN all-in for 60 (less than 100)
    s.fold()                        # SB folds
    v = view(s)
    assert v['actor'] == 1 and v['call'] == 0 and v['min_to'] is None and not v['can_fold']
    s.check_or_call()
    actions = HandHistory.from_game_state(game, s).actions
    assert actions[3:6] == ['p3 cc', 'p1 f', 'p2 cc'], actions
    fact('forced BB cc', '50/100: BTN calls all-in for 60, SB folds: the BB (100 posted) '
         'still gets a decision: call 0, no raise (min_to None), no fold -> it must '
         "'cc'; PHH 'p3 cc', 'p1 f', 'p2 cc'")
    _, s = new((30, 1000, 60), blinds=(50, 100))
    assert s.bets == [30, 100, 0]
    s.check_or_call()               # BTN all-in for 60
    assert s.status is False
    fact('forced BB cc', 'but when the SB is already all-in from its blind (30) and BTN '
         'calls all-in 60, the BB gets no decision at all: at the start of the street '
         'its effective stack (second-largest total 60 - its bet 100) is 0, so it was '
         'never in the actor queue')
    _, s = new((30, 80), blinds=(50, 100))
    assert s.status is False or s.actor_index is None
    fact('forced BB cc', 'heads-up with both players all-in from the blinds: no decision at all')


@experiment
def showdown_order() -> None:
    # River bet and calls: last aggressor shows first; a hand that cannot win mucks.
    _, s = new((100, 100, 100), blinds=(1, 2), automations=NO_DEAL)
    deal(s, 'KcJc', '2c3d', 'AhAd')
    s.check_or_call(); s.check_or_call(); s.check_or_call()
    for board in ('Ks7h4c', 'Qd'):
        s.deal_board(board)
        for _ in range(3):
            s.check_or_call()
    s.deal_board('2s')
    s.check_or_call()               # SB checks
    s.complete_bet_or_raise_to(10)  # BB bets
    s.check_or_call(); s.check_or_call()
    order = [(o.player_index, ''.join(map(repr, o.hole_cards))) for o in ops(s, HoleCardsShowingOrMucking)]
    assert order == [(1, '2c3d'), (2, 'AhAd'), (0, '')], order
    fact('show/muck', "river: SB checks, BB bets, BTN and SB call: BB (last aggressor) "
         "shows first (2c3d), BTN shows (AhAd, beats it), SB mucks (KcJc cannot win): "
         "PHH 'p2 sm 2c3d', 'p3 sm AhAd', 'p1 sm'")
    _, s = new((100, 100, 100), blinds=(1, 2), automations=NO_DEAL)
    deal(s, 'KcJc', '2c3d', 'AhAd')
    s.check_or_call(); s.check_or_call(); s.check_or_call()
    for board in ('Ks7h4c', 'Qd', '2s'):
        s.deal_board(board)
        for _ in range(3):
            s.check_or_call()
    order = [(o.player_index, bool(o.hole_cards)) for o in ops(s, HoleCardsShowingOrMucking)]
    assert order == [(0, True), (1, False), (2, True)], order
    fact('show/muck', 'river checked through: the first to act (SB, KcJc) shows first, '
         'then in seat order: BB (2c3d) cannot beat the shown pair of kings and mucks, '
         'BTN (AhAd) shows; a hand that ties the best shown hand also shows '
         '(can_win_now = ties or beats every shown hand in some pot it is in)')
    fact('show/muck', 'if any live player is all-in when the river betting ends, every '
         'live hand is shown, losers included (state.all_in_status; see pot_merging: '
         'the beaten all-in UTG and both others show)')
    game, s = new((100, 100), blinds=(1, 2))
    s.complete_bet_or_raise_to(100)
    s.check_or_call()
    actions = HandHistory.from_game_state(game, s).actions
    kinds = [a.split()[1] for a in actions]
    assert kinds[:4] == ['dh', 'dh', 'cbr', 'cc'] and kinds[4:6] == ['sm', 'sm'] and kinds[6:] == ['db', 'db', 'db']
    assert actions[4].startswith('p2 sm') and actions[5].startswith('p1 sm')
    fact('show/muck', "all-in preflop heads-up: both hands shown right after the call, "
         "before any board card (PHH: 'p2 sm ..', 'p1 sm ..', then 'd db' x3); order "
         'starts at the last aggressor (the button, p2); in TOURNAMENT mode every '
         'all-in hand must be shown in full')


@experiment
def uncalled_bets() -> None:
    _, s = new((100, 100, 100), blinds=(1, 2))
    s.complete_bet_or_raise_to(50)
    s.fold(); s.fold()
    assert s.stacks == [99, 98, 103]
    coll = ops(s, BetCollection)
    assert coll[-1].bets == (1, 2, 0), coll
    fact('uncalled', 'BTN raises to 50, SB and BB fold: the winner\'s bet is never '
         'collected (BetCollection bets (1, 2, 0)); BTN ends 103 (+3), i.e. the '
         'uncalled 50 is returned in full')
    _, s = new((40, 200), blinds=(1, 2))
    s.complete_bet_or_raise_to(100)  # button raises to 100
    s.check_or_call()                # BB calls all-in 40
    coll = ops(s, BetCollection)
    assert coll[0].bets == (40, 40), coll
    assert sum(s.stacks) == 240
    fact('uncalled', 'heads-up: button raises to 100, BB calls all-in for 40: bet '
         'collection takes (40, 40) and returns 60 to the button at once '
         '(bets above the second-largest bet go back)')


@experiment
def stack_below_ante() -> None:
    def play(trimming: bool):
        _, s = new((1000, 1000, 4, 1000), blinds=(50, 100), antes=10,
                   trimming=trimming, automations=NO_DEAL)
        deal(s, '7c8d', 'QhJd', 'AsAh', 'Tc4h')
        posted = [(o.player_index, o.amount) for o in ops(s, AntePosting)]
        assert posted == [(0, 10), (1, 10), (2, 4), (3, 10)], posted
        v = view(s)
        assert v['actor'] == 3     # UTG (index 2) is all-in from the ante
        s.check_or_call(); s.check_or_call(); s.check_or_call()
        for board in ('Kd9c5h', '3s', '2d'):
            s.deal_board(board)
            for _ in range(3):
                s.check_or_call()
        return s.stacks[2]
    won_trim, won_dead = play(True), play(False)
    assert (won_trim, won_dead) == (16, 34), (won_trim, won_dead)
    fact('stack < ante', '50/100 ante 10, UTG stack 4: posts a 4-chip ante and is '
         'all-in (no decision); with AA it wins 16 (4 x 4 players) when '
         'ante_trimming_status=True, 34 (4 + the three full antes 30) when False')

def main() -> int:
    # Burns are random, so a scripted card may have been burnt: PokerKit only warns.
    warnings.filterwarnings('ignore', message='A card being dealt')
    failures = 0
    for fn in EXPERIMENTS:
        try:
            fn()
        except Exception as e:  # report and continue
            failures += 1
            print(f'FAILED {fn.__name__}: {type(e).__name__}: {e}')
    print(f'{len(FACTS)} facts confirmed, {failures} experiments failed', file=sys.stderr)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
