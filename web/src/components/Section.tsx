import { useId, type ReactNode, type Ref } from 'react';

interface Props {
  title: ReactNode;
  className?: string;
  /** Makes the heading focusable from code, e.g. to keep keyboard users here after an action. */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/** A part of a page under an h2 that names it (a region landmark). */
export function Section({ title, className, headingRef, children }: Props) {
  const id = useId();
  const focusable = headingRef !== undefined;
  return (
    <section className={className} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={focusable ? -1 : undefined} className={focusable ? 'step-heading' : undefined}>
        {title}
      </h2>
      {children}
    </section>
  );
}
