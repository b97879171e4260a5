// @vitest-environment jsdom
/**
 * Runs on Preact, as readers' pages are built (vitest.config.ts aliases React to preact/compat
 * for this folder): parts hydrate as they come while a task has time; a part met once it has
 * none keeps the server's HTML on screen and hydrates in its turn, in a later task, and what
 * waits for the parts runs after the last one.
 */
import { useState } from "react";
import { hydrateRoot } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as HydrateLaterModule from "@/ui/hydrate-later.tsx";

type Module = typeof HydrateLaterModule;
let later: Module;

let clock = 0;
/** Renders nothing, and takes `ms` of the page's time doing so. */
function Takes({ ms }: { ms: number }) {
  clock += ms;
  return null;
}

/**
 * A task, as the page asks for one (a message), is a timer here: the tests step through them in
 * order with `nextTask`.
 */
class TimerChannel {
  port1: { onmessage: (() => void) | null } = { onmessage: null };
  port2 = { postMessage: () => setTimeout(() => this.port1.onmessage?.(), 0) };
}

beforeEach(async () => {
  clock = 0;
  vi.spyOn(performance, "now").mockImplementation(() => clock);
  vi.stubGlobal("MessageChannel", TimerChannel);
  vi.resetModules(); // the held regions are the page's, once: a fresh page per test
  later = await import("@/ui/hydrate-later.tsx");
});
afterEach(() => {
  document.body.innerHTML = "";
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
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

/** A page whose timeline and list take `ms` each to hydrate. */
function Page({ HydrateLater, ms }: { HydrateLater: Module["HydrateLater"]; ms: number }) {
  return (
    <main>
      <Counter name="timeline" />
      <Takes ms={ms} />
      <HydrateLater>
        <section>
          <Counter name="list" />
          <Takes ms={ms} />
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
    const root = document.createElement("div");
    root.innerHTML = SERVER_HTML;
    document.body.append(root);
    const serverList = button("list");
    const ran: string[] = [];

    later.hydrateWithRegionsHeld(() =>
      hydrateRoot(root, <Page HydrateLater={later.HydrateLater} ms={10} />),
    );
    later.afterRegionsHydrate(() => ran.push(`after: ${button("list").textContent}`));
    await flush();

    // The first task hydrated the timeline only; the regions are on screen as the server drew them.
    expect(root.innerHTML).toContain("<section><button");
    expect(await click("timeline")).toBe("timeline 1");
    expect(await click("list")).toBe("list 0");

    await nextTask(); // the list's turn, which takes the whole task
    await flush();
    expect(await click("list")).toBe("list 1");
    expect(await click("experts")).toBe("experts 0");
    expect(ran).toEqual([]);

    await nextTask(); // the experts' turn, and what waited for the last region
    await flush();
    expect(await click("experts")).toBe("experts 1");
    expect(ran).toEqual(["after: list 1"]);
    // Hydrated in place: the server's elements are the ones on screen, nothing drawn twice.
    expect(button("list")).toBe(serverList);
    expect(document.querySelectorAll("section")).toHaveLength(2);
  });

  it("hold nothing while the first task has time: the page hydrates at once", async () => {
    const root = document.createElement("div");
    root.innerHTML = SERVER_HTML;
    document.body.append(root);
    const serverList = button("list");
    const ran: string[] = [];
    later.hydrateWithRegionsHeld(() =>
      hydrateRoot(root, <Page HydrateLater={later.HydrateLater} ms={1} />),
    );
    later.afterRegionsHydrate(() => ran.push("after"));
    expect(ran).toEqual(["after"]);
    await flush();
    expect(await click("list")).toBe("list 1");
    expect(await click("experts")).toBe("experts 1");
    expect(button("list")).toBe(serverList);
  });

  it("hydrate the parts that fit in the first task and hold the rest for the next", async () => {
    const root = document.createElement("div");
    root.innerHTML = SERVER_HTML;
    document.body.append(root);
    const ran: string[] = [];
    later.hydrateWithRegionsHeld(() =>
      hydrateRoot(root, <Page HydrateLater={later.HydrateLater} ms={3} />),
    );
    later.afterRegionsHydrate(() => ran.push("after"));
    await flush();
    expect(await click("list")).toBe("list 1");
    expect(await click("experts")).toBe("experts 0");
    expect(ran).toEqual([]);

    await nextTask(); // the experts' turn
    await flush();
    expect(await click("experts")).toBe("experts 1");
    expect(ran).toEqual(["after"]);
  });

  it("hold a bare part as its own element, with nothing around it", async () => {
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
          <Takes ms={10} />
          {["a", "b"].map((name) => (
            <later.HydrateLater key={name} bare>
              <li>
                <Counter name={`row ${name}`} />
                <Takes ms={10} />
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
      hydrateNow = () => hydrateRoot(root, <Page HydrateLater={later.HydrateLater} ms={0} />);
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
    createRoot(root).render(<Page HydrateLater={later.HydrateLater} ms={0} />);
    await flush();
    expect(await click("experts")).toBe("experts 1");
  });
});
