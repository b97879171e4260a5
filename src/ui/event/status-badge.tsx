import { useMessages } from "@/state/story-context.tsx";
import type { ClaimStatus } from "@/story/model/types.ts";

/** The claim's status in words (never by colour alone), with its meaning on hover. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  const messages = useMessages();
  return (
    <span className={`status-badge status-badge--${status}`} title={messages.statusHelp[status]}>
      <span className="visually-hidden">{`${messages.statusLabel}: `}</span>
      {messages.status[status]}
    </span>
  );
}
