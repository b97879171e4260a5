import { useEffect, useRef, useState } from "react";
import { useLang } from "@/state/story-context.tsx";
import type { StoryEvent } from "@/story/model/types.ts";

type Media = NonNullable<StoryEvent["media"]>;

/** An event's picture with its credit; if it cannot load, its alt text stands in its place. */
export function EventMedia({ media }: { media: Media }) {
  const lang = useLang();
  const [failed, setFailed] = useState(false);
  const imageRef = useRef<HTMLImageElement>(null);
  // A picture that failed before the page's script started fired its error unheard.
  useEffect(() => {
    const image = imageRef.current;
    if (!image) return;
    const fail = () => setFailed(true);
    if (image.complete && image.naturalWidth === 0) return fail();
    image.addEventListener("error", fail);
    return () => image.removeEventListener("error", fail);
  }, []);
  const caption = [media.caption?.[lang], media.credit].filter(Boolean).join(" · ");
  return (
    <figure className="event-media">
      {failed ? (
        <p className="event-media__fallback">{media.alt[lang]}</p>
      ) : (
        <img
          ref={imageRef}
          src={media.url}
          alt={media.alt[lang]}
          loading="lazy"
          decoding="async"
          onError={() => setFailed(true)}
        />
      )}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
