/** Is (score a, blocked a, id a) ranked below (b)? Unblocked first, then higher score, then smaller id. */
function ranksBelow(scoreA: number, blockedA: number, idA: string, scoreB: number, blockedB: number, idB: string): boolean {
  if (blockedA !== blockedB) return blockedA > blockedB;
  if (scoreA !== scoreB) return scoreA < scoreB;
  return idA > idB;
}

/**
 * Keeps the best k (slot, score, blocked) entries seen, in O(log k) per offer, in the same order as
 * compareMatchResults. The root is the worst kept entry, so most offers are rejected with one comparison.
 */
export class TopKHeap {
  size = 0;
  private readonly slots: Int32Array;
  private readonly scores: Float64Array;
  private readonly blocked: Uint8Array;
  private readonly ids: string[];

  constructor(readonly k: number) {
    this.slots = new Int32Array(k);
    this.scores = new Float64Array(k);
    this.blocked = new Uint8Array(k);
    this.ids = new Array<string>(k).fill('');
  }

  /** True once k unblocked entries are kept: no blocked entry can enter any more. */
  get isFullOfUnblocked(): boolean {
    return this.size === this.k && (this.k === 0 || this.blocked[0] === 0);
  }

  /**
   * True when no entry with at most this score, blocked at least this much, can enter: the heap is full and its
   * worst entry ranks above it whatever the id.
   */
  rejects(bestScore: number, isBlocked: number): boolean {
    if (this.size < this.k) return false;
    const worstBlocked = this.blocked[0]!;
    if (isBlocked !== worstBlocked) return isBlocked > worstBlocked;
    return bestScore < this.scores[0]!;
  }

  offer(slot: number, score: number, isBlocked: number, id: string): void {
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!ranksBelow(score, isBlocked, id, this.scores[parent]!, this.blocked[parent]!, this.ids[parent]!)) break;
        this.move(parent, i);
        i = parent;
      }
      this.set(i, slot, score, isBlocked, id);
      return;
    }
    if (this.k === 0 || !ranksBelow(this.scores[0]!, this.blocked[0]!, this.ids[0]!, score, isBlocked, id)) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      let worst = left;
      if (right < this.size && ranksBelow(this.scores[right]!, this.blocked[right]!, this.ids[right]!, this.scores[left]!, this.blocked[left]!, this.ids[left]!)) {
        worst = right;
      }
      if (!ranksBelow(this.scores[worst]!, this.blocked[worst]!, this.ids[worst]!, score, isBlocked, id)) break;
      this.move(worst, i);
      i = worst;
    }
    this.set(i, slot, score, isBlocked, id);
  }

  /** Kept entries, best first. */
  sorted(): Array<{ slot: number; score: number; isBlocked: boolean }> {
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort((a, b) =>
      ranksBelow(this.scores[a]!, this.blocked[a]!, this.ids[a]!, this.scores[b]!, this.blocked[b]!, this.ids[b]!) ? 1 : -1,
    );
    return order.map((i) => ({ slot: this.slots[i]!, score: this.scores[i]!, isBlocked: this.blocked[i] === 1 }));
  }

  private move(from: number, to: number): void {
    this.set(to, this.slots[from]!, this.scores[from]!, this.blocked[from]!, this.ids[from]!);
  }

  private set(i: number, slot: number, score: number, isBlocked: number, id: string): void {
    this.slots[i] = slot;
    this.scores[i] = score;
    this.blocked[i] = isBlocked;
    this.ids[i] = id;
  }
}
