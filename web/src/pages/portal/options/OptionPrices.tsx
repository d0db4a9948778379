import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../format';
import { currentLanguage } from '../../../i18n';

/** An option's monthly cost and one-off fee, for `quantity` pieces, excluding VAT. */
export function OptionPrices({ monthlyOre, feeOre, quantity = 1 }: { monthlyOre: number | null; feeOre: number | null; quantity?: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <p className="option-prices">
      {monthlyOre !== null && <strong>{t('portal.tillval.monthly', { amount: formatMoney(monthlyOre * quantity, lang) })}</strong>}
      {monthlyOre !== null && feeOre !== null && ' · '}
      {feeOre !== null && <span>{t('portal.tillval.fee', { amount: formatMoney(feeOre * quantity, lang) })}</span>}{' '}
      <span className="hint">{t('portal.tillval.exclVat')}</span>
    </p>
  );
}
