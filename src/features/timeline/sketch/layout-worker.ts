import { createLayoutAnswers } from "./layout-answers.ts";
import type { LayoutAnswer, LayoutAsk } from "./layout-messages.ts";

/**
 * Lays the wide plot out for the sketch while a gesture runs (layout-client.ts), off the
 * page's thread: at 5,000 events one layout takes a frame's whole time on a slow phone.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutAsk>) => void) | null;
  postMessage: (answer: LayoutAnswer) => void;
};
const answer = createLayoutAnswers();

scope.onmessage = ({ data }) => {
  const reply = answer(data);
  if (reply) scope.postMessage(reply);
};
