/** The median of a list of numbers (NaN when empty). */
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
/** The 95th percentile: the value 95 % of samples are at or below. */
export const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
};

/** One frame of a 60 Hz display, which headless Chromium's frames keep to. */
export const FRAME_MS = 1000 / 60;

/**
 * Frame times in whole frames of the display: requestAnimationFrame's times fall on the
 * display's frames, give or take the timer's jitter, so a frame drawn in time reads 16.6 to
 * 16.9 ms and one that missed a frame 33.3. Read as they are, a p95 of frames all drawn in
 * time could read 16.8 against a budget of 16.7; counted in frames, it reads one frame.
 */
export const inWholeFrames = (deltas: number[]) =>
  deltas.map((delta) => Math.max(1, Math.round(delta / FRAME_MS)) * FRAME_MS);
