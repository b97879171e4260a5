import { useEffect } from "react";
import { afterNextPaint } from "@/lib/after-next-paint.ts";
import type { Language } from "@/story/model/vocabulary.ts";

/** `<html lang>` and the tab title follow the reader's language, for screen readers and search. */
export function useDocumentLanguage(lang: Language, title: string) {
  // Set only when it changes: the title changes with every event a reader opens, and writing
  // `<html lang>` again, even unchanged, has the browser restyle and lay out the whole page
  // (text is shaped by its language), a third of a phone's tap.
  useEffect(() => {
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  }, [lang]);
  // The tab's title waits for the next paint: the browser hands it to its own process, a few
  // milliseconds a tap would otherwise spend before the card it opened shows.
  useEffect(
    () =>
      afterNextPaint(() => {
        document.title = title;
      }),
    [title],
  );
}
