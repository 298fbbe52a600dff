// What d3-zoom needs of d3-transition, and nothing more. The client build resolves
// 'd3-transition' to this module (astro.config.mjs). The full module can tween colours, strings
// and styles, so it brings d3-color, d3-ease, d3-timer and most of d3-interpolate with it:
// 9 KB gzip of the timeline's 33 KB. The timeline runs one tween only, d3-zoom's own. d3-zoom
// still does the zooming: it interpolates the view (d3's interpolateZoom) and sends the zoom
// events. This module only drives the clock.
//
// The API is d3's, for what d3-zoom and zoom.ts call:
// - selection.transition(), .duration(ms), .call(fn, …args), .selection();
// - .on('start|end|interrupt.name', listener) and .tween(name, factory);
// - selection.interrupt() and interrupt(node).
// As in d3, a node runs one transition at a time. A new one interrupts the old when it starts.
// interrupt() stops one under way (its 'interrupt' listeners run) or cancels one not yet started.
// The ease is d3's default (cubic in-out).
import { selection, type Selection } from 'd3-selection';

type Callback = (this: Element, datum: unknown, index: number, group: Element[]) => void;
type TweenFactory = (this: Element, datum: unknown, index: number, group: Element[]) => ((t: number) => void) | null | undefined;

/** d3-transition's default duration. */
const DEFAULT_DURATION_MS = 250;

const easeCubicInOut = (t: number): number => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

/** A transition on one node, from the moment it is scheduled until it ends or is stopped. */
interface Run {
  /** Stops it: one under way hears 'interrupt'; one not yet started never starts. */
  stop(): void;
}

/** The transitions on each node: at most one under way, and any waiting for their first frame. */
const runs = new WeakMap<Element, Set<Run>>();

/** Stops every transition on `node`. */
export function interrupt(node: Element): void {
  for (const run of [...(runs.get(node) ?? [])]) run.stop();
}

class Transition {
  readonly #selection: Selection<Element, unknown, null, undefined>;
  #duration = DEFAULT_DURATION_MS;
  /** Listeners by "type.name", as d3 keys them (one per name; a later one replaces it). */
  readonly #listeners = new Map<string, Callback>();
  readonly #tweens = new Map<string, TweenFactory>();

  constructor(nodes: Selection<Element, unknown, null, undefined>) {
    this.#selection = nodes;
    const scheduledAt = performance.now();
    nodes.each((_, index, group) => this.#schedule(group[index] as Element, index, group as Element[], scheduledAt));
  }

  selection(): Selection<Element, unknown, null, undefined> {
    return this.#selection;
  }

  duration(ms: number): this {
    this.#duration = Math.max(0, ms);
    return this;
  }

  call(callback: (transition: this, ...rest: unknown[]) => void, ...rest: unknown[]): this {
    callback(this, ...rest);
    return this;
  }

  on(typenames: string, listener: Callback): this {
    for (const typename of typenames.trim().split(/\s+/)) this.#listeners.set(typename.includes('.') ? typename : `${typename}.`, listener);
    return this;
  }

  tween(name: string, factory: TweenFactory): this {
    this.#tweens.set(name, factory);
    return this;
  }

  #emit(type: 'start' | 'end' | 'interrupt', node: Element, index: number, group: Element[]): void {
    const datum = (node as { __data__?: unknown }).__data__;
    for (const [typename, listener] of this.#listeners) if (typename.startsWith(`${type}.`)) listener.call(node, datum, index, group);
  }

  /** Listeners and tweens are read at the first frame, as in d3: call() adds them after the transition is made. */
  #schedule(node: Element, index: number, group: Element[], scheduledAt: number): void {
    const onNode = runs.get(node) ?? new Set<Run>();
    runs.set(node, onNode);
    let frame = 0;
    let started = false;
    let steps: ((t: number) => void)[] = [];
    const run: Run = {
      stop: () => {
        if (!onNode.delete(run)) return;
        cancelAnimationFrame(frame);
        if (started) this.#emit('interrupt', node, index, group);
      },
    };
    const tick = (now: number) => {
      if (!started) {
        for (const other of [...onNode]) if (other !== run) other.stop();
        started = true;
        this.#emit('start', node, index, group);
        const datum = (node as { __data__?: unknown }).__data__;
        steps = [...this.#tweens.values()].map((factory) => factory.call(node, datum, index, group)).filter((step): step is (t: number) => void => typeof step === 'function');
      }
      const elapsed = this.#duration === 0 ? 1 : Math.min(1, (now - scheduledAt) / this.#duration);
      const eased = elapsed === 1 ? 1 : easeCubicInOut(elapsed);
      for (const step of steps) step(eased);
      if (!onNode.has(run)) return; // stopped by one of its own tweens or listeners
      if (elapsed < 1) {
        frame = requestAnimationFrame(tick);
        return;
      }
      onNode.delete(run);
      this.#emit('end', node, index, group);
    };
    onNode.add(run);
    frame = requestAnimationFrame(tick);
  }
}

// The two methods d3-transition adds to every selection.
Object.assign(selection.prototype, {
  transition(this: Selection<Element, unknown, null, undefined>) {
    return new Transition(this);
  },
  interrupt(this: Selection<Element, unknown, null, undefined>) {
    return this.each((_, index, group) => interrupt(group[index] as Element));
  },
});
