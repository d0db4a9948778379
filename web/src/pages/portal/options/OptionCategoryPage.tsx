import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiPost } from '../../../api';
import { Form, FormStatus } from '../../../components/Form';
import { PageHeading } from '../../../components/PageHeading';
import { SelectField } from '../../../components/SelectField';
import { AsyncContent } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import type { CartLineBody, OptionCatalogue, OptionCheckout, OptionInCatalogue } from '@api';
import { CartSummary } from './CartSummary';
import { OptionPrices } from './OptionPrices';
import { PictureViewer } from './PictureViewer';
import { QuantityStepper } from './QuantityStepper';

/** A category's options: picture, description, prices, + and − for pieces, "Beställ", and locks in words. */
export function OptionCategoryPage() {
  const { t } = useTranslation();
  const { objectId = '', groupId = '' } = useParams();
  const page = useApiData<OptionCatalogue>(`/api/portal/option-objects/${encodeURIComponent(objectId)}?group=${encodeURIComponent(groupId)}`);
  return (
    <AsyncContent state={page}>
      {({ object, blocked, category, cart }) => (
        <>
          <p className="back-link">
            <Link to={`/tillval/${object.id}`}>{t('portal.tillval.backToCategories')}</Link>
          </p>
          <PageHeading>{category?.name ?? t('portal.options.title')}</PageHeading>
          {blocked && (
            <div className="alert" role="alert">
              <p>{blocked.message}</p>
            </div>
          )}
          <CartSummary objectId={object.id} cart={cart} />
          <ul className="option-list">
            {category?.options.map((option) => (
              <li key={option.id}>
                <OptionCard option={option} objectId={object.id} blocked={blocked !== null} onChange={page.reload} />
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/tillval/${object.id}`}>{t('portal.tillval.backToCategories')}</Link>
          </p>
        </>
      )}
    </AsyncContent>
  );
}

function OptionCard({ option, objectId, blocked, onChange }: { option: OptionInCatalogue; objectId: string; blocked: boolean; onChange: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmit<'space'>();
  const [spaceId, setSpaceId] = useState(option.spaces[0]?.id ?? '');
  const space = option.spaces.find((s) => s.id === spaceId) ?? option.spaces[0];
  const [quantity, setQuantity] = useState(space?.inCart?.quantity ?? 1);
  const [added, setAdded] = useState(false);
  const headingId = `option-${option.id}`;

  function order() {
    if (!space) return;
    setAdded(false);
    void submit.run(async () => {
      await apiPost<OptionCheckout, CartLineBody>('/api/portal/option-cart', { rentalObjectId: objectId, optionId: option.id, spaceId: space.id, quantity: option.unit === 'piece' ? quantity : 1 });
      setAdded(true);
      onChange();
    });
  }

  return (
    <article className="option-card" aria-labelledby={headingId}>
      <PictureViewer name={option.name} pictures={option.pictures} />
      <div className="option-card__body">
        <h2 id={headingId}>{option.name}</h2>
        <p>{option.description}</p>
        <OptionPrices monthlyOre={option.monthlyOre} feeOre={option.feeOre} />
        <Form submit={submit} onSubmit={order} className="option-card__form">
          {option.spaces.length > 1 && (
            <SelectField label={t('portal.tillval.space')} {...submit.field('space')} value={space?.id ?? ''} onValueChange={setSpaceId}>
              {option.spaces.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </SelectField>
          )}
          {option.spaces.length === 1 && <p className="hint">{t('portal.tillval.space')}: {space?.name}</p>}
          {space?.locked ? (
            <p className="option-card__locked">{space.locked.message}</p>
          ) : (
            <>
              {option.unit === 'piece' && <QuantityStepper value={quantity} max={option.maxQuantity} onChange={setQuantity} label={option.name} disabled={blocked} />}
              {space?.inCart && <p className="option-card__in-cart">{option.unit === 'piece' ? t('portal.tillval.inCart', { count: space.inCart.quantity }) : t('portal.tillval.inCartOnce')}</p>}
              {!(space?.inCart && option.unit !== 'piece') && (
                <button type="submit" className="button button--primary" disabled={blocked} aria-describedby={headingId}>
                  {space?.inCart ? t('portal.tillval.orderAgain') : t('portal.tillval.order')}
                </button>
              )}
            </>
          )}
          {added && <FormStatus>{t('portal.tillval.added', { name: option.name })}</FormStatus>}
        </Form>
      </div>
    </article>
  );
}
