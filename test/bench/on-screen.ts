/**
 * When a measured frame reached the screen, read from a light Chromium trace (categories
 * TRACE_CATEGORIES: the page's user-timing marks and the display compositor's draws, nothing on the
 * page's main thread beyond the marks). The page marks where the measurement starts and, in its
 * animation-frame callback, where the first frame after the work begins (bench-page.ts); that frame
 * is on screen at the end of the first draw-and-swap that begins after it: the main thread renders
 * and commits the frame, the compositor rasters and draws it, and a headless browser draws only
 * when something changed (a bench page changes only through the work measured). Not the message
 * the page receives once the frame is rendered: the compositor may draw before it is delivered.
 * When no draw follows, the frame had nothing new for the screen (a long page whose part in view
 * was painted before the rest was read): everything was on screen once that frame was rendered.
 */
import { FRAME_MARK, PAINTED_MARK, START_MARK } from './bench-marks';

/** A Chromium trace event, as CDP's Tracing.dataCollected delivers it. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
}

export const TRACE_CATEGORIES = 'blink.user_timing,viz';
const SWAP = 'Display::DrawAndSwap';

/** Milliseconds from the start mark to the frame on screen; throws when the trace cannot tell. */
export function onScreenMs(events: readonly TraceEvent[]): number {
  const mark = (name: string) => events.find((event) => event.name === name && event.cat.includes('blink.user_timing'));
  const start = mark(START_MARK);
  const frame = mark(FRAME_MARK);
  if (start === undefined || frame === undefined) throw new Error(`the trace lacks the page's marks (${START_MARK}, ${FRAME_MARK})`);
  let end = Infinity;
  for (const event of events) {
    if (event.name !== SWAP || event.ts < frame.ts) continue;
    if (event.ph === 'X') end = Math.min(end, event.ts + (event.dur ?? 0));
    else if (event.ph === 'E') end = Math.min(end, event.ts);
  }
  if (end === Infinity) {
    const painted = mark(PAINTED_MARK);
    if (painted === undefined) throw new Error(`no ${SWAP} after the frame began, and no ${PAINTED_MARK} mark: the trace cannot say when the frame was done`);
    end = painted.ts;
  }
  return (end - start.ts) / 1000;
}
