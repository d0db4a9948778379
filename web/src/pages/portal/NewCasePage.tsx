import { useTranslation } from 'react-i18next';
import { ContactDetails } from '../../components/ContactDetails';
import { PageHeading } from '../../components/PageHeading';

/** Sending cases comes in a later version; until then the page tells how to reach the landlord. */
export function NewCasePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('portal.newCase.title')}</PageHeading>
      <p>{t('portal.newCase.comingSoon')}</p>
      <section className="card" aria-labelledby="new-case-contact">
        <h2 id="new-case-contact">{t('portal.newCase.contactHeading')}</h2>
        <ContactDetails />
      </section>
    </>
  );
}
