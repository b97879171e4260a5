import type { ClaimStatus } from "@/story/model/types.ts";
import { CLAIM_STATUSES } from "@/story/model/vocabulary.ts";

/**
 * The statuses a story's events have, in the order of CLAIM_STATUSES (surest first): the
 * timeline's key lists only these, since a key for marks the reader never meets is noise.
 */
export function statusesInUse(events: Iterable<{ status: ClaimStatus }>): ClaimStatus[] {
  const used = new Set<ClaimStatus>();
  for (const event of events) used.add(event.status);
  return CLAIM_STATUSES.filter((status) => used.has(status));
}
