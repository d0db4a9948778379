import { Fragment } from 'react';

/**
 * An e-mail address that may wrap only before its '@' and its dots, never inside a word
 * ("info@cafelunden .se" is wrong; "info" / "@cafelunden.se" is fine).
 */
export function Email({ address }: { address: string }) {
  const parts = address.split(/(?=[@.])/);
  return (
    <span className="email">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
