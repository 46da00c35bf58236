import type { ContentItem } from '../../model';
import { paragraphs } from './paragraphs';

/** Reminders of business value: why solving this is worth their time, in their own terms. */
export const STARTER_VALUE: ContentItem[] = [
  {
    id: 'starter-value-roi-recap',
    kind: 'value',
    title: 'Recap of the business value we discussed',
    body: paragraphs(
      'Hi {{firstName}},',
      'When we spoke, you mentioned {{lastNote}}. Here is the short version of why it is worth solving now:',
      '- Today: [what it costs them now, in their words]\n- With us: [the change you expect, with a number you can stand behind]\n- First step: [the smallest thing that would prove it]',
      'If that still matches how you see it at {{company}}, would [day] or [day] work for 20 minutes?',
    ),
    tags: ['recap'],
  },
  {
    id: 'starter-value-if-you-were-me',
    kind: 'value',
    title: 'If you were me: the qualifying question',
    body: paragraphs(
      'Hi {{firstName}},',
      'I would rather ask than guess: if you were me and wanted to earn your business, what would you do next?',
      'A one-line answer is plenty. Even "nothing, the timing is wrong" helps me stop wasting your time.',
    ),
    tags: ['qualifying'],
  },
  {
    id: 'starter-value-first-touch-problem',
    kind: 'value',
    title: 'First touch: the problem behind the problem',
    body: paragraphs(
      'Hi {{firstName}},',
      'People in [their role] seats often tell me the hard part is not [the obvious problem] but [the hidden cost you remove]. Is that true at {{company}} too, or have you already solved it?',
      'If it is on your list, I can show you in 15 minutes how [a customer like them, unnamed unless they agreed] handled it.',
    ),
    tags: ['first-touch'],
  },
  {
    id: 'starter-value-cost-of-waiting',
    kind: 'value',
    title: 'What waiting another quarter costs',
    body: paragraphs(
      'Hi {{firstName}},',
      'A simple way to look at timing: if [the problem] costs {{company}} about [your estimate per month, checked with them], then waiting one more quarter costs three times that, and the problem is still there in the spring.',
      'If the estimate is off, tell me the right number and I will redo the math. If it is close, is it worth a 20-minute look this month?',
    ),
    tags: ['finance', 'timing'],
  },
  {
    id: 'starter-value-downtime-math',
    kind: 'value',
    title: 'Unplanned downtime, in their own numbers',
    body: paragraphs(
      'Hi {{firstName}},',
      'Operations leads can usually put a price on an hour of unplanned downtime. If yours is [their cost per hour], and [your product] removes even [a conservative number of hours] a month, that is [the result of the math] back for {{company}} every month.',
      'Want to run that math together with your real numbers? It takes ten minutes, and you keep the spreadsheet either way.',
    ),
    tags: ['manufacturing'],
  },
  {
    id: 'starter-value-breakup',
    kind: 'value',
    title: 'Closing the loop (last touch)',
    body: paragraphs(
      'Hi {{firstName}},',
      'I have not heard back, which usually means one of three things:',
      '1. The timing is wrong. Reply "later" and I will check back in [a month you choose].\n2. Someone else owns this. Who should I talk to?\n3. It is not a priority. Reply "no" and I will stop here, no hard feelings.',
      'A one-word answer is perfect.',
    ),
    tags: ['breakup'],
  },
];
