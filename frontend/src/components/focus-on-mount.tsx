import { useEffect, useRef, type ReactNode } from 'react';

/** Takes focus when it appears: for a banner that replaces the control someone just used. */
export function FocusOnMount({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="app-focus-target">
      {children}
    </div>
  );
}
