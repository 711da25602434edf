// The sandbox's clock and its queue of things due: virtual time that tests move with advance(), or real time
// (optionally sped up) once the sandbox listens.

/** How the sandbox keeps time. */
export type SandboxClock =
  /** Virtual time: nothing happens until advance() or idle(). `start` is the first instant (default: now, to the second). */
  | { mode: 'virtual'; start?: string | number | Date }
  /** Real time, `speed` times as fast (default 1): a run whose steps take minutes plays out in seconds at speed 60. */
  | { mode: 'real'; speed?: number };

interface Task {
  at: number;
  seq: number;
  run: () => Promise<void> | void;
  timer?: ReturnType<typeof setTimeout>;
  /** Cancelled or taken: the heap drops it when it reaches the top. */
  done: boolean;
}

/** The queue of tasks due at instants of the sandbox's clock. */
export interface Scheduler {
  /** The sandbox's current instant, in epoch milliseconds. */
  now(): number;
  /** Runs `run` at instant `at` (epoch ms; now if in the past); returns a function that cancels it. */
  at(at: number, run: () => Promise<void> | void): () => void;
  /** Virtual time only: runs everything due within `ms`, in order, then sets the clock `ms` later. */
  advance(ms: number): Promise<void>;
  /** Resolves when nothing is scheduled and nothing is running; virtual time jumps from one task to the next. */
  idle(): Promise<void>;
  /** Switches virtual time that was not given explicitly to real time (what `listen` does). */
  goReal(speed?: number): void;
  readonly mode: 'virtual' | 'real';
  /** Drops every task. */
  close(): void;
}

/**
 * A scheduler over the clock `clock` describes. `explicit` says whether the user chose the clock (then listen
 * keeps it).
 *
 * @example
 *   const scheduler = createScheduler({ mode: 'virtual', start: '2026-04-28T10:30:00Z' }, true);
 *   scheduler.at(scheduler.now() + 1000, () => console.log('a second later'));
 *   await scheduler.advance(1000);
 */
export function createScheduler(clock: SandboxClock, explicit: boolean): Scheduler {
  let mode: 'virtual' | 'real' = clock.mode;
  let speed = clock.mode === 'real' ? checkSpeed(clock.speed ?? 1) : 1;
  let virtualNow = clock.mode === 'virtual' ? startOf(clock.start) : 0;
  // Real mode: the sandbox instant `anchor` was the wall-clock instant `wallAnchor`.
  let anchor = clock.mode === 'real' ? Date.now() : 0;
  let wallAnchor = anchor;
  const tasks = new TaskHeap();
  let seq = 0;
  let running = 0;
  let waiters: (() => void)[] = [];
  let closed = false;

  const now = (): number => (mode === 'virtual' ? virtualNow : anchor + (Date.now() - wallAnchor) * speed);
  const settle = (): void => {
    if (tasks.size > 0 || running > 0) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };
  const execute = async (task: Task): Promise<void> => {
    running++;
    try {
      await task.run();
    } finally {
      running--;
      settle();
    }
  };
  const arm = (task: Task): void => {
    const wait = Math.max(0, (task.at - now()) / speed);
    task.timer = setTimeout(() => {
      if (remove(task)) void execute(task);
    }, wait);
  };
  const remove = (task: Task): boolean => tasks.remove(task);
  const earliest = (): Task | undefined => tasks.peek();

  return {
    now,
    get mode() {
      return mode;
    },
    at(at, run) {
      if (closed) return () => undefined;
      const task: Task = { at: Math.max(at, now()), seq: seq++, run, done: false };
      tasks.push(task);
      if (mode === 'real') arm(task);
      return () => {
        if (task.timer !== undefined) clearTimeout(task.timer);
        if (remove(task)) settle();
      };
    },
    async advance(ms) {
      if (mode !== 'virtual') throw new Error('sandbox.advance: the sandbox runs on real time (it listens without a virtual clock); advance() moves virtual time only. Pass clock: { mode: "virtual" } to createSandbox.');
      if (!(Number.isFinite(ms) && ms >= 0)) throw new RangeError(`sandbox.advance: ms must be a number ≥ 0, not ${String(ms)}.`);
      const target = virtualNow + ms;
      for (let task = earliest(); task !== undefined && task.at <= target; task = earliest()) {
        remove(task);
        virtualNow = Math.max(virtualNow, task.at);
        await execute(task);
      }
      virtualNow = target;
    },
    async idle() {
      if (mode === 'virtual') {
        for (let task = earliest(); task !== undefined; task = earliest()) {
          remove(task);
          virtualNow = Math.max(virtualNow, task.at);
          await execute(task);
        }
      }
      if (tasks.size === 0 && running === 0) return;
      await new Promise<void>((resolve) => waiters.push(resolve));
    },
    goReal(newSpeed) {
      if (explicit || mode === 'real') return;
      speed = checkSpeed(newSpeed ?? 1);
      anchor = virtualNow;
      wallAnchor = Date.now();
      mode = 'real';
      for (const task of tasks.pending()) arm(task);
    },
    close() {
      closed = true;
      for (const task of tasks.pending()) {
        if (task.timer !== undefined) clearTimeout(task.timer);
        tasks.remove(task);
      }
      settle();
    },
  };
}

/** A binary min-heap of tasks by (at, seq): the earliest task in O(log n), so a run of thousands of entries plays in time. */
class TaskHeap {
  private readonly heap: Task[] = [];
  private live = 0;

  get size(): number {
    return this.live;
  }

  push(task: Task): void {
    this.heap.push(task);
    this.live++;
    let index = this.heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(this.heap[index] as Task, this.heap[parent] as Task)) break;
      [this.heap[index], this.heap[parent]] = [this.heap[parent] as Task, this.heap[index] as Task];
      index = parent;
    }
  }

  /** The earliest live task, without taking it. */
  peek(): Task | undefined {
    while (this.heap.length > 0 && (this.heap[0] as Task).done) this.pop();
    return this.heap[0];
  }

  /** Marks a task taken or cancelled; false if it already was. */
  remove(task: Task): boolean {
    if (task.done) return false;
    task.done = true;
    this.live--;
    return true;
  }

  pending(): Task[] {
    return this.heap.filter((task) => !task.done);
  }

  private pop(): void {
    const last = this.heap.pop() as Task;
    if (this.heap.length === 0) return;
    this.heap[0] = last;
    let index = 0;
    for (;;) {
      const [left, right] = [2 * index + 1, 2 * index + 2];
      let smallest = index;
      if (left < this.heap.length && before(this.heap[left] as Task, this.heap[smallest] as Task)) smallest = left;
      if (right < this.heap.length && before(this.heap[right] as Task, this.heap[smallest] as Task)) smallest = right;
      if (smallest === index) return;
      [this.heap[index], this.heap[smallest]] = [this.heap[smallest] as Task, this.heap[index] as Task];
      index = smallest;
    }
  }
}

function before(a: Task, b: Task): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

function startOf(start: string | number | Date | undefined): number {
  if (start === undefined) return Math.floor(Date.now() / 1000) * 1000;
  const value = start instanceof Date ? start.getTime() : typeof start === 'number' ? start : Date.parse(start);
  if (!Number.isFinite(value)) throw new TypeError(`createSandbox: clock.start ${JSON.stringify(String(start))} is not an instant.`);
  return value;
}

function checkSpeed(speed: number): number {
  if (!(Number.isFinite(speed) && speed > 0)) throw new RangeError(`createSandbox: clock speed must be a number > 0, not ${String(speed)}.`);
  return speed;
}
