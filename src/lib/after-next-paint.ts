/**
 * Runs `task` just after the browser's next paint (the frame, then a task after it), and returns
 * a function that cancels it. For what a reader does not see change (the address bar, the tab's
 * title): React runs a click's effects before that paint, and these would delay it.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
