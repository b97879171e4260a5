import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { StudioApp } from "@/features/studio/shell/studio-app.tsx";
import { createNewStoryStudio } from "@/features/studio/shell/studio-store.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import "@/app/styles/all.css";

/** The studio speaks the browser's language when it is Norwegian (nb, nn, no), else English. */
function browserLanguage(): Language {
  const first = navigator.languages?.[0] ?? navigator.language ?? "nb";
  return /^(nb|nn|no)\b/i.test(first) ? "nb" : "en";
}

const root = document.getElementById("studio-root");
if (root) {
  const lang = browserLanguage();
  const store = createNewStoryStudio(lang);
  createRoot(root).render(
    <StrictMode>
      <StudioApp store={store} initialLang={lang} canSaveToProject={import.meta.env.DEV} />
    </StrictMode>,
  );
}
