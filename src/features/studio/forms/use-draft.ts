import { useState } from "react";

interface Session {
  /** What the input shows while it has focus. */
  draft: string;
  /** The values sent during this focus, so their echoes from the YAML are recognised. */
  sent: readonly string[];
  /** The YAML's value last seen, to notice when it changes. */
  seen: string;
}

export interface Draft {
  value: string;
  onFocus: () => void;
  onBlur: () => void;
  onChange: (text: string) => void;
}

/**
 * A text input controlled by the YAML, with a local draft while it has focus.
 *
 * Every change is sent at once (applyEdits is fast, the shell debounces its analysis), and
 * without focus the input shows exactly what the YAML holds. While the journalist types, the
 * input shows what they typed: if the round trip through the YAML text lags a keystroke
 * behind, a controlled input would jump back, drop letters and move the caret. An echo of
 * something sent keeps the draft; any other change (an undo, the code editor) replaces it.
 */
export function useDraft(value: string, commit: (text: string) => void): Draft {
  const [session, setSession] = useState<Session | null>(null);
  let shown = value;
  if (session !== null) {
    if (session.seen === value) {
      shown = session.draft;
    } else {
      const echo = session.sent.includes(value);
      const next: Session = echo
        ? { ...session, seen: value }
        : { draft: value, sent: [], seen: value };
      // Adjusting state while rendering (React's pattern for "the prop changed").
      setSession(next);
      shown = next.draft;
    }
  }
  return {
    value: shown,
    onFocus: () => setSession({ draft: value, sent: [], seen: value }),
    onBlur: () => setSession(null),
    onChange: (text) => {
      setSession((current) => ({
        draft: text,
        sent: [...(current?.sent ?? []).slice(-19), text],
        seen: current?.seen ?? value,
      }));
      commit(text);
    },
  };
}
