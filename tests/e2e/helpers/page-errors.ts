import type { ConsoleMessage, Page } from "@playwright/test";

/** A picture that fails to load is the story's data, handled by showing its alt text. */
function isMissingPicture(message: ConsoleMessage): boolean {
  return (
    message.text().startsWith("Failed to load resource") &&
    /\.(jpe?g|png|webp|gif)$/i.test(message.location().url)
  );
}

/** Collects console errors and warnings and uncaught exceptions, to assert there are none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (
      (message.type() === "error" || message.type() === "warning") &&
      !isMissingPicture(message)
    ) {
      errors.push(message.text());
    }
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}
