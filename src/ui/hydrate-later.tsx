import { Suspense, useState, type ReactNode } from "react";

/**
 * Regions below the fold (the list, the explainers, the experts) hydrate after the rest of the
 * page, each in a task of its own, so that no single task holds the main thread for the whole
 * page. React DOM hydrates in slices by itself, and a held region waits for a task of its own
 * there too; Preact, which the reader can be built with (README, "Two renderers"), hydrates a
 * part in one go, keeping a suspended part's server HTML on screen until its promise resolves.
 *
 * A held region hydrates as the first render drew it: state that changes what the page shows
 * (the address's event, order and filter, the reader's last visit) is applied once every region
 * has hydrated (`afterRegionsHydrate`), because Preact does not correct attributes while it
 * hydrates.
 */

type Gate = { promise: Promise<void>; open: () => void };

let holding = false;
const gates: Gate[] = [];
let opened = 0;
let waiting: (() => void)[] = [];

/** Called by the page's start-up code just before it hydrates (never by the server or tests). */
export function holdRegionsWhileHydrating(): void {
  holding = true;
  // Nothing was held (a list page, or an embed without these regions): all is hydrated.
  setTimeout(openNext, 0);
}

/** Opens the next region in a task of its own; after the last, runs what waited for them. */
function openNext(): void {
  const gate = gates[opened];
  if (gate) {
    opened += 1;
    gate.open();
    // The region hydrates in this task's microtasks (Preact) or soon after (React DOM).
    setTimeout(openNext, 0);
    return;
  }
  holding = false;
  const run = waiting;
  waiting = [];
  for (const callback of run) callback();
}

/**
 * Runs `callback` once every held region has hydrated (at once when none is held). Returns a
 * function that cancels it, for an effect's cleanup.
 */
export function afterRegionsHydrate(callback: () => void): () => void {
  if (!holding) {
    callback();
    return () => {};
  }
  waiting.push(callback);
  return () => {
    waiting = waiting.filter((other) => other !== callback);
  };
}

function newGate(): Gate {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Suspends the first hydration's render of its region until the region's turn. */
function Gate({ index, children }: { index: number; children: ReactNode }) {
  const gate = gates[index];
  if (gate && index >= opened) throw gate.promise;
  return children;
}

/**
 * A region that hydrates in a task of its own. It renders one element of its own (laid out as
 * if absent), because a renderer keeps exactly one node of a suspended part on screen.
 */
export function HydrateLater({ children }: { children: ReactNode }) {
  // The gate's number is fixed at the first render, the only one that may be held.
  const [index] = useState(() => (holding ? claimGate() : -1));
  return (
    <Suspense fallback={null}>
      <Gate index={index}>
        <div className="hydrate-later">{children}</div>
      </Gate>
    </Suspense>
  );
}

function claimGate(): number {
  gates.push(newGate());
  return gates.length - 1;
}
