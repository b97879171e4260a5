import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";

/**
 * A second YAML reader for the build, about ten times faster than the `yaml` library's
 * document (which keeps every node's position for the error messages) and a fraction of its
 * memory: a 20,000-event story took 11 s and most of 1.5 GB to read that way.
 *
 * It must read a story exactly as `yaml` does, or the build would publish what the studio and
 * `npm run validate` read differently. js-yaml's own schemas follow YAML 1.1 in places (`1_000`
 * is a number there, a string in YAML 1.2), so the scalars are resolved here with the YAML 1.2
 * core schema's own patterns, as `yaml` resolves them (tests compare the two readers).
 */

const scalar = (
  tag: string,
  test: RegExp,
  construct: (text: string) => unknown,
  isEmptyNull = false,
) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: "scalar",
    // js-yaml hands an empty node over as null.
    resolve: (text: string | null) => (text === null ? isEmptyNull : test.test(text)),
    construct: (text: string | null) => (text === null ? null : construct(text)),
  });

const CORE_1_2 = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar("null", /^(?:~|[Nn]ull|NULL)?$/, () => null, true),
    scalar(
      "bool",
      /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      (text) => text[0] === "t" || text[0] === "T",
    ),
    scalar("int", /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (text) =>
      text.startsWith("0o")
        ? parseInt(text.slice(2), 8)
        : text.startsWith("0x")
          ? parseInt(text.slice(2), 16)
          : parseInt(text, 10),
    ),
    scalar(
      "float",
      /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      (text) =>
        text.slice(-3).toLowerCase() === "nan"
          ? NaN
          : /inf$/i.test(text)
            ? text.startsWith("-")
              ? Number.NEGATIVE_INFINITY
              : Number.POSITIVE_INFINITY
            : parseFloat(text),
    ),
  ],
});

/**
 * An anchor (`&name`) is what aliases need. js-yaml shares an aliased value instead of copying
 * it, so a "billion laughs" file would parse in no time and explode in the checks after; a
 * file that may hold one is left to `yaml`, which counts the expansions. Text such as "A & B"
 * does not look like an anchor; "A &B" does, and only costs the slower reader.
 */
const MAY_HOLD_ANCHOR = /(?:^|[\s[{,])&[^\s,[\]{}]/m;

/** The story's YAML as plain data, or `undefined` when only the full reader should judge it. */
export function readYamlFast(source: string): unknown {
  if (MAY_HOLD_ANCHOR.test(source)) return undefined;
  try {
    return load(source, { schema: CORE_1_2 });
  } catch {
    // A syntax error: the full reader says where, in the words the studio uses.
    return undefined;
  }
}
