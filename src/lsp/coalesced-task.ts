// A task the server runs soon after it is asked for, once for a burst of asks, never twice at a
// time: an ask while it runs makes it run once more afterwards (the project rules, the index).
export class CoalescedTask {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly delayMs: number,
    private readonly stopped: () => boolean,
  ) {}

  schedule(): void {
    if (this.timer || this.stopped()) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, this.delayMs);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      await this.task();
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    }
  }
}
