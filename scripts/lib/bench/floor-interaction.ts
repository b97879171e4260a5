/**
 * The floor of an interaction: what the browser alone takes to show what a click or a tap
 * shows, on the same page, with the same elements and styles, and no framework's work. A
 * script in the page (a string: tsx would wrap a function in a helper the page lacks) takes
 * every pointer, touch and mouse event on the buttons matched by `selector` before the app's
 * listeners can, and on the click makes the same change to the page by hand:
 *
 * - "inline" (the phone's timeline): the event's card, unfolded under the button;
 * - "side" (the wide plot): the card beside the plot replaced by the event's card.
 *
 * The event's card is the one the app drew for it (recorded by `recordFloorCard`), else the
 * last card the app drew. The same card for every event made the floor 12 ms faster on the
 * phone than the same change: the browser had shaped its text and drawn its words before.
 *
 * Measured the same way as the app (Event Timing), it says how much of an interaction's time
 * is ours, and how much a machine's rendering costs whatever the code does: on a machine
 * whose floor is over a budget, no code meets the budget.
 */
export function floorInteraction(selector: string, kind: "inline" | "side"): string {
  return `(() => {
  const selector = ${JSON.stringify(selector)};
  const kind = ${JSON.stringify(kind)};
  const card = document.querySelector(kind === "inline" ? ".vtl .event-card" : "#timeline-card");
  if (!card) throw new Error("The floor needs a card drawn by the app first");
  const last = card.outerHTML;
  const cardOf = (button) => window.__floorCards?.[button.dataset.eventId] ?? last;
  const stop = (event) => {
    const button = event.target instanceof Element && event.target.closest(selector);
    if (!button) return;
    event.stopImmediatePropagation();
    if (event.type !== "click") return;
    document.querySelector(".is-selected")?.classList.remove("is-selected");
    button.classList.add("is-selected");
    if (kind === "inline") {
      document.querySelector(".vtl .event-card")?.remove();
      // The row that holds the card takes the card's margin below it (card-phone.css).
      document.querySelector(".vtl__item--open")?.classList.remove("vtl__item--open");
      button.parentElement.classList.add("vtl__item--open");
      button.insertAdjacentHTML("afterend", cardOf(button));
    } else {
      document.querySelector("#timeline-card").outerHTML = cardOf(button);
    }
  };
  for (const type of ["pointerdown", "pointerup", "mousedown", "mouseup", "touchstart", "touchend", "click"])
    window.addEventListener(type, stop, true);
})()`;
}

/** Keeps the card the app has just drawn for event `id`, for the floor to draw it the same. */
export function recordFloorCard(id: string, kind: "inline" | "side"): string {
  const selector = kind === "inline" ? ".vtl .event-card" : "#timeline-card";
  return `(window.__floorCards ??= {})[${JSON.stringify(id)}] =
    document.querySelector(${JSON.stringify(selector)})?.outerHTML`;
}
