import { describe, expect, it } from 'vitest';
import { createSliceClock } from '../../../lib/dom/slice-clock';

/** A window whose clock the test moves by hand; yielding goes through setTimeout. */
function fakeView(): { view: Window; advance(ms: number): void } {
  let time = 0;
  const view = { performance: { now: () => time }, setTimeout: globalThis.setTimeout } as unknown as Window;
  return { view, advance: (ms) => (time += ms) };
}

describe('createSliceClock', () => {
  it('gives the first slice its own, shorter budget, then the usual one', async () => {
    const { view, advance } = fakeView();
    const clock = createSliceClock(view, 5, 2);
    advance(2);
    expect(clock.due()).toBe(true);
    await clock.next();
    advance(2);
    expect(clock.due()).toBe(false);
    advance(3);
    expect(clock.due()).toBe(true);
    expect(clock.slices).toBe(2);
  });

  it('uses one budget for every slice by default', () => {
    const { view, advance } = fakeView();
    const clock = createSliceClock(view, 5);
    advance(4);
    expect(clock.due()).toBe(false);
    advance(1);
    expect(clock.due()).toBe(true);
  });
});
