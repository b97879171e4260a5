/**
 * Reading the story's JSON Schema at a path of story.yaml, for the editor's completion and
 * hover: which keys a map may have, which values a field takes, what a key means, and which
 * list a reference field points into. Pure: no CodeMirror, no zod (the schema is passed in).
 *
 * Unions (`anyOf`, `oneOf`) and `allOf` are all read as "any of these": for suggesting keys
 * and values that is what a journalist needs (zod writes `allOf: [{$ref}]` only to attach a
 * description to a shared definition).
 */

export type JsonSchema = { readonly [key: string]: unknown };
type Path = readonly (string | number)[];

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Follows a local `$ref` (`#/definitions/X`, `#/$defs/X`, any `#/…` pointer). */
function resolveRef(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = root;
  for (const part of ref.slice(1).split("/").filter(Boolean)) {
    const key = decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~");
    node = isSchema(node) ? node[key] : undefined;
  }
  return isSchema(node) ? node : undefined;
}

/** The concrete schemas `schema` stands for: references followed, unions flattened. */
export function alternatives(root: JsonSchema, schema: JsonSchema, depth = 0): JsonSchema[] {
  if (depth > 16) return [];
  if (typeof schema.$ref === "string") {
    const target = resolveRef(root, schema.$ref);
    const { $ref: _ref, ...rest } = schema;
    return target ? alternatives(root, { ...target, ...rest }, depth + 1) : [];
  }
  const members = [schema.anyOf, schema.oneOf, schema.allOf].flatMap((list) =>
    Array.isArray(list) ? list.filter(isSchema) : [],
  );
  if (members.length === 0) return [schema];
  const { anyOf: _a, oneOf: _o, allOf: _l, ...own } = schema;
  const ownCounts = ["type", "properties", "items", "enum", "const"].some((key) => key in own);
  return [
    ...(ownCounts ? [own] : []),
    ...members.flatMap((member) => alternatives(root, member, depth + 1)),
  ];
}

function childSchemas(root: JsonSchema, schema: JsonSchema, seg: string | number): JsonSchema[] {
  return alternatives(root, schema).flatMap((alt) => {
    if (typeof seg === "string") {
      const properties = alt.properties;
      if (isSchema(properties) && isSchema(properties[seg])) return [properties[seg]];
      return isSchema(alt.additionalProperties) ? [alt.additionalProperties] : [];
    }
    const tuple = Array.isArray(alt.prefixItems) ? alt.prefixItems : alt.items;
    if (Array.isArray(tuple)) {
      const item: unknown = tuple[seg];
      if (isSchema(item)) return [item];
      return isSchema(alt.additionalItems) ? [alt.additionalItems] : [];
    }
    return isSchema(alt.items) ? [alt.items] : [];
  });
}

/** The schemas at `path` (several where a union allows several), unresolved; [] if none. */
export function schemaAtPath(root: JsonSchema, path: Path): JsonSchema[] {
  let current: JsonSchema[] = [root];
  for (const seg of path) current = current.flatMap((schema) => childSchemas(root, schema, seg));
  return current;
}

const typesOf = (schema: JsonSchema): unknown[] =>
  Array.isArray(schema.type) ? schema.type : [schema.type];

function hasType(root: JsonSchema, schemas: readonly JsonSchema[], type: string): boolean {
  return schemas.some((schema) =>
    alternatives(root, schema).some(
      (alt) =>
        typesOf(alt).includes(type) ||
        (type === "object" && isSchema(alt.properties)) ||
        (type === "array" && "items" in alt),
    ),
  );
}

export interface KeyOption {
  name: string;
  description?: string;
  required: boolean;
  /** The value is a map or a list, written on the lines below the key. */
  nested: boolean;
}

/** The keys the map at `path` may have, in the schema's order, with their descriptions. */
export function keysAt(root: JsonSchema, path: Path): KeyOption[] {
  const keys = new Map<string, KeyOption>();
  for (const alt of schemaAtPath(root, path).flatMap((schema) => alternatives(root, schema))) {
    if (!isSchema(alt.properties)) continue;
    const required = Array.isArray(alt.required) ? alt.required : [];
    for (const [name, property] of Object.entries(alt.properties)) {
      if (keys.has(name) || !isSchema(property)) continue;
      const description = describe(root, property);
      keys.set(name, {
        name,
        ...(description === undefined ? {} : { description }),
        required: required.includes(name),
        nested: hasType(root, [property], "object") || hasType(root, [property], "array"),
      });
    }
  }
  return [...keys.values()];
}

/** The values the field at `path` takes, when they are a closed set: enums, consts, booleans. */
export function valuesAt(root: JsonSchema, path: Path): string[] {
  const values = new Set<string>();
  for (const alt of schemaAtPath(root, path).flatMap((schema) => alternatives(root, schema))) {
    if (Array.isArray(alt.enum)) for (const value of alt.enum) values.add(String(value));
    if ("const" in alt) values.add(String(alt.const));
    else if (typesOf(alt).includes("boolean")) ["true", "false"].forEach((v) => values.add(v));
  }
  return [...values];
}

function describe(root: JsonSchema, schema: JsonSchema): string | undefined {
  if (typeof schema.description === "string") return schema.description;
  for (const alt of alternatives(root, schema)) {
    if (typeof alt.description === "string") return alt.description;
  }
  return undefined;
}

/** What the field at `path` is for: its own description before its type's. */
export function descriptionAt(root: JsonSchema, path: Path): string | undefined {
  for (const schema of schemaAtPath(root, path)) {
    const description = describe(root, schema);
    if (description !== undefined) return description;
  }
  return undefined;
}

/** Reference fields whose descriptions do not name their list. */
const FIELD_LISTS: Readonly<Record<string, string>> = {
  source: "sources",
  saidTo: "sources",
  notConfirmedBy: "sources",
  disputedBy: "sources",
  deniedBy: "sources",
  by: "people",
  person: "people",
  question: "questions",
};

/** The top-level lists whose items have an `id`: the lists a reference can point into. */
function idLists(root: JsonSchema): string[] {
  return keysAt(root, []).flatMap(({ name }) =>
    keysAt(root, [name, 0]).some((key) => key.name === "id") ? [name] : [],
  );
}

/**
 * The list (`sources`, `people`, `threads`…) whose ids the string field at `path` refers to,
 * or undefined: read from the description ("Id of an entry in `sources`", "Ids of the story's
 * threads"), of the field or of the list it is an item of, else from the field's name.
 */
export function referenceListAt(root: JsonSchema, path: Path): string | undefined {
  const here = schemaAtPath(root, path);
  if (!hasType(root, here, "string") || path.at(-1) === "id") return undefined;
  const lists = idLists(root);
  const owner = typeof path.at(-1) === "number" ? path.slice(0, -1) : path;
  const descriptions = [descriptionAt(root, path), descriptionAt(root, owner)];
  for (const description of descriptions) {
    if (description === undefined || !/^Ids? /.test(description)) continue;
    const named = /`(\w+)`/.exec(description)?.[1];
    if (named && lists.includes(named)) return named;
    const word = lists.find((list) => new RegExp(`\\b${list}\\b`).test(description));
    if (word) return word;
  }
  const field = owner.at(-1);
  if (typeof field !== "string") return undefined;
  const list = FIELD_LISTS[field] ?? field;
  return lists.includes(list) && path.length > 1 ? list : undefined;
}
