import { useTranslation } from 'react-i18next';
import { formatMoney } from '../format';
import { currentLanguage } from '../i18n';

export function Money({ ore }: { ore: number }) {
  useTranslation(); // re-render on language change
  return <span className="money">{formatMoney(ore, currentLanguage())}</span>;
}
