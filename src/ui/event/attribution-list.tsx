import { useLang, useMessages, useStoryIndex } from "@/state/story-context.tsx";
import type { Attribution } from "@/story/model/types.ts";

/** Who says so, who has not confirmed it, who disputes or denies it. */
export function AttributionList({ attribution }: { attribution: Attribution }) {
  const messages = useMessages();
  const lang = useLang();
  const { sources } = useStoryIndex();
  const name = (id: string) => sources.get(id)?.name[lang] ?? id;
  const others = [
    { key: "notConfirmedBy", label: messages.notConfirmedBy, ids: attribution.notConfirmedBy },
    { key: "disputedBy", label: messages.disputedBy, ids: attribution.disputedBy },
    { key: "deniedBy", label: messages.deniedBy, ids: attribution.deniedBy },
  ].filter((row) => row.ids.length > 0);

  return (
    <dl className="attribution">
      {attribution.reportedBy.length > 0 && (
        <div className="attribution__row">
          <dt>{`${messages.reportedBy}:`}</dt>{" "}
          <dd>
            {attribution.reportedBy.map((report, i) => (
              <span key={`${report.source}-${i}`} className="attribution__source">
                {i > 0 && "; "}
                {name(report.source)}
                {report.detail && (
                  <span className="attribution__detail">{` (${report.detail[lang]})`}</span>
                )}
              </span>
            ))}
          </dd>
        </div>
      )}
      {others.map((row) => (
        <div key={row.key} className={`attribution__row attribution__row--${row.key}`}>
          <dt>{`${row.label}:`}</dt> <dd>{row.ids.map(name).join(", ")}</dd>
        </div>
      ))}
    </dl>
  );
}
