/** Runs `work` once the browser has painted the current frame (at once where there are no frames, as in jsdom). */
export function afterPaint(work: () => void): () => void {
  if (typeof requestAnimationFrame !== "function") {
    work();
    return () => undefined;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  // the frame callback runs before that frame's paint; the timeout after it
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
