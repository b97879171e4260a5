/**
 * DOM ids of what a story shows, shared by links and the elements they point to. Story ids are
 * lower-case words joined by single dashes, so a double dash never occurs in one: every id made
 * here with `--` is distinct from every other, whatever the story's ids (`x` and `x-title`).
 */
export const domIds = {
  event: (id: string) => `event-${id}`,
  eventTitle: (id: string) => `event-${id}--title`,
  cardTitle: (id: string) => `card-${id}--title`,
  explainer: (id: string) => `explainer-${id}`,
  explainerTitle: (id: string) => `explainer-${id}--title`,
  viewpoint: (id: string) => `viewpoint-${id}`,
  person: (id: string) => `person-${id}`,
  compare: (questionId: string) => `compare-${questionId}`,
};
