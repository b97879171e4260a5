import { fieldProblem, type FieldPath, type FieldProblem } from "./problem.ts";
import { CLAIM_STATUSES, LANGUAGES } from "@/story/model/vocabulary.ts";
import { RESERVED_EVENT_IDS } from "@/lib/routes.ts";
import { checkDateSpans } from "./span-checks.ts";

/*
 * Checks that the schema alone cannot make: ids unique, every reference pointing at something
 * that exists, statuses backed by attribution. They read the raw YAML data defensively, so they
 * run even when the schema has found problems too, and an author sees every problem at once.
 */

type Collection =
  | "events"
  | "explainers"
  | "people"
  | "viewpoints"
  | "questions"
  | "sources"
  | "threads"
  | "annotations";

const COLLECTIONS: readonly Collection[] = [
  "events",
  "explainers",
  "people",
  "viewpoints",
  "questions",
  "sources",
  "threads",
  "annotations",
];

type Loose = Record<string, unknown>;

function asRecord(value: unknown): Loose {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Loose)
    : {};
}
function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export interface CrossCheckOptions {
  /** Whether a file exists in the story's folder; files are not checked when absent. */
  hasFile?: (name: string) => boolean;
}

export function crossCheckStory(data: unknown, options: CrossCheckOptions = {}): FieldProblem[] {
  const story = asRecord(data);
  const problems: FieldProblem[] = [];
  const image = asString(asRecord(asRecord(story.story).image).file);
  if (image !== undefined && options.hasFile && !options.hasFile(image)) {
    problems.push(fieldProblem(["story", "image", "file"], "imageFileMissing", { file: image }));
  }
  const ids = new Map<Collection, Set<string>>();

  for (const collection of COLLECTIONS) {
    const seen = new Map<string, number>();
    asList(story[collection]).forEach((item, index) => {
      const id = asString(asRecord(item).id);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push(
          fieldProblem([collection, index, "id"], "duplicateId", {
            id,
            first: `${collection}[${first}]`,
          }),
        );
      } else {
        seen.set(id, index);
      }
    });
    ids.set(collection, new Set(seen.keys()));
  }

  // Each event has a page of its own at /<slug>/<event-id>/, beside the story's other paths.
  asList(story.events).forEach((item, index) => {
    const id = asString(asRecord(item).id);
    if (id !== undefined && RESERVED_EVENT_IDS.has(id)) {
      problems.push(
        fieldProblem(["events", index, "id"], "reservedId", {
          reserved: [...RESERVED_EVENT_IDS].join(", "),
          id,
        }),
      );
    }
  });

  const checkRef = (path: FieldPath, target: Collection, value: unknown) => {
    const id = asString(value);
    if (id === undefined || ids.get(target)?.has(id)) return;
    problems.push(fieldProblem(path, "unknownReference", { collection: target, id }));
  };
  const checkRefs = (path: FieldPath, target: Collection, list: unknown) =>
    asList(list).forEach((id, index) => checkRef([...path, index], target, id));

  checkLanguages(asRecord(story.story), problems);
  problems.push(...checkDateSpans(story));

  asList(story.events).forEach((item, index) => {
    const event = asRecord(item);
    const at = ["events", index] as const;
    checkRefs([...at, "threads"], "threads", event.threads);
    checkRefs([...at, "explainers"], "explainers", event.explainers);
    checkRef([...at, "quote", "by"], "people", asRecord(event.quote).by);
    const attribution = asRecord(event.attribution);
    asList(attribution.reportedBy).forEach((report, i) =>
      checkRef(
        [...at, "attribution", "reportedBy", i, "source"],
        "sources",
        asRecord(report).source,
      ),
    );
    for (const key of ["notConfirmedBy", "disputedBy", "deniedBy"]) {
      checkRefs([...at, "attribution", key], "sources", attribution[key]);
    }
    problems.push(...checkStatus(event, at));
  });

  asList(story.explainers).forEach((item, index) => {
    const explainer = asRecord(item);
    checkRefs(["explainers", index, "sources"], "sources", explainer.sources);
    checkRefs(["explainers", index, "threads"], "threads", explainer.threads);
  });

  asList(story.viewpoints).forEach((item, index) => {
    const viewpoint = asRecord(item);
    const at = ["viewpoints", index] as const;
    checkRef([...at, "person"], "people", viewpoint.person);
    checkRef([...at, "question"], "questions", viewpoint.question);
    checkRef([...at, "saidTo"], "sources", viewpoint.saidTo);
    checkRefs([...at, "events"], "events", viewpoint.events);
    checkRefs([...at, "threads"], "threads", viewpoint.threads);
    if (asList(viewpoint.quotes).length === 0 && asList(viewpoint.claims).length === 0) {
      problems.push(fieldProblem([...at, "quotes"], "quoteOrClaim"));
    }
  });

  return problems;
}

function checkLanguages(meta: Loose, problems: FieldProblem[]) {
  if (!Array.isArray(meta.languages)) return; // the schema reports a missing list
  const languages = meta.languages.map((l) => asString(l));
  for (const language of LANGUAGES) {
    if (!languages.includes(language)) {
      problems.push(
        fieldProblem(["story", "languages"], "missingLanguage", {
          languages: LANGUAGES.join(", "),
          missing: language,
        }),
      );
    }
  }
  if (new Set(languages).size !== languages.length) {
    problems.push(fieldProblem(["story", "languages"], "languageTwice"));
  }
  const original = asString(asRecord(meta.credit).language);
  if (original !== undefined && languages[0] !== original) {
    const first = languages[0];
    problems.push(
      fieldProblem(["story", "languages", 0], "originalFirst", {
        original,
        found: first === undefined ? { kind: "nothing" } : { kind: "value", text: first },
      }),
    );
  }
}

/** A claim that is not confirmed must say who reports it, and a denial who denies it. */
function checkStatus(event: Loose, at: readonly [string, number]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const status = asString(event.status);
  const attribution = asRecord(event.attribution);
  const count = (key: string) => asList(attribution[key]).length;
  // An unknown status is the schema's to report; guessing what it needs would only add noise.
  if (status === undefined || !(CLAIM_STATUSES as readonly string[]).includes(status))
    return problems;
  if (status !== "confirmed" && count("reportedBy") === 0) {
    problems.push(fieldProblem([...at, "attribution", "reportedBy"], "noReporter", { status }));
  }
  if (status === "denied" && count("deniedBy") === 0) {
    problems.push(fieldProblem([...at, "attribution", "deniedBy"], "noDenier"));
  }
  if (status === "disputed" && count("disputedBy") + count("deniedBy") === 0) {
    problems.push(fieldProblem([...at, "attribution", "disputedBy"], "noDisputer"));
  }
  return problems;
}
