import type { ReactNode } from 'react';
import type { Address } from '@api';

/** One term and its value in a description list (`<dl className="details">`). */
export function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A postal address on two lines. */
export function AddressLines({ address }: { address: Address }) {
  return (
    <>
      {address.street}
      <br />
      {address.postalCode} {address.city}
    </>
  );
}
