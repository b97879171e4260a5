import type { Selection } from "./collection-section.tsx";

/** What StoryForms hands each list section: which entry is open, and how to open another. */
export interface SectionProps {
  selection: Selection;
  onSelect: (selection: Selection) => void;
}
