import { lazy, Suspense, useState } from "react";
import { useMessages } from "../state/story-context.tsx";

const EmbedBuilderDialog = lazy(() => import("./embed-builder-dialog.tsx"));

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
        onPointerEnter={() => void import("./embed-builder-dialog.tsx")}
      >
        {messages.embed}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedBuilderDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
