/**
 * The end of the next frame, for the bench's pages: a message posted from an animation-frame
 * callback is delivered in the task after that frame's rendering (style, layout, paint, commit).
 * Resolves to `performance.now()` then. `onFrame` runs in the animation-frame callback, where the
 * frame begins.
 */
export const afterNextPaint = (onFrame?: () => void): Promise<number> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      onFrame?.();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now());
      };
      channel.port2.postMessage(null);
    }),
  );
