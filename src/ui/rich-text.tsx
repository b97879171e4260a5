import { Fragment, type ReactNode } from "react";
import { parseInline, type InlineToken } from "@/lib/inline-markup.ts";

function render(tokens: readonly InlineToken[]): ReactNode[] {
  return tokens.map((token, i) => {
    switch (token.type) {
      case "text":
        return <Fragment key={i}>{token.text}</Fragment>;
      case "em":
        return <em key={i}>{render(token.children)}</em>;
      case "strong":
        return <strong key={i}>{render(token.children)}</strong>;
      case "link":
        return (
          <a key={i} href={token.href} target="_blank" rel="noopener noreferrer">
            {render(token.children)}
          </a>
        );
    }
  });
}

/** Story text with its small allowed markup (emphasis, links), rendered as elements, never HTML. */
export function RichText({ text }: { text: string }) {
  return <>{render(parseInline(text))}</>;
}
