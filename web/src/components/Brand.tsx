import { Link } from 'react-router';
import { useLandlord } from '../landlord';

/** The landlord's name with the product name under it; links to the area's start page. */
export function Brand({ to, product }: { to: string; product: string }) {
  const landlord = useLandlord();
  return (
    <Link to={to} className="brand">
      <span className="brand__mark" aria-hidden="true" />
      <span className="brand__text">
        {landlord && <span className="brand__landlord">{landlord.name}</span>}{' '}
        <span className="brand__product">{product}</span>
      </span>
    </Link>
  );
}
