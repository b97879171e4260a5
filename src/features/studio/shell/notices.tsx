import { fillTemplate } from "@/i18n/messages.ts";
import { useStudioLang, useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { useStudio, useStudioContext } from "./studio-context.tsx";
import type { Drafts } from "./use-drafts.ts";

/** A draft left from before (a reload, a crash) offered back; and a word when drafts cannot be kept. */
export function DraftNotices({ drafts }: { drafts: Drafts }) {
  const messages = useStudioMessages();
  const lang = useStudioLang();
  return (
    <>
      {drafts.offer && (
        <div className="studio-notice studio-notice--draft" role="alert">
          <p>
            {fillTemplate(messages.shellDraftOffer, {
              time: new Intl.DateTimeFormat(lang === "nb" ? "nb-NO" : "en-GB", {
                dateStyle: "medium",
                timeStyle: "short",
              }).format(drafts.offer.savedAt),
              name: drafts.offer.name,
            })}
          </p>
          <button
            type="button"
            className="studio-button studio-button--primary"
            onClick={drafts.restore}
          >
            {messages.shellDraftRestore}
          </button>
          <button type="button" className="studio-button" onClick={drafts.discard}>
            {messages.shellDraftDiscard}
          </button>
        </div>
      )}
      {drafts.status === "unavailable" && (
        <p className="studio-notice studio-notice--warning" role="status">
          {messages.shellDraftsUnavailable}
        </p>
      )}
    </>
  );
}

/** What an import could not fill in, until the journalist closes the list. */
export function TodoList() {
  const messages = useStudioMessages();
  const { store } = useStudioContext();
  const todo = useStudio((s) => s.todo);
  if (todo.length === 0) return null;
  return (
    <section className="studio-notice studio-notice--todo" aria-labelledby="studio-todo-heading">
      <h2 id="studio-todo-heading">{messages.shellTodo}</h2>
      <ul>
        {todo.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <button
        type="button"
        className="studio-button"
        onClick={() => store.getState().dismissTodo()}
      >
        {messages.shellTodoClose}
      </button>
    </section>
  );
}

/** The studio's last word (opened, saved, could not open), read out politely. */
export function StatusLine() {
  const notice = useStudio((s) => s.notice);
  const saved = useStudio((s) => s.text === s.savedText);
  const messages = useStudioMessages();
  return (
    <div className="studio-status">
      <p
        role="status"
        className={
          notice?.error ? "studio-status__text studio-status__text--error" : "studio-status__text"
        }
      >
        {notice?.text ?? ""}
      </p>
      <p
        className={saved ? "studio-status__saved" : "studio-status__saved studio-status__saved--no"}
      >
        {saved ? messages.shellAllSaved : messages.shellUnsaved}
      </p>
    </div>
  );
}
