//! A faithful port of the parts of Python's `difflib.SequenceMatcher` that
//! `score.py` uses: `SequenceMatcher(None, a, b).ratio()`.
//!
//! Faithful means the same tie-breaking in `find_longest_match`, the same
//! "autojunk" heuristic (for `b` of 200 or more elements, elements occurring
//! more than `len(b) / 100 + 1` times are dropped from the index, although the
//! edge-extension loops may still absorb them) and no junk function. Any
//! deviation changes which blocks are found and therefore the ratio, which
//! decides fuzzy name matches at the 0.85 threshold.

use std::collections::HashMap;
use std::hash::Hash;

/// One matching block: `a[i..i + size] == b[j..j + size]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Match {
    pub i: usize,
    pub j: usize,
    pub size: usize,
}

/// `SequenceMatcher(None, a, b)` with `autojunk=True`.
pub struct SequenceMatcher<'a, T> {
    a: &'a [T],
    b: &'a [T],
    /// Positions of each element of `b`, popular elements removed.
    b2j: HashMap<&'a T, Vec<usize>>,
}

impl<'a, T: Eq + Hash> SequenceMatcher<'a, T> {
    pub fn new(a: &'a [T], b: &'a [T]) -> Self {
        let mut b2j: HashMap<&T, Vec<usize>> = HashMap::new();
        for (i, elt) in b.iter().enumerate() {
            b2j.entry(elt).or_default().push(i);
        }
        let n = b.len();
        if n >= 200 {
            let ntest = n / 100 + 1;
            b2j.retain(|_, idxs| idxs.len() <= ntest);
        }
        SequenceMatcher { a, b, b2j }
    }

    #[allow(clippy::needless_range_loop)] // mirrors the Python loop over `i`
    /// Longest matching block in `a[alo..ahi]` x `b[blo..bhi]`; among equals the
    /// one starting earliest in `a`, then earliest in `b`.
    pub fn find_longest_match(&self, alo: usize, ahi: usize, blo: usize, bhi: usize) -> Match {
        let (a, b) = (self.a, self.b);
        let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0usize);
        // j2len[j] = length of the longest match ending with a[i-1] and b[j].
        let mut j2len: HashMap<usize, usize> = HashMap::new();
        let mut newj2len: HashMap<usize, usize> = HashMap::new();
        for i in alo..ahi {
            newj2len.clear();
            if let Some(js) = self.b2j.get(&a[i]) {
                for &j in js {
                    if j < blo {
                        continue;
                    }
                    if j >= bhi {
                        break;
                    }
                    let k = j
                        .checked_sub(1)
                        .and_then(|p| j2len.get(&p))
                        .copied()
                        .unwrap_or(0)
                        + 1;
                    newj2len.insert(j, k);
                    if k > bestsize {
                        besti = i + 1 - k;
                        bestj = j + 1 - k;
                        bestsize = k;
                    }
                }
            }
            std::mem::swap(&mut j2len, &mut newj2len);
        }
        // Extend over equal elements at both ends. With no junk function no
        // element is junk, so these loops absorb equal (possibly popular)
        // neighbours; the two junk-only loops of the original are no-ops.
        while besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1] {
            besti -= 1;
            bestj -= 1;
            bestsize += 1;
        }
        while besti + bestsize < ahi
            && bestj + bestsize < bhi
            && a[besti + bestsize] == b[bestj + bestsize]
        {
            bestsize += 1;
        }
        Match {
            i: besti,
            j: bestj,
            size: bestsize,
        }
    }

    /// Matching blocks in order, adjacent blocks collapsed, ending with the
    /// `(len(a), len(b), 0)` sentinel as in Python.
    pub fn matching_blocks(&self) -> Vec<Match> {
        let (la, lb) = (self.a.len(), self.b.len());
        let mut queue = vec![(0, la, 0, lb)];
        let mut blocks = Vec::new();
        while let Some((alo, ahi, blo, bhi)) = queue.pop() {
            let m = self.find_longest_match(alo, ahi, blo, bhi);
            if m.size > 0 {
                blocks.push(m);
                if alo < m.i && blo < m.j {
                    queue.push((alo, m.i, blo, m.j));
                }
                if m.i + m.size < ahi && m.j + m.size < bhi {
                    queue.push((m.i + m.size, ahi, m.j + m.size, bhi));
                }
            }
        }
        blocks.sort();
        let mut collapsed: Vec<Match> = Vec::with_capacity(blocks.len() + 1);
        for m in blocks {
            match collapsed.last_mut() {
                Some(last) if last.i + last.size == m.i && last.j + last.size == m.j => {
                    last.size += m.size
                }
                _ => collapsed.push(m),
            }
        }
        collapsed.push(Match {
            i: la,
            j: lb,
            size: 0,
        });
        collapsed
    }

    /// `2 * M / T`, where `M` is the number of matched elements and `T` the
    /// total length; 1.0 for two empty sequences.
    pub fn ratio(&self) -> f64 {
        let matches: usize = self.matching_blocks().iter().map(|m| m.size).sum();
        let length = self.a.len() + self.b.len();
        if length == 0 {
            1.0
        } else {
            2.0 * matches as f64 / length as f64
        }
    }
}

/// `SequenceMatcher(None, a, b).ratio()` over the code points of two strings.
pub fn ratio(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    SequenceMatcher::new(&a, &b).ratio()
}
