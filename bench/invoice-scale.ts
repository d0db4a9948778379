// Issue 10's scale for the tenant's invoice list: 1,000,000 invoices (with a row each, and a payment and an
// allocation for three in four) over 20,000 customers, generated in SQL. The bench's tenant (Café Lunden)
// keeps its demo year of avier, so its list is a real one read beside a million others.
import type { Database } from '../server/db/client.ts';

export async function fillInvoicesToScale(database: Database): Promise<void> {
  const started = Date.now();
  await database.executeSql(`
    insert into customers (name, kind, identity_number, street, postal_code, city, email)
      select 'Fakturakund ' || i, 'company', 'F' || lpad(i::text, 11, '0'), 'Fakturagatan ' || i, '411 00', 'Göteborg', 'faktura' || i || '@exempel.net'
      from generate_series(1, 20000) i;
    create temporary table bench_customers as
      select id, row_number() over (order by id) as n from customers where identity_number like 'F%';
    insert into invoices (number, kind, customer_id, period_key, period_from, period_to, issue_date, due_date, ocr, net_ore, vat_ore, total_ore, created_at)
      select 50000000 + i, 'rent', c.id, 'B' || i, d, d + 89, d - 30, d - 1, 'B' || i, 3000000, 750000, 3750000, now()
      from generate_series(1, 1000000) i
      join bench_customers c on c.n = 1 + i % 20000
      cross join lateral (select date '2014-01-01' + ((i / 20000) * 91) as d) p;
    insert into invoice_rows (invoice_id, position, kind, description, net_ore, vat_rate_percent, vat_ore)
      select id, 1, 'base_rent', 'Grundhyra', net_ore, 25, vat_ore from invoices where number >= 50000000;
    insert into payments (customer_id, amount_ore, paid_on, reference, source, created_at)
      select customer_id, total_ore, due_date - 3, ocr, 'demo', now() from invoices where number >= 50000000 and number % 4 <> 0;
    insert into payment_allocations (payment_id, invoice_id, amount_ore, created_at)
      select p.id, i.id, p.amount_ore, now() from payments p join invoices i on i.ocr = p.reference where p.reference like 'B%';
    analyze;`);
  console.log(`(generated 20,000 customers and 1,000,000 invoices with rows and 750,000 payments in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
