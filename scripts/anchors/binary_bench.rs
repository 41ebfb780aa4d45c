// Our driver for b-inary/holdem-hand-evaluator, full incremental 7-card sweep (the crate's own
// benchmark loop) and random 7-card hands from byte arrays. Best / median of N runs.
use holdem_hand_evaluator::Hand;
use std::time::Instant;

fn sweep() -> u16 {
    let mut sum: u16 = 0;
    for i in 0..46 { let h1 = Hand::new().add_card(i);
    for j in (i + 1)..47 { let h2 = h1.add_card(j);
    for k in (j + 1)..48 { let h3 = h2.add_card(k);
    for m in (k + 1)..49 { let h4 = h3.add_card(m);
    for n in (m + 1)..50 { let h5 = h4.add_card(n);
    for p in (n + 1)..51 { let h6 = h5.add_card(p);
    for q in (p + 1)..52 { let h7 = h6.add_card(q); sum = sum.wrapping_add(h7.evaluate()); }}}}}}}
    sum
}

fn main() {
    let reps: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(5);
    // splitmix64, (next * 52) >> 64, duplicates rejected: the same hands as our Swift bench (seed 0x5EED7).
    let mut state: u64 = 0x5EED7;
    let mut next = || { state = state.wrapping_add(0x9E3779B97F4A7C15); let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9); z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB); z ^ (z >> 31) };
    let n = 10_000_000usize;
    let mut cards = Vec::with_capacity(n * 7);
    for _ in 0..n { let mut used = 0u64; let mut dealt = 0;
        while dealt < 7 { let c = ((next() as u128 * 52) >> 64) as u64; if used & (1 << c) != 0 { continue; }
            used |= 1 << c; cards.push(c as u8); dealt += 1; } }
    let mut sweeps = vec![]; let mut randoms = vec![]; let mut sink = 0u64;
    for _ in 0..reps {
        let t = Instant::now(); sink = sink.wrapping_add(std::hint::black_box(sweep()) as u64);
        sweeps.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now(); let mut s = 0u64;
        for _ in 0..5 { for h in cards.chunks_exact(7) {
            let hand = Hand::new().add_card(h[0] as usize).add_card(h[1] as usize).add_card(h[2] as usize)
                .add_card(h[3] as usize).add_card(h[4] as usize).add_card(h[5] as usize).add_card(h[6] as usize);
            s = s.wrapping_add(hand.evaluate() as u64); } }
        sink = sink.wrapping_add(std::hint::black_box(s));
        randoms.push(5.0 * n as f64 / t.elapsed().as_secs_f64() / 1e6);
    }
    sweeps.sort_by(|a, b| a.partial_cmp(b).unwrap()); randoms.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("binary_sweep_ms best {:.1} median {:.1}", sweeps[0], sweeps[reps / 2]);
    println!("binary_random_Mps best {:.0} median {:.0}  (sink {})", randoms[0], randoms[reps / 2], sink);
}
