import { useEffect, useRef, type ReactNode } from "react";
import { fieldDomId, type DataPath } from "@/features/studio/model/story-edit.ts";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { FieldNotes } from "./field-notes.tsx";
import { useForm } from "./form-context.tsx";
import { problemsFor } from "./problems.ts";

/**
 * The frame around one entry's editor: a heading that takes focus when the entry was just
 * added or copied, a close button, and the problems with the entry as a whole (an unknown
 * key), under an element with the entry's own field id so a problem can focus it.
 */
export function EntryFrame(props: {
  path: DataPath;
  domId: string;
  heading: string;
  focusOnOpen: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const { problems } = useForm();
  const messages = useStudioMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  const { focusOnOpen } = props;
  const key = props.path.join("/");
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen, key]);
  const entryId = fieldDomId(props.path);
  return (
    <section id={props.domId} className="sf-editor" aria-labelledby={`${props.domId}-heading`}>
      <div className="sf-editor__head">
        <h3 id={`${props.domId}-heading`} ref={heading} tabIndex={-1}>
          {props.heading}
        </h3>
        <button type="button" onClick={props.onClose}>
          {messages.formClose}
        </button>
      </div>
      <div id={entryId} tabIndex={-1} className="sf-editor__problems">
        <FieldNotes id={entryId} problems={problemsFor(problems, props.path, "group")} />
      </div>
      {props.children}
    </section>
  );
}
