import { useRef, type KeyboardEvent } from "react";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { fillTemplate } from "@/i18n/messages.ts";

export const SECTIONS = [
  "details",
  "events",
  "explainers",
  "people",
  "viewpoints",
  "questions",
  "threads",
  "sources",
] as const;
export type Section = (typeof SECTIONS)[number];

/** The top-level key of story.yaml each section edits. */
export const SECTION_KEY: Record<Section, string> = {
  details: "story",
  events: "events",
  explainers: "explainers",
  people: "people",
  viewpoints: "viewpoints",
  questions: "questions",
  threads: "threads",
  sources: "sources",
};

export const tabId = (section: Section) => `sf-tab-${section}`;
export const panelId = (section: Section) => `sf-panel-${section}`;

/**
 * The sections as an ARIA tab list: one tab stop, arrow keys, Home and End move between
 * tabs and show them at once (automatic activation: a panel renders fast).
 */
export function SectionTabs(props: {
  current: Section;
  onChange: (section: Section) => void;
  /** How many problems lie in each section, shown on its tab. */
  counts: Record<Section, number>;
}) {
  const messages = useStudioMessages();
  const tabs = useRef<Partial<Record<Section, HTMLButtonElement | null>>>({});
  const label: Record<Section, string> = {
    details: messages.formTabDetails,
    events: messages.formTabEvents,
    explainers: messages.formTabExplainers,
    people: messages.formTabPeople,
    viewpoints: messages.formTabViewpoints,
    questions: messages.formTabQuestions,
    threads: messages.formTabThreads,
    sources: messages.formTabSources,
  };
  const move = (event: KeyboardEvent, from: Section) => {
    const at = SECTIONS.indexOf(from);
    const last = SECTIONS.length - 1;
    const target = {
      ArrowRight: at === last ? 0 : at + 1,
      ArrowLeft: at === 0 ? last : at - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = SECTIONS[target] ?? from;
    props.onChange(next);
    tabs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={messages.formSections} className="sf-tabs">
      {SECTIONS.map((section) => {
        const selected = section === props.current;
        const count = props.counts[section];
        return (
          <button
            key={section}
            ref={(element) => {
              tabs.current[section] = element;
            }}
            type="button"
            role="tab"
            id={tabId(section)}
            aria-selected={selected}
            aria-controls={panelId(section)}
            tabIndex={selected ? 0 : -1}
            className="sf-tab"
            onClick={() => props.onChange(section)}
            onKeyDown={(event) => move(event, section)}
          >
            {label[section]}
            {count > 0 && (
              <span className="sf-tab__count">
                <span aria-hidden="true">{count}</span>
                <span className="visually-hidden">
                  {" "}
                  {fillTemplate(messages.formProblemCount, { count })}
                </span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
