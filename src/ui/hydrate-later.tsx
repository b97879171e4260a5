import { Suspense, useLayoutEffect, useState, type ReactNode } from "react";

/**
 * Built with Preact (README, "Two renderers"), which hydrates a page in one go, the page's parts
 * (the header, the phone timeline and each of its rows, the list and each of its events, each
 * explainer, each expert's card, the footer) hydrate as they come while a task has time left
 * (`TASK_BUDGET_MS`); once it has none, the parts met after that are held, their server HTML
 * kept on screen (Preact does so for a suspended part), and hydrate in turn in the tasks that
 * follow, so that no task holds the main thread long enough to delay a tap. Holding a part costs
 * a thrown promise (a few tenths of a millisecond each with DevTools attached, as Lighthouse
 * is), so only the parts that do not fit are held. React DOM hydrates in slices by itself, and nothing is
 * held there.
 *
 * A held part hydrates as the first render drew it: state that changes what the page shows
 * (the address's event, order and filter, the reader's last visit) is applied once every part
 * has hydrated (`afterRegionsHydrate`), because Preact does not correct attributes while it
 * hydrates.
 */

type Gate = { promise: Promise<void>; open: () => void };

/**
 * How long one task may spend hydrating before it yields: a part starts only within it, so a task
 * lasts this plus one part. The bundled story's largest parts (the phone timeline's frame, the
 * list's) took 4–10 ms on a desktop here: on a phone four times slower, a task stays near the
 * 50 ms that makes it long (Total Blocking Time, INP).
 */
const TASK_BUDGET_MS = 4;

let holding = false;
const gates: Gate[] = [];
let opened = 0;
let waiting: (() => void)[] = [];
let taskStart = 0;
let nextTaskAsked = false;
let channel: MessageChannel | undefined;

/**
 * Asks for a task that opens the next part. A message, not `setTimeout(0)`, which browsers hold
 * back by 4 ms once timers have nested five deep: dozens of parts would wait that long each.
 */
function askForTask(): void {
  if (nextTaskAsked) return;
  nextTaskAsked = true;
  channel ??= newChannel();
  channel.port2.postMessage(null);
}

function newChannel(): MessageChannel {
  const created = new MessageChannel();
  created.port1.onmessage = () => {
    nextTaskAsked = false;
    startTask();
  };
  return created;
}

/**
 * Runs the page's hydration (the start-up code; never the server or tests) with its regions held.
 * Preact renders the page within `hydrate`, holding each region it meets; React DOM renders
 * later, in slices of its own, so nothing is held there: a region it met after the first
 * opening had passed would stay held for good.
 */
export function hydrateWithRegionsHeld(hydrate: () => void): void {
  holding = true;
  taskStart = performance.now();
  hydrate();
  askForTask();
  if (gates.length === 0) holding = false;
}

function startTask(): void {
  taskStart = performance.now();
  openNext();
}

/**
 * Opens the next part; after the last, runs what waited for them. The part hydrates in this
 * task's microtasks (Preact) and then says so (`partHydrated`), which may open the next one in
 * the same task; the next task is asked for now, in case it does not.
 */
function openNext(): void {
  const gate = gates[opened];
  if (gate) {
    opened += 1;
    gate.open();
    askForTask();
    return;
  }
  holding = false;
  const run = waiting;
  waiting = [];
  for (const callback of run) callback();
}

/** The last opened part has hydrated: the next one follows in this task while it has time. */
function partHydrated(index: number): void {
  if (index === opened - 1 && !outOfTime()) openNext();
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

/** Suspends the first hydration's render of its part until the part's turn. */
function Gate({ index, children }: { index: number; children: ReactNode }) {
  const gate = gates[index];
  if (gate && index >= opened) throw gate.promise;
  // Only a held part says when it has hydrated: nothing is added where nothing was held.
  if (index < 0) return children;
  return (
    <>
      {children}
      <Hydrated index={index} />
    </>
  );
}

/** Renders nothing; its layout effect runs once its part's hydration is committed. */
function Hydrated({ index }: { index: number }) {
  useLayoutEffect(() => partHydrated(index), [index]);
  return null;
}

/**
 * A part that hydrates in its turn, after the page's first render. It renders one element of its
 * own (laid out as if absent), because a renderer keeps exactly one node of a suspended part on
 * screen.
 *
 * `bare` leaves that element out, for children that are one element themselves (a row of a
 * list, which may hold nothing but its rows), and is held only on Preact: a bare part adds
 * nothing to the server's HTML or to React DOM's render, which must match it.
 */
export function HydrateLater({ children, bare = false }: { children: ReactNode; bare?: boolean }) {
  // The gate's number is fixed at the first render, the only one that may be held.
  const [index] = useState(() => (holding && outOfTime() ? claimGate() : -1));
  if (bare && index === -1) return children;
  return (
    <Suspense fallback={null}>
      <Gate index={index}>{bare ? children : <div className="hydrate-later">{children}</div>}</Gate>
    </Suspense>
  );
}

/** This task has spent its time: a part met now waits for a task of its own. */
function outOfTime(): boolean {
  return performance.now() - taskStart >= TASK_BUDGET_MS;
}

function claimGate(): number {
  gates.push(newGate());
  return gates.length - 1;
}
