import { describe, expect, it } from 'vitest';
import { FRAME_MARK, PAINTED_MARK, START_MARK } from '../../bench/bench-marks';
import { onScreenMs, type TraceEvent } from '../../bench/on-screen';

const mark = (name: string, ts: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph: 'R', ts });
const swap = (ts: number, dur: number): TraceEvent => ({ name: 'Display::DrawAndSwap', cat: 'viz', ph: 'X', ts, dur });

describe('onScreenMs (the bench: when the frame after the work reached the screen)', () => {
  it('ends at the first draw-and-swap that begins after the frame after the work began, measured from the start mark', () => {
    const events = [mark(START_MARK, 1_000), swap(5_000, 1_000), mark(FRAME_MARK, 20_000), swap(26_000, 1_500), swap(40_000, 1_000)];
    expect(onScreenMs(events)).toBe(26.5);
  });

  it('ignores a swap of an earlier frame, however late it ends, and reads begin/end pairs', () => {
    const events = [
      mark(START_MARK, 0),
      swap(19_000, 3_000),
      mark(FRAME_MARK, 20_000),
      { name: 'Display::DrawAndSwap', cat: 'viz', ph: 'B', ts: 24_000 },
      { name: 'Display::DrawAndSwap', cat: 'viz', ph: 'E', ts: 25_000 },
    ];
    expect(onScreenMs(events)).toBe(25);
  });

  it('is the rendered frame when no draw follows it (nothing new for the screen)', () => {
    const events = [mark(START_MARK, 0), swap(5_000, 1_000), mark(FRAME_MARK, 20_000), mark(PAINTED_MARK, 23_000)];
    expect(onScreenMs(events)).toBe(23);
  });

  it('says so when the trace cannot tell', () => {
    expect(() => onScreenMs([mark(START_MARK, 0), swap(1_000, 100)])).toThrow(/marks/);
    expect(() => onScreenMs([mark(START_MARK, 0), swap(1_000, 100), mark(FRAME_MARK, 2_000)])).toThrow(/no Display::DrawAndSwap/);
    // A mark of another category with the same name is not the page's.
    expect(() => onScreenMs([{ ...mark(START_MARK, 0), cat: 'other' }, mark(FRAME_MARK, 1), swap(2, 1)])).toThrow(/marks/);
  });
});
