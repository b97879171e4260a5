// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { StoryForms } from "@/features/studio/forms/story-forms.tsx";
import { StudioLangContext } from "@/features/studio/i18n/studio-messages.ts";
import { analyzeStory } from "@/features/studio/model/analyze.ts";
import { ProblemList } from "@/features/studio/shell/problem-list.tsx";
import { StudioContext } from "@/features/studio/shell/studio-context.tsx";
import { createStudioStore } from "@/features/studio/shell/studio-store.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import { breakStory } from "../../helpers/story-source.ts";

const BROKEN = breakStory("date: 2025-11-21", "date: 2025-02-30");

/** The forms and the problem list over the broken story, as the studio shows them in `lang`. */
async function openBrokenDate(lang: Language, labels: { event: string; date: string }) {
  const store = createStudioStore({
    text: BROKEN,
    slug: "story",
    opened: { kind: "file", name: "story.yaml" },
    lang,
  });
  const analysis = analyzeStory(BROKEN, "story", lang);
  store.getState().setAnalysis(analysis);
  render(
    <StudioLangContext.Provider value={lang}>
      <StudioContext.Provider
        value={{ store, editorRef: { current: null }, canSaveToProject: false }}
      >
        <StoryForms data={analysis.data ?? {}} problems={analysis.problems} onEdit={() => {}} />
        <ProblemList tab="forms" onShowYaml={() => {}} onReveal={() => {}} />
      </StudioContext.Provider>
    </StudioLangContext.Provider>,
  );
  await userEvent.setup().click(screen.getByRole("button", { name: labels.event }));
  return {
    date: screen.getByRole("group", { name: labels.date }),
    list: screen.getByRole("list", { name: lang === "nb" ? "Problemer" : "Problems" }),
  };
}

describe("a broken date, in the studio's language", () => {
  it("reads in Norwegian at the field and in the problem list when the studio is in nb", async () => {
    const { date, list } = await openBrokenDate("nb", { event: "Første", date: "Dato" });
    const said = "ventet en dato som finnes i kalenderen, fant «2025-02-30»";
    expect(within(date).getByText(said, { exact: false })).toBeVisible();
    expect(within(list).getByText(said)).toBeVisible();
    expect(screen.queryByText(/expected a real calendar date/)).toBeNull();
  });

  it("reads in English when the studio is in en", async () => {
    const { date, list } = await openBrokenDate("en", { event: "First", date: "Date" });
    const said = 'expected a real calendar date, found "2025-02-30"';
    expect(within(date).getByText(said, { exact: false })).toBeVisible();
    expect(within(list).getByText(said)).toBeVisible();
    expect(screen.queryByText(/kalenderen/)).toBeNull();
  });
});
