/**
 * The story.yaml a new story starts from: valid as it stands (so it builds at once), with a
 * comment on every section saying what goes there. Journalists replace the placeholders.
 */
export function storySkeleton(slug: string, today: string): string {
  return `# yaml-language-server: $schema=../../story.schema.json
#
# ${slug}: a new story. Replace every placeholder below, keep the ids stable once published.
# Check your work with:  npm run validate data/stories/${slug}
# See it while you edit:  npm start, then open http://127.0.0.1:5173/${slug}/
# The guide: docs/authoring.md

story:
  # The headline, in both languages.
  title:
    nb: Ny sak
    en: New story
  # One or two sentences that say what the story is about.
  summary:
    nb: Kort om hva saken handler om.
    en: Briefly what the story is about.
  # The original language first.
  languages: [nb, en]
  published: ${today}T09:00:00+01:00
  # Change this every time you publish an update: readers see it as "Updated".
  updated: ${today}T09:00:00+01:00
  timeZone: Europe/Oslo
  # Whose reporting this is built on. Add url: when the article has one.
  credit:
    publisher: Redaksjonen
    title:
      nb: Originalartikkelens tittel
      en: The original article's title
    published: ${today}T09:00:00+01:00
    language: nb

# The story's themes; readers can filter the timeline by them.
threads:
  - id: main
    title:
      nb: Hovedsaken
      en: The main story

# Who reports, confirms, disputes or denies what.
sources:
  - id: newsroom
    kind: publisher
    name:
      nb: Redaksjonen
      en: The newsroom

# The events. Dates: 2025-11-21 (a day), 2018-02 (a month), 2024 (a year),
# {from: 2014, to: 2017}, {within: months, asOf: 2025-12-03, label: ...},
# {undated: true, asOf: 2025-12-03, label: ...}. Status: confirmed, reported, unconfirmed,
# disputed or denied; anything but confirmed must say who reports it.
events:
  - id: first-event
    date: ${today}
    title:
      nb: Den første hendelsen
      en: The first event
    text:
      nb: Hva som skjedde, med *uthevinger* og [lenker](https://example.org) om nødvendig.
      en: What happened, with *emphasis* and [links](https://example.org) where needed.
    status: confirmed
    attribution:
      reportedBy:
        - source: newsroom
    threads: [main]

# Background articles, linked from events with  explainers: [id].
explainers: []

# People who are quoted, and their viewpoints (verbatim quotes, claims), tied to events.
people: []
viewpoints: []
questions: []
`;
}

export { SLUG_PATTERN } from "@/lib/story-slug.ts";
