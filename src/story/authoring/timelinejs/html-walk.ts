import { decodeHTML, decodeHTMLAttribute } from "entities";
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";

/**
 * Walks a snippet of HTML as a stream of decoded text and balanced open/close events.
 *
 * htmlparser2's Tokenizer splits the tags (quoted attributes may hold ">", comments and
 * <script> bodies are recognised), but its Parser keeps open elements in an array it
 * unshifts, which takes minutes on a hostile text of 100,000 unclosed tags. So the element
 * stack is kept here, with a count per tag name: a closing tag with no open match costs O(1),
 * every element is pushed and popped once, and the walk stays linear in the input.
 *
 * Entities are decoded by `entities` (decodeHTML for text, its attribute variant for
 * attributes, where "&copy=" in a query string is not an entity). Invalid code points such
 * as &#0; and &#x110000; become U+FFFD there; control characters are dropped here.
 */

export interface HtmlHandler {
  /** Text as a reader would see it, outside elements whose content is never shown. */
  text(text: string): void;
  open(name: string, attributes: ReadonlyMap<string, string>): void;
  close(name: string): void;
}

/** Elements without content: never on the stack, closed as soon as they open. */
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** Elements whose content is code, styling or fallback, never text for a reader. */
const HIDDEN = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "iframe",
  "object",
  "svg",
  "math",
  "head",
  "title",
  "textarea",
]);

/** C0 and C1 control characters, except the whitespace that separates words. */
const CONTROL_CHARACTERS = /(?![\t\n\f\r])\p{Cc}/gu;

interface OpenElement {
  name: string;
  /** Whether the handler saw it open (elements inside hidden ones are not reported). */
  reported: boolean;
}

export function walkHtml(html: string, handler: HtmlHandler): void {
  const stack: OpenElement[] = [];
  const openCount = new Map<string, number>();
  let hiddenDepth = 0;
  let pendingText = "";
  let tagName = "";
  let attributes = new Map<string, string>();
  let attributeName = "";
  let attributeValue = "";

  const slice = (start: number, end: number) => html.slice(start, end);

  // Text arrives in pieces; it is decoded whole, at the next tag, so no entity is split.
  const flushText = () => {
    if (pendingText === "") return;
    if (hiddenDepth === 0) handler.text(decodeHTML(pendingText).replace(CONTROL_CHARACTERS, ""));
    pendingText = "";
  };

  const push = (name: string) => {
    const reported = hiddenDepth === 0;
    if (reported) handler.open(name, attributes);
    if (VOID.has(name)) {
      if (reported) handler.close(name);
      return;
    }
    stack.push({ name, reported });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (HIDDEN.has(name)) hiddenDepth++;
  };

  const pop = () => {
    const element = stack.pop();
    if (!element) return;
    openCount.set(element.name, (openCount.get(element.name) ?? 1) - 1);
    if (HIDDEN.has(element.name)) hiddenDepth--;
    if (element.reported) handler.close(element.name);
  };

  const endOpenTag = () => {
    if (tagName !== "") push(tagName);
    tagName = "";
  };

  const callbacks: TokenizerCallbacks = {
    ontext(start, end) {
      pendingText += slice(start, end);
    },
    // Only called when the tokenizer decodes entities itself, which it is told not to.
    ontextentity() {},
    onattribentity() {},
    onopentagname(start, end) {
      flushText();
      tagName = slice(start, end).toLowerCase();
      attributes = new Map();
    },
    onattribname(start, end) {
      attributeName = slice(start, end).toLowerCase();
      attributeValue = "";
    },
    onattribdata(start, end) {
      attributeValue += slice(start, end);
    },
    onattribend() {
      // The first of two same-named attributes wins, as in a browser.
      if (!attributes.has(attributeName)) {
        attributes.set(attributeName, decodeHTMLAttribute(attributeValue));
      }
      attributeValue = "";
    },
    onopentagend: endOpenTag,
    // HTML ignores "/>" on ordinary elements: <a href="…"/> still opens a link.
    onselfclosingtag: endOpenTag,
    onclosetag(start, end) {
      flushText();
      const name = slice(start, end).toLowerCase();
      if ((openCount.get(name) ?? 0) > 0) {
        while (stack.length > 0 && stack[stack.length - 1]!.name !== name) pop();
        pop();
      } else if (hiddenDepth === 0 && (name === "br" || name === "p")) {
        // Browsers read a stray </br> or </p> as an empty element: a break.
        handler.open(name, new Map());
        handler.close(name);
      }
    },
    oncomment: flushText,
    oncdata: flushText,
    ondeclaration: flushText,
    onprocessinginstruction: flushText,
    onend() {
      flushText();
      while (stack.length > 0) pop();
    },
  };

  const tokenizer = new Tokenizer({ decodeEntities: false }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
}
