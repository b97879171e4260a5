import { createContext, useContext } from "react";
import type { ProblemTemplates } from "@/story/authoring/problem.ts";
import type { Language } from "@/story/model/vocabulary.ts";
import checksEn from "./checks.en.json";
import checksNb from "./checks.nb.json";
import editorEn from "./editor.en.json";
import editorNb from "./editor.nb.json";
import formsEn from "./forms.en.json";
import formsNb from "./forms.nb.json";
import problemsEn from "./problems.en.json";
import problemsNb from "./problems.nb.json";
import shellEn from "./shell.en.json";
import shellNb from "./shell.nb.json";

/*
 * The studio's words, in nb and en, one pair of files per part of the studio (shell, editor,
 * forms, checks, the validator's problems), merged here. Typed against nb, so a key missing in
 * English fails the type check.
 */
const nb = { ...shellNb, ...editorNb, ...formsNb, ...checksNb, ...problemsNb };
export type StudioMessages = typeof nb;
const en: StudioMessages = { ...shellEn, ...editorEn, ...formsEn, ...checksEn, ...problemsEn };

const MESSAGES: Record<Language, StudioMessages> = { nb, en };

export function getStudioMessages(lang: Language): StudioMessages {
  return MESSAGES[lang];
}

/**
 * The validator's problems in the studio's words: its code or word `key` is the message
 * `problem_<key>` (problems.*.json), for renderProblem.
 */
export function getProblemTemplates(lang: Language): ProblemTemplates {
  const messages: Record<string, unknown> = MESSAGES[lang];
  return (key) => {
    const template = messages[`problem_${key}`];
    return typeof template === "string" ? template : undefined;
  };
}

/** The studio's own interface language (the browser's first, switchable). */
export const StudioLangContext = createContext<Language>("nb");

export function useStudioLang(): Language {
  return useContext(StudioLangContext);
}

export function useStudioMessages(): StudioMessages {
  return getStudioMessages(useStudioLang());
}
