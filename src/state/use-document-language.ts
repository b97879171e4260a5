import { useEffect } from "react";
import type { Language } from "@/story/model/vocabulary.ts";

/** `<html lang>` and the tab title follow the reader's language, for screen readers and search. */
export function useDocumentLanguage(lang: Language, title: string) {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
}
