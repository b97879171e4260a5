import { oncePerObject } from "@/lib/once-per-object.ts";
import type {
  Explainer,
  Person,
  Question,
  Source,
  StoryEvent,
  Thread,
  Viewpoint,
} from "./types.ts";
import type { Story } from "./story.ts";
import { isUndated, sortByDate } from "./story-dates.ts";
import { getStoryFocus, type TimeSpan } from "./story-focus.ts";

/** Lookups and back-links derived once from a story, so components never search lists. */
export interface StoryIndex {
  story: Story;
  /** Dated events in time order (stable for equal dates: file order). */
  datedEvents: StoryEvent[];
  /** Events the reporting gives no date for, in file order. */
  undatedEvents: StoryEvent[];
  /** The stretch the timelines open on (story-focus.ts), or null. */
  focus: TimeSpan | null;
  events: Map<string, StoryEvent>;
  explainers: Map<string, Explainer>;
  viewpoints: Map<string, Viewpoint>;
  people: Map<string, Person>;
  sources: Map<string, Source>;
  threads: Map<string, Thread>;
  questions: Map<string, Question>;
  /** Explainer id → the events that link to it. */
  eventsByExplainer: Map<string, StoryEvent[]>;
  /** Event id → the viewpoints that are about it. */
  viewpointsByEvent: Map<string, Viewpoint[]>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// A story is never changed in place (the studio makes a new one for every edit), so its index
// is built once: the build renders a long story's page for each page of its list.
export const buildStoryIndex: (story: Story) => StoryIndex = oncePerObject(indexStory);

function indexStory(story: Story): StoryIndex {
  const datedEvents = sortByDate(story.events.filter((event) => !isUndated(event.date)));
  const undatedEvents = story.events.filter((event) => isUndated(event.date));

  const eventsByExplainer = new Map<string, StoryEvent[]>();
  for (const event of [...datedEvents, ...undatedEvents]) {
    for (const explainerId of event.explainers) pushTo(eventsByExplainer, explainerId, event);
  }
  const viewpointsByEvent = new Map<string, Viewpoint[]>();
  for (const viewpoint of story.viewpoints) {
    for (const eventId of viewpoint.events) pushTo(viewpointsByEvent, eventId, viewpoint);
  }

  return {
    story,
    datedEvents,
    undatedEvents,
    focus: getStoryFocus(story, datedEvents),
    events: byId(story.events),
    explainers: byId(story.explainers),
    viewpoints: byId(story.viewpoints),
    people: byId(story.people),
    sources: byId(story.sources),
    threads: byId(story.threads),
    questions: byId(story.questions),
    eventsByExplainer,
    viewpointsByEvent,
  };
}
