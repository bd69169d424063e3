// The page's one <h1>. After a client-side navigation it takes focus, so screen reader
// and keyboard users start at the new page's heading (the first load is left alone).
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

let lastFocusedKey: string | null = null;

interface PageHeadingProps {
  children: ReactNode;
  caption?: ReactNode;
  size?: 'xl' | 'l' | 'm';
}

export function PageHeading({ children, caption, size = 'l' }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    if (key === 'default' || key === lastFocusedKey) return;
    lastFocusedKey = key;
    ref.current?.focus();
  }, [key]);

  return (
    <>
      {caption ? <span className={`govuk-caption-${size}`}>{caption}</span> : null}
      <h1 ref={ref} tabIndex={-1} className={`govuk-heading-${size}`}>
        {children}
      </h1>
    </>
  );
}
