import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { LAYERS, SCHEMA_LIBRARIES } from "./scripts/lib/layers.js";

/**
 * The layers of src/ import one way, from the top down (see LAYERS): each folder may import
 * only those below it, and features never import each other. One rule per folder, made from
 * that table, so the README, this file and the architecture test cannot disagree.
 */
const layerRules = LAYERS.map((layer) => ({
  files: layer.folders.map((folder) => `src/${folder}/**/*.{ts,tsx}`),
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: "^\\.\\./",
            message: "Import from outside this folder with the @/ alias, not ../ paths.",
          },
          ...(layer.forbidden.length > 0
            ? [
                {
                  regex: `^@/(${layer.forbidden.join("|")})(/|$)`,
                  message: `${layer.name} may import only ${layer.allowedText}: layers import one way (scripts/lib/layers.js).`,
                },
              ]
            : []),
          ...(layer.schemaLibraries
            ? []
            : [
                {
                  regex: `^(${SCHEMA_LIBRARIES.join("|")})(/|$)`,
                  message:
                    "zod, yaml and the authoring code stay out of the reader's bundle; only the studio and Node scripts load them.",
                },
              ]),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "dist.*/",
      "tmp-debug/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      "bench/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Story text must never reach the page as HTML.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Story text is rendered as text, never as HTML.",
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: "Story text is rendered as text, never as HTML.",
        },
      ],
    },
  },
  ...layerRules,
);
