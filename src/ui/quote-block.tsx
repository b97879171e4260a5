import { useMessages } from "@/state/story-context.tsx";

interface QuoteBlockProps {
  text: string;
  /** "– Nicolás Maduro, Venezuelas president"; omitted where the speaker is already named. */
  cite?: string;
}

/** A verbatim quote, in the quotation marks of the reader's language. */
export function QuoteBlock({ text, cite }: QuoteBlockProps) {
  const messages = useMessages();
  return (
    <blockquote className="quote">
      <p>
        {messages.quoteOpen}
        {text}
        {messages.quoteClose}
      </p>
      {cite && <footer className="quote__cite">{cite}</footer>}
    </blockquote>
  );
}
