/** User-timing marks the bench page sets (bench-page.ts) and the runner finds in its trace (on-screen.ts). */
export const START_MARK = 'backstory-bench-start';
export const PAINTED_MARK = 'backstory-bench-painted';
