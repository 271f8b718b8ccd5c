import type { ReactNode } from 'react';

/**
 * A translated sentence with an element in it (a link, an address kept left-to-right): the template's `{name}`
 * placeholder is replaced by `children`, wherever the language puts it.
 * @example
 * <Sentence template={messages.emailLinkBody} name="email"><bdi dir="ltr">{email}</bdi></Sentence>
 */
export function Sentence({ template, name, children }: { template: string; name: string; children: ReactNode }) {
  const [before = '', ...rest] = template.split(`{${name}}`);
  if (rest.length === 0) return <>{template}</>;
  return (
    <>
      {before}
      {children}
      {rest.join(`{${name}}`)}
    </>
  );
}
