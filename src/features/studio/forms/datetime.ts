/**
 * published/updated times: ISO with an offset in the YAML (2025-12-03T09:00:00+01:00), a
 * datetime-local input's wall time (2025-12-03T09:00) in the form. The offset written is the
 * story's time zone's at that moment, so a summer time gets +02:00 in Oslo.
 */

const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export interface SplitTime {
  /** What a datetime-local input shows: 2025-12-03T09:00. */
  local: string;
  seconds: string;
  offset: string;
}

/** The parts of an ISO time with offset, or undefined when the text is not one. */
export function splitIso(value: string): SplitTime | undefined {
  const match = ISO_WITH_OFFSET.exec(value);
  if (!match) return undefined;
  return { local: match[1] ?? "", seconds: match[2] ?? ":00", offset: match[3] ?? "Z" };
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Minutes east of UTC in `timeZone` at an instant; throws on an unknown time zone. */
function offsetMinutesAt(instant: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? "");
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

/** The offset of `timeZone` at a wall time there, or undefined for an unknown time zone. */
export function offsetAt(local: string, timeZone: string): string | undefined {
  const match = LOCAL.exec(local);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  try {
    // The offset at the wall time read as UTC, then at the instant it gives: right across DST.
    const first = offsetMinutesAt(wall, timeZone);
    return formatOffset(offsetMinutesAt(wall - first * 60_000, timeZone));
  } catch {
    return undefined;
  }
}

/** The ISO time for a datetime-local value, with the story's offset at that time. */
export function joinIso(local: string, timeZone: string, previous: string): string {
  const before = splitIso(previous);
  const offset = offsetAt(local, timeZone) ?? before?.offset ?? "+00:00";
  const seconds = before && before.local === local ? before.seconds : ":00";
  return `${local}${seconds}${offset}`;
}
