import { useEffect, useMemo, useState } from "react";

/** Whether a media query matches now, following changes (the pane is resized by dragging its edge). */
export function useMedia(query: string): boolean {
  const list = useMemo(
    () => (typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(query) : null),
    [query],
  );
  const [matches, setMatches] = useState(() => list?.matches ?? false);
  useEffect(() => {
    if (!list) return;
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener?.("change", update);
    return () => list.removeEventListener?.("change", update);
  }, [list]);
  return matches;
}

/** Wide enough for the overview as a table rather than a list. */
export const WIDE = "(min-width: 700px)";
