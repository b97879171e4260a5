/**
 * The layers of src/, from the bottom up. A folder may import its own files and the layers
 * below it, never one above; features sit side by side and never import each other (what two
 * of them share moves down, into ui/ or state/). ESLint builds its import rules from this
 * table (eslint.config.js), and tests/unit/architecture checks the folder graph has no cycle.
 * Plain JavaScript, because eslint.config.js reads it without a TypeScript loader.
 */

/** Folders in import order: each entry may import the entries before it. */
const ORDER = [
  { name: "lib", folders: ["lib"], about: "no React, no state: routes, escaping, dates, markup" },
  { name: "story/model", folders: ["story/model"], about: "the story's browser types and lookups" },
  {
    name: "story/authoring",
    folders: ["story/authoring"],
    about: "zod schema, YAML, validation, import: Node and the studio only",
  },
  { name: "i18n", folders: ["i18n"], about: "locale files, messages, Intl formatting" },
  { name: "state", folders: ["state"], about: "the per-story store, URL state, selection" },
  { name: "ui", folders: ["ui"], about: "widgets that know no feature, and shared event parts" },
  {
    name: "features",
    folders: ["features/*"],
    about: "timeline, events, explainers, viewpoints, embed, embed-builder, studio",
  },
  { name: "app", folders: ["app"], about: "entries and shells: composes the features" },
];

/** Every top-level unit a path can belong to, for the rules below. */
const UNITS = ["lib", "story/model", "story/authoring", "i18n", "state", "ui", "features", "app"];

/** Which units read zod, yaml and markdown-it: the authoring code, and the studio that runs it in a page. */
export const SCHEMA_LIBRARIES = ["zod", "yaml", "markdown-it", "@/story/authoring"];
const MAY_LOAD_SCHEMA = new Set(["story/authoring", "features/studio"]);

/** One entry per folder pattern, with the @/ paths it must not import. */
export const LAYERS = [
  ...ORDER.flatMap((layer, i) => {
    const below = new Set(ORDER.slice(0, i).map((l) => l.name));
    // Authoring code is a layer of its own beside the model: browser layers above it skip it.
    if (layer.name !== "story/authoring") below.delete("story/authoring");
    const forbidden = UNITS.filter((unit) => unit !== layer.name && !below.has(unit));
    if (layer.name === "features") {
      // Each feature folder: every other feature is forbidden; the studio may use authoring.
      return [];
    }
    return [
      {
        name: layer.name,
        folders: layer.folders,
        forbidden: forbidden.map(escape),
        allowedText: [...below].join(", ") || "itself",
        schemaLibraries: MAY_LOAD_SCHEMA.has(layer.name),
      },
    ];
  }),
  ...FEATURES().map((feature) => ({
    name: `features/${feature}`,
    folders: [`features/${feature}`],
    forbidden: [
      "app",
      `features/(?!${escape(feature)}/)[^/]+`,
      ...(feature === "studio" ? [] : ["story/authoring"]),
    ],
    allowedText: "lib, story/model, i18n, state and ui",
    schemaLibraries: MAY_LOAD_SCHEMA.has(`features/${feature}`),
  })),
  {
    name: "embed-loader",
    folders: ["embed-loader"],
    // The host page's loader: tiny, no React, nothing of the app's.
    forbidden: UNITS.filter((unit) => unit !== "lib").map(escape),
    allowedText: "lib",
    schemaLibraries: false,
  },
];

function FEATURES() {
  return ["timeline", "events", "explainers", "viewpoints", "embed", "embed-builder", "studio"];
}

function escape(path) {
  return path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export const LAYER_ORDER = ORDER;
