from difflib import SequenceMatcher
import random, json
random.seed(7)
cases = [("", ""), ("a", ""), ("abc", "abc"), ("abcd", "bcde"), ("private thread", "pirate thread"),
 ("ministry health belarus", "ministry health kazakhstan"), ("sinopharm", "sinofarm"),
 ("qwertyuiop", "poiuytrewq"), ("abxcd", "abcd"), ("aaaa", "aa"), ("ab ab ab", "ba ba"),
 ("минздрав рк", "minzdrav rk"), ("alexander lukashenko", "aleksandr lukashenko"),
 ("tide", "diet"), ("abcabcabc", "cba")]
def rnd(alpha, n):
    return "".join(random.choice(alpha) for _ in range(n))
# long strings exercise autojunk (b >= 200) where popular chars leave the index
for n in (199, 200, 250, 420):
    a = rnd("ab c", n); b = rnd("ab cd", n)
    cases.append((a, b))
    cases.append((rnd("abcdefghij  ", n), rnd("abcdefghij  ", n)))
cases.append(("x" * 150 + "y" * 150, "y" * 150 + "x" * 150))
cases.append(("ab" * 120, "ba" * 130))
for a, b in cases:
    sm = SequenceMatcher(None, a, b)
    print(json.dumps([a, b, repr(sm.ratio()), [list(m) for m in sm.get_matching_blocks()]], ensure_ascii=False))
