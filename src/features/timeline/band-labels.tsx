import { memo } from "react";
import { formatDayRange } from "@/i18n/format-date.ts";
import { useLang } from "@/state/story-context.tsx";
import { plotKey, type PlotModel } from "./plot-model.ts";

/**
 * The annotation bands' words, in the row above the lanes. Each is a note that screen readers
 * read whole, with its dates; the eye sees it cut to its band's width (title shows it whole).
 */
export const BandLabels = memo(function BandLabels({ model }: { model: PlotModel }) {
  const lang = useLang();
  if (model.bands.length === 0) return null;
  return (
    <div className="tl-bands">
      {model.bands.map((band) => (
        <p
          key={band.id}
          role="note"
          data-plot-key={plotKey.band(band.id)}
          className="tl-band-label"
          title={band.text}
          style={{ left: band.label.left, top: band.label.top, width: band.label.width }}
        >
          {band.text}
          <span className="visually-hidden"> ({formatDayRange(band.from, band.to, lang)})</span>
        </p>
      ))}
    </div>
  );
});
