import type { CollectionsMessages } from '../sv/collections';

export const collections: CollectionsMessages = {
  ageBucket: {
    '1-30': '1–30 days',
    '31-60': '31–60 days',
    '61-90': '61–90 days',
    '90+': 'Over 90 days',
  },
};
