import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** + and − for an option sold in pieces (styck), between 1 and its largest quantity. */
export function QuantityStepper({ value, max, onChange, label, disabled }: { value: number; max: number; onChange: (n: number) => void; label: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="quantity" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="quantity__label">{t('portal.tillval.quantity')} <span className="visually-hidden">{label}</span></span>
      <button type="button" className="button button--secondary quantity__button" aria-label={`${t('portal.tillval.fewer')}: ${label}`} disabled={disabled || value <= 1} onClick={() => onChange(value - 1)}>−</button>
      <output className="quantity__value" aria-live="polite">{value}</output>
      <button type="button" className="button button--secondary quantity__button" aria-label={`${t('portal.tillval.more')}: ${label}`} disabled={disabled || value >= max} onClick={() => onChange(value + 1)}>+</button>
    </div>
  );
}
