// Runs an action per key at most once per interval: the first call runs at once, calls inside the interval collapse
// into one trailing run at its end. A fleet-wide rollout then refetches a page twice a second, not once per event.
export class KeyThrottle {
  private readonly last = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  run(key: string, action: () => void): void {
    if (this.timers.has(key)) return; // a trailing run is already scheduled and will see the latest state
    const since = this.now() - (this.last.get(key) ?? -Infinity);
    if (since >= this.intervalMs) {
      this.last.set(key, this.now());
      action();
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.last.set(key, this.now());
        action();
      }, this.intervalMs - since),
    );
  }

  clear(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.last.clear();
  }
}
