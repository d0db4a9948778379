// Issue 4's scale for the tenant's case lists: 20,000 customers and 500,000 cases, generated in SQL
// (PostgreSQL only). The bench's tenant (Café Lunden) is among them with its demo cases.
import type { Database } from '../server/db/client.ts';

export async function fillCasesToScale(database: Database): Promise<void> {
  const started = performance.now();
  await database.executeSql(`
    insert into customers (name, kind, identity_number, street, postal_code, city, email)
      select 'Bänkkund ' || i, 'company', 'B' || lpad(i::text, 11, '0'), 'Bänkgatan ' || i, '411 00', 'Göteborg', 'kund' || i || '@exempel.net'
      from generate_series(1, 20000) i;
    with c as (select id, row_number() over (order by id) as n from customers),
         total as (select count(*) as k from customers)
    insert into cases (number, kind, category_code, customer_id, title, description, status, message_text, created_at, updated_at, closed_at)
      select 'B-' || i, 'service_request', (array['fault','question','document'])[1 + i % 3], c.id,
             (array['Läckande kran','Trasig dörr','Fråga om hyran','Ventilationen låter','Kopia av avtal','Läcka i taket'])[1 + i % 6] || ' ' || i,
             'Beskrivning av ärende ' || i || ' med lite mer text om vad som hänt i lokalen.',
             (array['registered','in_progress','waiting_for_tenant','closed','closed'])[1 + i % 5]::case_status,
             'Hej, vi återkommer. Tack!', now() - (i % 900) * interval '1 day', now(), case when i % 5 >= 3 then now() - (i % 900) * interval '1 day' end
      from generate_series(1, 500000) i join c on c.n = 1 + i % (select k from total);
    analyze;`);
  console.log(`(generated 20,000 customers and 500,000 cases in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
