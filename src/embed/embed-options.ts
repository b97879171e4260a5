/** How an embed was asked to look, from its URL's query. Unknown values fall back to defaults. */
export interface EmbedOptions {
  theme: "light" | "dark" | "auto";
  /** Show the story's title above the timeline. */
  header: boolean;
  /** Where to open when no `event` is named. */
  start: "first" | "latest" | null;
  /** pym.js's id for this frame, when a pym.js parent loaded it. */
  childId: string | null;
}

export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get("theme");
  const start = params.get("start");
  const childId = params.get("childId");
  return {
    theme: theme === "light" || theme === "dark" ? theme : "auto",
    header: params.get("header") !== "0",
    start: start === "first" || start === "latest" ? start : null,
    childId: childId && /^[\w-]{1,64}$/.test(childId) ? childId : null,
  };
}
