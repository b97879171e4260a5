import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { LAYER_ORDER } from "../../../scripts/lib/layers.js";

const SRC = join(import.meta.dirname, "../../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The unit a file of src/ belongs to: `app`, `ui`, `story/model`, `features/timeline`… */
function unitOf(path: string): string {
  const [top = "", second = ""] = path.split("/");
  return top === "features" || top === "story" ? `${top}/${second}` : top;
}

/** Every import between units, static or lazy (`import("…")`), as "from → to". */
function unitGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = unitOf(relative(SRC, file));
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*"@\/([^"]+)"/g)) {
      const to = unitOf(match[1]!);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "visiting") return [...path.slice(path.indexOf(node)), node];
    state.set(node, "visiting");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

const rank = (unit: string) =>
  LAYER_ORDER.findIndex(
    (layer) => layer.name === (unit.startsWith("features/") ? "features" : unit),
  );

describe("the layers of src/", () => {
  const graph = unitGraph();

  it("import each other without a cycle", () => {
    expect(findCycle(graph)).toBeNull();
  });

  it("import only downwards, and no feature imports another", () => {
    const upward = [...graph].flatMap(([from, targets]) =>
      [...targets]
        .filter((to) => from !== "embed-loader" && (rank(to) >= rank(from) || rank(to) === -1))
        .map((to) => `${from} → ${to}`),
    );
    expect(upward).toEqual([]);
  });

  it("keep the host page's loader free of the app", () => {
    expect([...(graph.get("embed-loader") ?? [])].filter((to) => to !== "lib")).toEqual([]);
  });

  it("keep authoring code out of every browser layer but the studio", () => {
    const readers = [...graph]
      .filter(([, targets]) => targets.has("story/authoring"))
      .map(([from]) => from);
    expect(readers.filter((from) => from !== "features/studio")).toEqual([]);
  });
});
