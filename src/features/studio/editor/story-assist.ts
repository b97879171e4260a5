import type { CompletionContext, CompletionResult, Completion } from "@codemirror/autocomplete";
import type { Extension } from "@codemirror/state";
import { hoverTooltip } from "@codemirror/view";
import { parseDocument } from "yaml";
import { buildStoryJsonSchema } from "@/story/authoring/json-schema.ts";
import {
  descriptionAt,
  keysAt,
  referenceListAt,
  valuesAt,
  type JsonSchema,
} from "./schema-at-path.ts";
import { yamlContextAt } from "./yaml-path.ts";

/**
 * Completion and hover for story.yaml, from the story's JSON Schema (built from the zod schema,
 * so it always matches what `npm run validate` checks). The descriptions are the schema's, in
 * English: they are the authoring guide's words, not the studio's.
 */

let storySchema: JsonSchema | undefined;

/** The story's JSON Schema, built on first use (it walks the whole zod schema). */
export function storyJsonSchema(): JsonSchema {
  storySchema ??= buildStoryJsonSchema();
  return storySchema;
}

export interface AssistWords {
  /** Shown beside a key the story must have. */
  required: string;
}

let idsCache: { text: string; data: unknown } | undefined;

/** The ids in the story's list `list` (e.g. `sources`), as far as the text parses. */
export function knownIds(text: string, list: string): string[] {
  if (idsCache?.text !== text) {
    let data: unknown;
    try {
      data = parseDocument(text, { prettyErrors: false }).toJS();
    } catch {
      data = undefined;
    }
    idsCache = { text, data };
  }
  const { data } = idsCache;
  const entries = typeof data === "object" && data ? (data as Record<string, unknown>)[list] : [];
  if (!Array.isArray(entries)) return [];
  const ids = entries.map((entry: unknown) =>
    typeof entry === "object" && entry ? (entry as Record<string, unknown>).id : undefined,
  );
  return [...new Set(ids.filter((id): id is string => typeof id === "string" && id !== ""))];
}

const WORD = /^[\w$-]*$/;

function keyCompletions(path: readonly (string | number)[], words: AssistWords): Completion[] {
  return keysAt(storyJsonSchema(), path).map((key) => ({
    label: key.name,
    type: "property",
    apply: key.nested ? `${key.name}:` : `${key.name}: `,
    boost: key.required ? 1 : 0,
    ...(key.required ? { detail: words.required } : {}),
    ...(key.description === undefined ? {} : { info: key.description }),
  }));
}

function valueCompletions(text: string, path: readonly (string | number)[]): Completion[] {
  const schema = storyJsonSchema();
  const options: Completion[] = valuesAt(schema, path).map((value) => ({
    label: value,
    type: value === "true" || value === "false" ? "keyword" : "enum",
  }));
  const list = referenceListAt(schema, path);
  if (list !== undefined) {
    for (const id of knownIds(text, list))
      options.push({ label: id, type: "variable", detail: list });
  }
  return options;
}

/** The completion source: keys on a key position, closed values and known ids on a value. */
export function storyCompletions(words: () => AssistWords) {
  return (context: CompletionContext): CompletionResult | null => {
    const text = context.state.doc.toString();
    const at = yamlContextAt(text, context.pos);
    if (at.at === "text") return null;
    const typed = text.slice(at.from, context.pos);
    if (!WORD.test(typed) || (typed === "" && !context.explicit)) return null;
    // A list item's text is a key being typed when the list holds maps (`- da` in `events`).
    const onKey =
      at.at === "key" || (at.at === "item" && keysAt(storyJsonSchema(), at.path).length > 0);
    const options = onKey ? keyCompletions(at.path, words()) : valueCompletions(text, at.path);
    if (options.length === 0) return null;
    return { from: at.from, options, validFor: WORD };
  };
}

/** The key at `pos` and what it means, if the cursor is on a key the schema describes. */
export function keyDescriptionAt(
  text: string,
  pos: number,
): { from: number; to: number; description: string } | null {
  const at = yamlContextAt(text, pos);
  if (at.at !== "key" || at.key === "" || pos < at.from || pos > at.to) return null;
  const description = descriptionAt(storyJsonSchema(), [...at.path, at.key]);
  return description === undefined ? null : { from: at.from, to: at.to, description };
}

/** A tooltip with the description of the key under the pointer. */
export function storyKeyHover(): Extension {
  return hoverTooltip((view, pos) => {
    const found = keyDescriptionAt(view.state.doc.toString(), pos);
    if (!found) return null;
    return {
      pos: found.from,
      end: found.to,
      above: true,
      create: () => {
        const dom = document.createElement("div");
        dom.className = "yaml-editor-hover";
        dom.textContent = found.description;
        return { dom };
      },
    };
  });
}
