import type { ContentItem } from '../../model';
import { paragraphs } from './paragraphs';

/** News: a reason to write now, framed around their industry or their company, never ours. */
export const STARTER_NEWS: ContentItem[] = [
  {
    id: 'starter-news-industry',
    kind: 'news',
    title: 'Their industry in the news',
    body: paragraphs(
      'Hi {{firstName}},',
      'I saw [the news item, with its source and date] and thought of {{company}}. For teams like yours it probably means [one sentence on the consequence].',
      'Are you seeing the same, or does it look different from where you sit?',
    ),
    tags: [],
  },
  {
    id: 'starter-news-their-announcement',
    kind: 'news',
    title: 'Congratulations on their announcement',
    body: paragraphs(
      'Hi {{firstName}},',
      'Congratulations on [their announcement: funding, a launch, a new site, a key hire]. Moves like that usually bring [the pressure it puts on their team, e.g. more volume with the same people].',
      'If that is on your plate now, [one sentence on how you help]. If not, congratulations all the same.',
    ),
    tags: ['trigger-event'],
  },
  {
    id: 'starter-news-rule-change',
    kind: 'news',
    title: 'A rule change that affects their team',
    body: paragraphs(
      'Hi {{firstName}},',
      '[the regulation or standard] takes effect on [date]. For finance teams it mainly changes [what it changes, in one line].',
      'Is {{company}} ready for it, or is it still on the list? I put together [what you can offer, e.g. a one-page summary] and am happy to send it.',
    ),
    tags: ['finance'],
  },
  {
    id: 'starter-news-shipping-disruption',
    kind: 'news',
    title: 'Rates, routes or ports in the news',
    body: paragraphs(
      'Hi {{firstName}},',
      'With [the news: a carrier rate change, a port disruption, a new route], teams shipping [their lanes or goods] are having to [the consequence]. How is {{company}} handling it?',
      'If it helps, [what you can offer: a short comparison, a contact, a way to reroute].',
    ),
    tags: ['logistics'],
  },
  {
    id: 'starter-news-platform-change',
    kind: 'news',
    title: 'A platform change their team will feel',
    body: paragraphs(
      'Hi {{firstName}},',
      '[the platform or standard] announced [the change] this week. For software teams that usually means [the work it creates, e.g. a migration before a deadline].',
      'Has it reached your roadmap at {{company}} yet? We have helped [a similar team, unnamed] through it and I can share what they did first.',
    ),
    tags: ['saas'],
  },
];
