import { memo } from "react";
import { formatDayRange } from "@/i18n/format-date.ts";
import { fillPlural } from "@/i18n/messages.ts";
import {
  useLang,
  useMessages,
  useStoryIndex,
  useStoryState,
  useStoryStore,
} from "@/state/story-context.tsx";
import { BandLabels } from "./band-labels.tsx";
import { EventButton } from "./event-button.tsx";
import { plotKey, type PlotCluster, type PlotModel } from "./plot-model.ts";
import { AxisLabels, SelectedMark, TimelineAxis } from "./timeline-axis.tsx";
import type { TimelineItem } from "./timeline-item.ts";

interface PlotLayerProps {
  model: PlotModel;
  items: ReadonlyMap<string, TimelineItem>;
  /** The event Tab reaches in the plot (roving tab stop), if it is in the plot. */
  tabStop: string | undefined;
  /** Zooms to a cluster's events. */
  onCluster: (cluster: PlotCluster) => void;
}

/**
 * The wide timeline's drawing and buttons, mapped from its render model: nothing is computed
 * here. Labels are buttons named by date, title and status; a cluster is a "+N" that says
 * when its events are ("21. nov.–1. des. 2025: 2 hendelser til – zoom inn") and zooms in.
 */
export function PlotLayer({ model, items, tabStop, onCluster }: PlotLayerProps) {
  const selected = useStoryState((s) => s.event);
  return (
    <>
      <TimelineAxis model={model} />
      <SelectedMark
        model={model}
        selected={selected}
        item={selected ? items.get(selected) : undefined}
      />
      <AxisLabels model={model} />
      <BandLabels model={model} />
      <PlotButtons model={model} selected={selected} tabStop={tabStop} />
      <ClusterButtons clusters={model.clusters} onCluster={onCluster} />
    </>
  );
}

const PlotButtons = memo(function PlotButtons({
  model,
  selected,
  tabStop,
}: {
  model: PlotModel;
  selected: string | null;
  tabStop: string | undefined;
}) {
  const index = useStoryIndex();
  const store = useStoryStore();
  const onSelect = store.getState().selectEvent;
  return (
    <>
      {model.labels.map((label) => {
        const event = index.events.get(label.id);
        return event ? (
          <EventButton
            key={label.id}
            event={event}
            selected={label.id === selected}
            tabStop={label.id === tabStop}
            onSelect={onSelect}
            className="tl-event--card"
            shortDate
            plotKey={plotKey.label(label.id)}
            box={label}
          />
        ) : null;
      })}
      {model.spans.map((span) => {
        const event = index.events.get(span.id);
        return event ? (
          <EventButton
            key={span.id}
            event={event}
            selected={span.id === selected}
            tabStop={span.id === tabStop}
            onSelect={onSelect}
            className="tl-event--span"
            plotKey={plotKey.span(span.id)}
            box={span.label}
          />
        ) : null;
      })}
    </>
  );
});

/**
 * The "+N" buttons, apart from the events' buttons: they do not change when a reader opens an
 * event, and naming each one's dates costs a date format (hundreds of them in a long story).
 */
const ClusterButtons = memo(function ClusterButtons({
  clusters,
  onCluster,
}: {
  clusters: readonly PlotCluster[];
  onCluster: (cluster: PlotCluster) => void;
}) {
  const messages = useMessages();
  const lang = useLang();
  return (
    <>
      {clusters.map((cluster) => {
        const range = formatDayRange(cluster.from, cluster.to, lang);
        const name = fillPlural(messages.clusterLabel, cluster.ids.length, lang, { range });
        return (
          <button
            key={cluster.key}
            type="button"
            className="tl-cluster"
            tabIndex={-1}
            data-plot-key={cluster.key}
            style={{ left: cluster.left, top: cluster.top }}
            aria-label={name}
            title={name}
            onClick={() => onCluster(cluster)}
          >
            +{cluster.ids.length}
          </button>
        );
      })}
    </>
  );
});
