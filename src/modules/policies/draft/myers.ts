/**
 * Myers' O((N+M)·D) shortest edit script over integer sequences, with a cap on D so that very
 * different inputs fail fast instead of using quadratic time and memory.
 */

/** One step of an edit script (see EQUAL, DELETE, INSERT). */
export type EditStep = 0 | 1 | 2;
/** Step code: a[i] kept (equal to b[j]). */
export const EQUAL: EditStep = 0;
/** Step code: a[i] deleted. */
export const DELETE: EditStep = 1;
/** Step code: b[j] inserted. */
export const INSERT: EditStep = 2;

/** The edit script turning `a` into `b` (one step per element), or null when more than `maxD` edits are needed. */
export function editScript(a: ArrayLike<number>, b: ArrayLike<number>, maxD: number): EditStep[] | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(maxD, n + m);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0)) ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, d);
    }
  }
  return null;
}

/** The number of edits (D) between `a` and `b`, or null when above `maxD`; uses O(N+M) memory. */
export function editDistance(a: ArrayLike<number>, b: ArrayLike<number>, maxD: number): number | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(maxD, n + m);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  for (let d = 0; d <= limit; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0)) ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return null;
}

function backtrack(trace: readonly Int32Array[], n: number, m: number, dEnd: number): EditStep[] {
  const steps: EditStep[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const prev = trace[d] ?? new Int32Array(0);
    const at = (k: number): number => prev[k + d + 1] ?? 0;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      steps.push(EQUAL);
      x--;
      y--;
    }
    steps.push(prevK === k + 1 ? INSERT : DELETE);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    steps.push(EQUAL);
    x--;
    y--;
  }
  return steps.reverse();
}
