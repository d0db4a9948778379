import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDownload } from '../../../api';
import { Field } from '../../../components/Field';
import { Form, FormStatus } from '../../../components/Form';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { useSubmit } from '../../../hooks/useSubmit';
import { useToday } from '../../../session';
import { addMonths, compareDates, lastDayOfMonth } from '@domain/billing/calendar';
import type { SieExportQuery } from '@api';

type PeriodField = 'from' | 'to';
type Preset = 'lastMonth' | 'thisYear' | 'lastYear';
const PRESETS: readonly Preset[] = ['lastMonth', 'thisYear', 'lastYear'];

/** A period from today: last month (the default), this year up to today, or last year. */
function presetPeriod(preset: Preset, today: string): SieExportQuery {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'lastMonth': {
      const start = `${addMonths(today, -1).slice(0, 7)}-01`;
      return { from: start, to: lastDayOfMonth(start) };
    }
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** Saves a downloaded file under its name, as a link the user clicked would. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Bokföring (/admin/bokforing): the SIE 4 file of a period (invoices, credit notes and payments as
 * balanced vouchers) for the landlord's accounting system. The period starts as last month, from the
 * server's today; the server refuses a period that ends before it begins or is too long, in words.
 */
export function BookkeepingPage() {
  const { t } = useTranslation();
  const today = useToday();
  const [period, setPeriod] = useState(() => presetPeriod('lastMonth', today));
  const submit = useSubmit<PeriodField>();

  const set = (field: PeriodField) => (value: string) => {
    setPeriod((was) => ({ ...was, [field]: value }));
    submit.clearError();
  };

  function download() {
    if (compareDates(period.from, period.to) > 0) return submit.fail(t('backoffice.bookkeeping.reversed'), ['to']);
    return submit.run(async () => {
      const query = new URLSearchParams(period satisfies SieExportQuery);
      const file = await apiDownload(`/api/backoffice/exports/sie?${query.toString()}`);
      const name = file.fileName ?? `sie4-${period.from}-${period.to}.se`;
      save(file.blob, name);
      submit.setStatus(t('backoffice.bookkeeping.downloaded', { file: name }));
    });
  }

  return (
    <>
      <PageHeading>{t('backoffice.bookkeeping.title')}</PageHeading>
      <p>{t('backoffice.bookkeeping.intro')}</p>
      <p>{t('backoffice.bookkeeping.accounts')}</p>
      <Section title={t('backoffice.bookkeeping.formHeading')}>
        <div className="button-row">
          {PRESETS.map((preset) => (
            <button
              key={preset}
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setPeriod(presetPeriod(preset, today));
                submit.clearError();
              }}
            >
              {t(`backoffice.bookkeeping.${preset}`)}
            </button>
          ))}
        </div>
        <Form submit={submit} onSubmit={download} className="form narrow">
          <Field type="date" label={t('backoffice.bookkeeping.from')} required {...submit.field('from')} value={period.from} onValueChange={set('from')} />
          <Field type="date" label={t('backoffice.bookkeeping.to')} required {...submit.field('to')} value={period.to} onValueChange={set('to')} />
          <div className="button-row">
            <button type="submit" className="button button--primary">
              {t('backoffice.bookkeeping.download')}
            </button>
          </div>
          <FormStatus>{submit.status}</FormStatus>
        </Form>
      </Section>
    </>
  );
}
