import type { ReactNode } from 'react';

/** A titled section of the account screen: a `<section>` named by its `<h2>`. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="fdk-section" aria-labelledby={id}>
      <h2 className="fdk-section-title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}
