// Who a notice reaches, by channel: what "Förhandsgranska" shows, and what sending uses.
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import { swedishDate } from '../../domain/dates.ts';
import { normalizeMobile } from '../../domain/contact.ts';
import { audienceCustomers, usersOf, type Audience } from '../../repositories/notices.ts';

export async function noticeRecipients(deps: { db: Db; clock: Clock }, audience: Audience) {
  const customers = await audienceCustomers(deps.db, audience, swedishDate(deps.clock.now()));
  const users = await usersOf(deps.db, customers.map((c) => c.id));
  const perCustomer = customers.map((c) => {
    const emails = new Set<string>();
    if (c.email) emails.add(c.email);
    for (const u of users) if (u.customerId === c.id && u.email && u.emailVerifiedAt) emails.add(u.email);
    return { customer: c, emails: [...emails], mobile: c.mobile ? normalizeMobile(c.mobile) : null };
  });
  return {
    perCustomer,
    counts: {
      customers: customers.length,
      users: users.length,
      emails: perCustomer.reduce((n, r) => n + r.emails.length, 0),
      sms: perCustomer.filter((r) => r.mobile).length,
    },
  };
}

