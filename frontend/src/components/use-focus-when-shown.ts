import { useEffect, useState } from 'react';

/**
 * Focus an element by id once it has rendered: after "Show more", focus goes to the first new item
 * instead of being lost when the button disappears, and keyboard users continue from there.
 */
export function useFocusWhenShown(): (elementId: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
