// @vitest-environment jsdom
/**
 * Runs on Preact, as readers' pages can be built (vitest.config.ts aliases React to preact/compat
 * for this folder): a part held back from the first hydration keeps the server's HTML on screen
 * and hydrates in its turn, several in one task while the task has time and in the next task
 * once it has none, and what waits for the parts runs after the last one.
 */
import { useState } from "react";
import { hydrateRoot } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as HydrateLaterModule from "@/ui/hydrate-later.tsx";

type Module = typeof HydrateLaterModule;
let later: Module;

let clock = 0;
/** Each reading of the clock finds `step` ms more gone: a slow part (10) or a quick one (0). */
function partsTake(step: number) {
  vi.spyOn(performance, "now").mockImplementation(() => (clock += step));
}

beforeEach(async () => {
  vi.resetModules(); // the held regions are the page's, once: a fresh page per test
  later = await import("@/ui/hydrate-later.tsx");
});
afterEach(() => {
  document.body.innerHTML = "";
  vi.restoreAllMocks();
});

/** A button that counts its clicks: it counts only once its part has hydrated. */
function Counter({ name }: { name: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {name} {count}
    </button>
  );
}

function Page({ HydrateLater }: { HydrateLater: Module["HydrateLater"] }) {
  return (
    <main>
      <Counter name="timeline" />
      <HydrateLater>
        <section>
          <Counter name="list" />
        </section>
      </HydrateLater>
      <HydrateLater>
        <section>
          <Counter name="experts" />
        </section>
      </HydrateLater>
    </main>
  );
}

/** What the server sends for <Page />. */
const SERVER_HTML =
  '<main><button type="button">timeline 0</button>' +
  '<div class="hydrate-later"><section><button type="button">list 0</button></section></div>' +
  '<div class="hydrate-later"><section><button type="button">experts 0</button></section></div></main>';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const button = (name: string) =>
  [...document.querySelectorAll("button")].find((b) => b.textContent?.startsWith(name))!;
async function flush() {
  for (let i = 0; i < 3; i++) await Promise.resolve();
}
/** Clicks, lets the renderer answer, and reads the button again. */
async function click(name: string) {
  button(name).click();
  await flush();
  return button(name).textContent;
}

describe("regions that hydrate later", () => {
  it("keep the server's HTML, hydrate one per task in order when each takes a task's time, then run what waited", async () => {
    partsTake(10);
    const root = document.createElement("div");
    root.innerHTML = SERVER_HTML;
    document.body.append(root);
    const serverList = button("list");
    const ran: string[] = [];

    later.hydrateWithRegionsHeld(() =>
      hydrateRoot(root, <Page HydrateLater={later.HydrateLater} />),
    );
    later.afterRegionsHydrate(() => ran.push(`after: ${button("list").textContent}`));
    await flush();

    // The first task hydrated the timeline only; the regions are on screen as the server drew them.
    expect(root.innerHTML).toContain("<section><button");
    expect(await click("timeline")).toBe("timeline 1");
    expect(await click("list")).toBe("list 0");

    await nextTask(); // the list's turn
    await flush();
    expect(await click("list")).toBe("list 1");
    expect(await click("experts")).toBe("experts 0");
    expect(ran).toEqual([]);

    await nextTask(); // the experts' turn
    await flush();
    expect(await click("experts")).toBe("experts 1");

    await nextTask(); // after the last region
    expect(ran).toEqual(["after: list 1"]);
    // Hydrated in place: the server's elements are the ones on screen, nothing drawn twice.
    expect(button("list")).toBe(serverList);
    expect(document.querySelectorAll("section")).toHaveLength(2);
  });

  it("hydrate one after another in the same task while it has time", async () => {
    partsTake(0);
    const root = document.createElement("div");
    root.innerHTML = SERVER_HTML;
    document.body.append(root);
    const ran: string[] = [];
    later.hydrateWithRegionsHeld(() =>
      hydrateRoot(root, <Page HydrateLater={later.HydrateLater} />),
    );
    later.afterRegionsHydrate(() => ran.push("after"));
    await flush();
    expect(await click("list")).toBe("list 0");

    await nextTask(); // the first task opens the list, and the experts after it
    expect(ran).toEqual(["after"]);
    expect(await click("list")).toBe("list 1");
    expect(await click("experts")).toBe("experts 1");
  });

  it("hold a bare part as its own element, with nothing around it", async () => {
    partsTake(10);
    const root = document.createElement("div");
    root.innerHTML =
      '<ol><li><button type="button">row a 0</button></li>' +
      '<li><button type="button">row b 0</button></li></ol>';
    document.body.append(root);
    const serverRow = button("row b").parentElement;
    later.hydrateWithRegionsHeld(() =>
      hydrateRoot(
        root,
        <ol>
          {["a", "b"].map((name) => (
            <later.HydrateLater key={name} bare>
              <li>
                <Counter name={`row ${name}`} />
              </li>
            </later.HydrateLater>
          ))}
        </ol>,
      ),
    );
    await flush();
    expect(await click("row a")).toBe("row a 0");

    await nextTask(); // row a's turn
    await flush();
    expect(await click("row a")).toBe("row a 1");
    expect(await click("row b")).toBe("row b 0");

    await nextTask(); // row b's turn
    await flush();
    expect(await click("row b")).toBe("row b 1");
    // The list holds its rows alone, the server's own elements.
    expect([...root.querySelectorAll("ol > *")].map((el) => el.localName)).toEqual(["li", "li"]);
    expect(button("row b").parentElement).toBe(serverRow);
  });

  it("hold nothing when the renderer hydrates later, in slices of its own (React DOM)", async () => {
    const root = document.createElement("div");
    root.innerHTML = SERVER_HTML;
    document.body.append(root);
    const ran: string[] = [];
    let hydrateNow = () => {};
    later.hydrateWithRegionsHeld(() => {
      hydrateNow = () => hydrateRoot(root, <Page HydrateLater={later.HydrateLater} />);
    });
    later.afterRegionsHydrate(() => ran.push("after"));
    expect(ran).toEqual(["after"]);
    hydrateNow(); // later, but before any region's turn could come
    await flush();
    expect(await click("experts")).toBe("experts 1");
  });

  it("hold nothing when the page is not hydrating (the studio, a client render)", async () => {
    const ran: string[] = [];
    later.afterRegionsHydrate(() => ran.push("at once"));
    expect(ran).toEqual(["at once"]);

    const root = document.createElement("div");
    document.body.append(root);
    const { createRoot } = await import("react-dom/client");
    createRoot(root).render(<Page HydrateLater={later.HydrateLater} />);
    await flush();
    expect(await click("experts")).toBe("experts 1");
  });
});
