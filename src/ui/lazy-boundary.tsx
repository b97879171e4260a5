import { Component, Suspense, type ErrorInfo, type ReactNode } from "react";
import { isChunkLoadError, reloadOnceForChunk } from "@/lib/chunk-reload.ts";
import { useMessages } from "@/state/story-context.tsx";

interface LazyBoundaryProps {
  /** What is shown while the code loads (by default nothing: the space is kept by CSS). */
  fallback?: ReactNode;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

function LazyFailed() {
  const messages = useMessages();
  return (
    <div className="region-failed" role="alert">
      <p>{messages.partFailedToLoad}</p>
      <p>
        <button
          type="button"
          className="tl-tool tl-tool--text"
          onClick={() => window.location.reload()}
        >
          {messages.reloadPage}
        </button>
      </p>
    </div>
  );
}

/**
 * Around every lazily loaded part (the wide timeline, the panels, the embed builder): while its
 * code loads, the page stays as it is; when the code cannot be loaded (a deploy removed the
 * old chunks, or the reader is offline), the page reloads once to get the new ones, or says
 * what failed and keeps the rest of the page. Never a white screen.
 */
export class LazyBoundary extends Component<LazyBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("A part of the story could not be loaded:", error, info.componentStack);
    if (isChunkLoadError(error)) reloadOnceForChunk();
  }

  override render() {
    if (this.state.failed) return <LazyFailed />;
    return <Suspense fallback={this.props.fallback ?? null}>{this.props.children}</Suspense>;
  }
}

/** Starts fetching a lazy part's code early (on hover); a failure here is left to the boundary. */
export function prefetch(load: () => Promise<unknown>): void {
  load().catch(() => undefined);
}
