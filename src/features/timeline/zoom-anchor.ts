/**
 * Where zooming in centres, in base pixels (zoom 1): the selected event if it is in view, else
 * the middle one of the events in view, else the event nearest the view; undefined only when
 * there are no events. Zooming around the view's centre, as it used to, could dive into an
 * empty stretch between events and leave the reader looking at nothing.
 *
 * @param events base pixels of the events, in any order
 * @param view the base pixels at the view's left and right edges
 * @param selected the selected event's base pixel, if one is selected
 */
export function zoomInAnchor(
  events: readonly number[],
  view: readonly [number, number],
  selected?: number,
): number | undefined {
  const [left, right] = view;
  if (selected !== undefined && selected >= left && selected <= right) return selected;
  const inView = events.filter((p) => p >= left && p <= right).sort((a, b) => a - b);
  if (inView.length > 0) return inView[Math.floor((inView.length - 1) / 2)];
  const centre = (left + right) / 2;
  let nearest: number | undefined;
  for (const p of events)
    if (nearest === undefined || Math.abs(p - centre) < Math.abs(nearest - centre)) nearest = p;
  return nearest;
}
