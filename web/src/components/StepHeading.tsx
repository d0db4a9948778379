import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The heading of one step of a multi-step form (an h2 under the page's h1). When the user moves
 * to the step, it takes focus so that screen-reader and keyboard users start at the new step;
 * on the first render of the page (`focus` false) focus is left alone.
 */
export function StepHeading({ focus, children }: { focus: boolean; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
    // Only when the step appears: a later change of `focus` is not a new step.
  }, []);
  return (
    <h2 ref={ref} tabIndex={-1} className="step-heading">
      {children}
    </h2>
  );
}
