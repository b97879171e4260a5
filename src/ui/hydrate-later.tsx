import { Suspense, useState, type ReactNode } from "react";

/**
 * Built with Preact (README, "Two renderers"), which hydrates a part in one go, the regions
 * below the timeline (the list, the explainers, the experts) hydrate after the rest, each in a
 * task of its own, so that no single task holds the main thread for the whole page: Preact
 * keeps a suspended part's server HTML on screen and hydrates it when its promise resolves.
 * React DOM hydrates in slices by itself, and nothing is held there.
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

/**
 * Runs the page's hydration (the start-up code; never the server or tests) with its regions held.
 * Preact renders the page within `hydrate`, holding each region it meets; React DOM renders
 * later, in slices of its own, so nothing is held there: a region it met after the first
 * opening had passed would stay held for good.
 */
export function hydrateWithRegionsHeld(hydrate: () => void): void {
  holding = true;
  hydrate();
  setTimeout(openNext, 0);
  if (gates.length === 0) holding = false;
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
