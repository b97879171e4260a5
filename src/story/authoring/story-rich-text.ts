import { fieldProblem, type FieldPath, type FieldProblem } from "./problem.ts";
import { createRichTextReader, type Unrendered, type UnrenderedKind } from "./rich-text.ts";
import type { StoryData } from "./schema.ts";
import type { Localized } from "@/story/model/types.ts";
import { LANGUAGES } from "@/story/model/vocabulary.ts";

/*
 * The story's rich-text fields (the ones the page renders with RichText: event text, explainer
 * summaries and paragraphs, viewpoint claims) rewritten in canonical form, and the markup in
 * them that will not be rendered, reported by field.
 *
 * Errors or warnings: images, code spans and <autolinks> are errors, because an author who typed
 * them meant markup we do not render, and no story or fixture has any. HTML tags and links to
 * anything but http(s) or mailto are warnings: they show safely as the text they are, can be
 * meant literally (a story about an attack may quote one), and the XSS fixture story is built of
 * them on purpose. Warnings are printed by `npm run validate` and stop nothing.
 */
const IS_ERROR: Record<UnrenderedKind, boolean> = {
  image: true,
  code: true,
  autolink: true,
  html: false,
  address: false,
};

/** What the author typed, on one line and short enough to read in a terminal. */
function quote(source: string): string {
  const line = source.replace(/\s+/g, " ");
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

function problemFor(path: FieldPath, { kind, source }: Unrendered): FieldProblem {
  if (kind === "address") {
    return source === ""
      ? fieldProblem(path, "linkNoAddress")
      : fieldProblem(path, "linkScheme", { source: quote(source) });
  }
  return fieldProblem(path, "unrenderedMarkup", { markup: kind, source: quote(source) });
}

export interface StoryText {
  story: StoryData;
  problems: FieldProblem[];
  warnings: FieldProblem[];
}

/** Rewrites the rich-text fields of a story the schema has accepted; other fields stay as they are. */
export function canonicalizeStoryText(story: StoryData): StoryText {
  const read = createRichTextReader();
  const problems: FieldProblem[] = [];
  const warnings: FieldProblem[] = [];
  const field = (path: FieldPath, text: Localized): Localized => {
    const out = { ...text };
    for (const language of LANGUAGES) {
      const { canonical, unrendered } = read(text[language]);
      out[language] = canonical;
      for (const found of unrendered) {
        const problem = problemFor([...path, language], found);
        (IS_ERROR[found.kind] ? problems : warnings).push(problem);
      }
    }
    return out;
  };

  return {
    story: {
      ...story,
      events: story.events.map((event, i) =>
        event.text ? { ...event, text: field(["events", i, "text"], event.text) } : event,
      ),
      explainers: story.explainers.map((explainer, i) => ({
        ...explainer,
        ...(explainer.summary && {
          summary: field(["explainers", i, "summary"], explainer.summary),
        }),
        body: explainer.body.map((paragraph, j) => field(["explainers", i, "body", j], paragraph)),
      })),
      viewpoints: story.viewpoints.map((viewpoint, i) => ({
        ...viewpoint,
        claims: viewpoint.claims.map((claim, j) => field(["viewpoints", i, "claims", j], claim)),
      })),
    },
    problems,
    warnings,
  };
}
