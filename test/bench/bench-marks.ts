/** User-timing marks the bench page sets (bench-page.ts) and the runner finds in its trace (on-screen.ts). */
export const START_MARK = 'backstory-bench-start';
/** In the animation-frame callback of the first frame after the work: that frame's rendering begins. */
export const FRAME_MARK = 'backstory-bench-frame';
/** Once the main thread has rendered that frame (the task after it). */
export const PAINTED_MARK = 'backstory-bench-painted';
