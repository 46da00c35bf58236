import type { ContentItem } from '../../model';
import { paragraphs } from './paragraphs';

/**
 * Insights: something the rep knows that the prospect does not. Every figure is a bracketed
 * placeholder: the rep fills in a number they can source, we never invent one.
 */
export const STARTER_INSIGHT: ContentItem[] = [
  {
    id: 'starter-insight-benchmark',
    kind: 'insight',
    title: 'A benchmark to compare against',
    body: paragraphs(
      'Hi {{firstName}},',
      'One number from our customers that may be useful: [your number, e.g. the median time to do X across your customers, and where it comes from].',
      'Where does {{company}} sit against that? If you are well ahead, I would love to hear how. If not, I can share what the fastest teams do differently.',
    ),
    tags: [],
  },
  {
    id: 'starter-insight-renewal-signal',
    kind: 'insight',
    title: 'The early signal before a lost renewal',
    body: paragraphs(
      'Hi {{firstName}},',
      'Something we keep seeing with software teams: [your observation, e.g. which usage signal shows up before a customer leaves]. In our data it appeared [your number] months before the renewal date.',
      'Do you track that signal at {{company}}? Happy to send the short checklist we use to spot it.',
    ),
    tags: ['saas'],
  },
  {
    id: 'starter-insight-late-shipments',
    kind: 'insight',
    title: 'What actually causes late shipments',
    body: paragraphs(
      'Hi {{firstName}},',
      'When we looked at [your data set, e.g. last year of late shipments across your customers], the biggest cause was not [the usual suspect] but [your finding]. It explained [your number] of the delays.',
      'Is that what you see at {{company}}, or is your bottleneck somewhere else?',
    ),
    tags: ['logistics'],
  },
  {
    id: 'starter-insight-month-end-close',
    kind: 'insight',
    title: 'Where the month-end close really goes',
    body: paragraphs(
      'Hi {{firstName}},',
      'Finance teams we work with lose most of their month-end close to [your finding, e.g. chasing approvals], not to the accounting itself: [your number] days per close in our data.',
      'If that rings true for {{company}}, I can share the two changes that made the biggest difference.',
    ),
    tags: ['finance'],
  },
  {
    id: 'starter-insight-from-last-conversation',
    kind: 'insight',
    title: 'A thought on what they told you',
    body: paragraphs(
      'Hi {{firstName}},',
      'I kept thinking about what you said last time: {{lastNote}}',
      'One thing we learned from [a similar team, unnamed]: [your insight in one sentence]. Would it help if I sent the details?',
    ),
    tags: [],
  },
];
