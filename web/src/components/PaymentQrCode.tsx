import { useTranslation } from 'react-i18next';
import type { PaymentQr } from '@api';

/**
 * The payment QR code (UsingQR) as the server drew it: one SVG unit a module, quiet zone included,
 * so it stays sharp at any size and on paper. Its name says what it is for; the line under it says
 * what to do with it.
 */
export function PaymentQrCode({ qr }: { qr: PaymentQr }) {
  const { t } = useTranslation();
  const size = String(qr.size);
  return (
    <figure className="payment-qr">
      <svg
        className="payment-qr__code"
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-label={t('portal.invoice.qrName')}
        shapeRendering="crispEdges"
        focusable="false"
      >
        <rect width={size} height={size} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <figcaption>{t('portal.invoice.qrHint')}</figcaption>
    </figure>
  );
}
