import { Component, type ErrorInfo, type ReactNode } from "react";
import { useMessages, useStoryIndex } from "@/state/story-context.tsx";

function RegionFailed() {
  const messages = useMessages();
  const { credit } = useStoryIndex().story;
  const href = credit.url ?? credit.publisherUrl;
  return (
    <div className="region-failed" role="alert">
      <p>{messages.regionFailed}</p>
      {href && (
        <p>
          <a href={href} rel="noopener noreferrer">
            {messages.readOriginal} ({credit.publisher})
          </a>
        </p>
      )}
    </div>
  );
}

interface State {
  failed: boolean;
}

/**
 * One part of the page that fails (bad data, a bug) shows a short message and a link to the
 * original article; the rest of the page stays. Never a white screen.
 */
export class RegionBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("A region of the story failed to render:", error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <RegionFailed /> : this.props.children;
  }
}
