import { lazy, useState } from "react";
import { useMessages } from "@/state/story-context.tsx";
import { LazyBoundary, prefetch } from "@/ui/lazy-boundary.tsx";

const loadDialog = () => import("./embed-builder-dialog.tsx");
const EmbedBuilderDialog = lazy(loadDialog);

/** Opens the embed builder; its code is fetched on the first press, not with the page. */
export function EmbedButton() {
  const messages = useMessages();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="tl-tool tl-tool--text embed-button"
        onClick={() => setOpen(true)}
        onPointerEnter={() => prefetch(loadDialog)}
      >
        {messages.embed}
      </button>
      {open && (
        <LazyBoundary>
          <EmbedBuilderDialog onClose={() => setOpen(false)} />
        </LazyBoundary>
      )}
    </>
  );
}
