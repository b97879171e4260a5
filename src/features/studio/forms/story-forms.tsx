import { useCallback, useEffect, useMemo, useState } from "react";
import { fieldDomId, type DataPath, type StoryEdit } from "@/features/studio/model/story-edit.ts";
import type { LooseStory, StudioProblem } from "@/features/studio/model/studio-problem.ts";
import {
  ExplainersSection,
  QuestionsSection,
  SourcesSection,
  ThreadsSection,
} from "./content-sections.tsx";
import type { Selection } from "./collection-section.tsx";
import { EventEditor } from "./event-editor.tsx";
import { EventsTable } from "./events-table.tsx";
import { FormContext, type FormContextValue } from "./form-context.tsx";
import { PeopleSection, ViewpointsSection } from "./people-sections.tsx";
import { countInside } from "./problems.ts";
import {
  SECTIONS,
  SECTION_KEY,
  SectionTabs,
  panelId,
  tabId,
  type Section,
} from "./section-tabs.tsx";
import { StoryDetails } from "./story-details.tsx";
import "./forms.css";

export interface StoryFormsProps {
  /** story.yaml parsed to plain data, possibly invalid. */
  data: LooseStory;
  problems: readonly StudioProblem[];
  /** Every change the forms make, as edits to the YAML. */
  onEdit: (edits: readonly StoryEdit[]) => void;
  /**
   * Optional: a new object here opens the section and entry holding `path` and focuses its
   * field (or the nearest one around it), so the problem list can lead to fields that are
   * not on screen. Without it, fields are found by id only while shown.
   */
  reveal?: { path: DataPath } | undefined;
}

type Collection = Exclude<Section, "details">;
const CLOSED: Selection = { index: null, focus: false };
const NO_SELECTION: Record<Collection, Selection> = {
  events: CLOSED,
  explainers: CLOSED,
  people: CLOSED,
  viewpoints: CLOSED,
  questions: CLOSED,
  threads: CLOSED,
  sources: CLOSED,
};

function sectionOf(path: DataPath): Section | undefined {
  return SECTIONS.find((section) => SECTION_KEY[section] === path[0]);
}

/** Focuses the field for `path`, or the nearest enclosing one that is on screen. */
function focusNearest(path: DataPath) {
  for (let length = path.length; length > 0; length--) {
    const element = document.getElementById(fieldDomId(path.slice(0, length)));
    if (element) {
      element.focus();
      element.scrollIntoView?.({ block: "nearest" });
      return;
    }
  }
}

/**
 * The studio's forms: the story in sections, every field rendered from `data` and every
 * change sent as StoryEdits. They hold no copy of the story, only which section and which
 * entries are open.
 */
export function StoryForms({ data, problems, onEdit, reveal }: StoryFormsProps) {
  const [section, setSection] = useState<Section>("events");
  const [selection, setSelection] = useState(NO_SELECTION);
  const [announcement, setAnnouncement] = useState({ text: "", count: 0 });
  // Starts empty, so a field to reveal given at mount is revealed too.
  const [revealed, setRevealed] = useState<StoryFormsProps["reveal"]>(undefined);

  if (reveal !== revealed) {
    // A new request to show a field: open its section and its entry while rendering.
    setRevealed(reveal);
    const target = reveal ? sectionOf(reveal.path) : undefined;
    if (reveal && target) {
      setSection(target);
      const index = reveal.path[1];
      if (target !== "details" && typeof index === "number") {
        setSelection((current) => ({ ...current, [target]: { index, focus: false } }));
      }
    }
  }
  useEffect(() => {
    if (reveal) focusNearest(reveal.path);
  }, [reveal]);

  const announce = useCallback((text: string) => {
    setAnnouncement((current) => ({ text, count: current.count + 1 }));
  }, []);
  const context = useMemo<FormContextValue>(
    () => ({ data, problems, onEdit, announce }),
    [data, problems, onEdit, announce],
  );
  const counts = Object.fromEntries(
    SECTIONS.map((s) => [s, countInside(problems, [SECTION_KEY[s]])]),
  ) as Record<Section, number>;
  const sectionProps = (key: Collection) => ({
    selection: selection[key],
    onSelect: (next: Selection) => setSelection((current) => ({ ...current, [key]: next })),
  });
  const selectEvent = (index: number | null, focus: boolean) =>
    setSelection((current) => ({ ...current, events: { index, focus } }));

  return (
    <FormContext.Provider value={context}>
      <div className="story-forms">
        <SectionTabs current={section} onChange={setSection} counts={counts} />
        <div
          role="tabpanel"
          id={panelId(section)}
          aria-labelledby={tabId(section)}
          tabIndex={0}
          className="sf-panel"
        >
          {section === "details" && <StoryDetails />}
          {section === "events" && (
            <>
              <EventsTable selected={selection.events.index} onSelect={selectEvent} />
              {selection.events.index !== null && (
                <EventEditor
                  index={selection.events.index}
                  focusOnOpen={selection.events.focus}
                  onClose={() => selectEvent(null, false)}
                />
              )}
            </>
          )}
          {section === "explainers" && <ExplainersSection {...sectionProps("explainers")} />}
          {section === "people" && <PeopleSection {...sectionProps("people")} />}
          {section === "viewpoints" && <ViewpointsSection {...sectionProps("viewpoints")} />}
          {section === "questions" && <QuestionsSection {...sectionProps("questions")} />}
          {section === "threads" && <ThreadsSection {...sectionProps("threads")} />}
          {section === "sources" && <SourcesSection {...sectionProps("sources")} />}
        </div>
        <p role="status" className="visually-hidden">
          {announcement.text}
          {/* A changed text is announced again even when the words are the same. */}
          {announcement.count % 2 === 1 ? "\u00a0" : ""}
        </p>
      </div>
    </FormContext.Provider>
  );
}
