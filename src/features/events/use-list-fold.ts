import { useEffect, useRef, useState } from "react";
import { usePhoneLayout } from "@/ui/hooks/use-media-query.ts";

/**
 * On a phone the readable list folds away once the app runs, so each headline is shown once
 * (the phone's timeline lists them, and a tap there opens the full card). The list stays in the
 * page as `hidden="until-found"`: the browser's find-in-page still finds its words and opens it,
 * and so does a link to one of its events. It is never folded in the prerendered HTML (readers
 * without scripts get all of it), nor when the page was opened at an anchor inside it, nor
 * when it is what the page is for (`startOpen`: a page of a long story's list).
 */
export function useListFold(startOpen = false) {
  const bodyRef = useRef<HTMLDivElement>(null);
  // Phones, where the timeline above lists every event, each a tap from its full card. False on
  // the server and during hydration: the HTML and the first render keep the list open.
  const phone = usePhoneLayout();
  const [open, setOpen] = useState(() => {
    if (startOpen) return true;
    if (typeof location === "undefined" || location.hash.length < 2) return false;
    return (
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.closest("#events") !=
      null
    );
  });
  const folded = phone && !open;

  // React sets `hidden` only as true or false; "until-found" is set here.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    if (folded) body.setAttribute("hidden", "until-found");
    else body.removeAttribute("hidden");
  }, [folded]);

  // Find-in-page and links reveal the list themselves, and say so with this event.
  useEffect(() => {
    const body = bodyRef.current;
    const reveal = () => setOpen(true);
    body?.addEventListener("beforematch", reveal);
    return () => body?.removeEventListener("beforematch", reveal);
  }, []);

  return { bodyRef, phone, open, toggle: () => setOpen((was) => !was) };
}
