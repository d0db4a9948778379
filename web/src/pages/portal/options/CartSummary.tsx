import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OptionCart } from '@api';

/** The cart and its count, with "Till Kassa" once something is in it. */
export function CartSummary({ objectId, cart }: { objectId: string; cart: OptionCart }) {
  const { t } = useTranslation();
  return (
    <aside className="option-cart" aria-label={t('portal.tillval.cart')}>
      <p className="option-cart__count" role="status">{t('portal.tillval.cartCount', { count: cart.count })}</p>
      {cart.count > 0 && (
        <Link className="button button--primary" to={`/tillval/${objectId}/kassa`}>
          {t('portal.tillval.toCheckout')}
        </Link>
      )}
    </aside>
  );
}
